// Whole-article checks on the composed fixtures: the six shapes issue 2 names match their gold field
// by field, and on every article every span slices the caller's string to the record's evidence.
import { describe, expect, it } from 'vitest'
import { type Fixture, loadCorpus } from '../eval/gold.js'
import { awardKey, metricKey, officialKey, rankingKey } from '../eval/score.js'
import { canonicalize, parseArticle, type Span } from '../src/index.js'

const corpus = loadCorpus()
const bySlug = new Map(corpus.map((f) => [f.slug, f]))

const SHAPES = {
  congress: 'a-dai-hoi-dang-bo-xa-cao-phong-2025',
  'award ceremony': 'a-le-don-nhan-huan-chuong-xa-hai-duong-2024',
  'council session': 'a-ky-hop-hdnd-huyen-thieu-hoa-2023',
  'working visit': 'a-doan-cong-tac-tinh-uy-quang-tri-huong-hoa',
  'economic report': 'a-kinh-te-xa-hoi-luc-ngan-2023',
  'messy scraped page': 'a-bhg-giam-ngheo-meo-vac-2023',
} as const

const c = (s: string | null | undefined) => (s == null ? null : canonicalize(s))
const sorted = (keys: string[]) => [...keys].sort()

describe.each(Object.entries(SHAPES))('%s (%s)', (_shape, slug) => {
  const { text, gold } = bySlug.get(slug) as Fixture
  const article = parseArticle(text)
  it('title and author', () => {
    expect(c(article.title)).toBe(c(gold.title))
    expect(c(article.author)).toBe(c(gold.author))
  })
  it('event type, organizer and date', () => {
    expect(c(article.event?.type)).toBe(c(gold.event?.type))
    expect(c(article.event?.organizer)).toBe(c(gold.event?.organizer))
    expect(article.event?.date ?? null).toEqual(gold.event?.date ?? null)
  })
  it('officials with their titles and ranks', () => {
    const out = (o: { name: string; titles: string[]; rank: string | null }) =>
      `${officialKey(o)} | ${sorted(o.titles.map(canonicalize)).join('; ')} | ${c(o.rank)}`
    expect(sorted(article.officials.map(out))).toEqual(sorted(gold.officials.map(out)))
  })
  it('metrics, rankings and awards', () => {
    expect(sorted(article.metrics.map(metricKey))).toEqual(sorted(gold.metrics.map(metricKey)))
    expect(sorted(article.rankings.map(rankingKey))).toEqual(sorted(gold.rankings.map(rankingKey)))
    expect(sorted(article.awards.map(awardKey))).toEqual(sorted(gold.awards.map(awardKey)))
  })
})

describe('spans on every fixture', () => {
  it.each(corpus.map((f) => [f.slug, f] as const))(
    '%s: every span slices to its evidence',
    (_slug, fixture) => {
      const { text } = fixture
      const article = parseArticle(text)
      const slice = (span: Span) => text.slice(span.start, span.end).normalize('NFC')
      const same = (span: Span, evidence: string) =>
        expect(canonicalize(slice(span))).toBe(canonicalize(evidence))
      for (const m of article.metrics) same(m.span, m.text)
      for (const r of article.rankings) same(r.span, r.text)
      for (const a of article.awards) same(a.span, a.text)
      for (const o of article.organizations) same(o.span, o.text)
      for (const d of article.dates) same(d.span, d.text)
      for (const p of article.periods) same(p.span, p.text)
      for (const e of article.events) same(e.span, e.name)
      for (const o of article.officials) {
        expect(canonicalize(slice(o.span))).toContain(canonicalize(o.name))
        for (const span of o.mentions) expect(span.end).toBeGreaterThan(span.start)
      }
    },
  )
})
