// The same article written NFD, or with the other tone-mark placement style, gives the same records,
// and every span slices the caller's string to the record's evidence.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Article, parseArticle, type Span, segmentArticle } from '../src/index.js'
import { canonicalize } from '../src/text/normalize.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
/**
 * Moves the tone mark of every open "oa", "oe", "uy" syllable to the other vowel: "hòa" ↔ "hoà",
 * "ủy" ↔ "uỷ", "Hóa" ↔ "Hoá". Each letter stays one code unit in NFC, so lengths are kept.
 */
function swapToneStyle(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      /(?<![qQ])([oOuU])(\p{M}*)([aAeEyY])(\p{M}*)(?![\p{L}\p{M}])/gu,
      (pair: string, first: string, firstMarks: string, second: string, secondMarks: string) => {
        // only the tone moves; "ư", "ô", "ê" and the like are other vowels
        if (![...firstMarks, ...secondMarks].every((mark) => TONES.includes(mark))) return pair
        if (firstMarks.length + secondMarks.length !== 1) return pair
        return firstMarks ? first + second + firstMarks : first + secondMarks + second
      },
    )
    .normalize('NFC')
}

/** Every string canonicalized, spans and other offsets dropped: what "the same records" means. */
function canonicalRecords(value: unknown): unknown {
  if (typeof value === 'string') return canonicalize(value)
  if (Array.isArray(value)) return value.map(canonicalRecords)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      if (key === 'span' || key === 'mentions') continue
      out[key] = canonicalRecords(v)
    }
    return out
  }
  return value
}

/** Every span in an article, with the path that leads to it. */
function spansOf(value: unknown, path = '$'): [string, Span][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spansOf(v, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  const found: [string, Span][] = []
  for (const [key, v] of Object.entries(value)) {
    if (key === 'span' && v && typeof v === 'object' && 'start' in v) found.push([`${path}.span`, v as Span])
    else found.push(...spansOf(v, `${path}.${key}`))
  }
  return found
}

describe('tone-mark styles and Unicode forms', () => {
  const nfc = seed.normalize('NFC')
  const nfd = seed.normalize('NFD')
  const swapped = swapToneStyle(seed)
  const swappedNfd = swapped.normalize('NFD')
  const reference = parseArticle(nfc)

  it('swaps the style both ways', () => {
    expect(swapToneStyle('Huyện uỷ, cấp ủy, hoà bình, hòa giải, Thanh Hoá, khoẻ, quý, hoàn')).toBe(
      'Huyện ủy, cấp uỷ, hòa bình, hoà giải, Thanh Hóa, khỏe, quý, hoàn',
    )
    expect(swapped).not.toBe(nfc)
    expect(swapped.length).toBe(nfc.length)
    expect(swapToneStyle(swapped)).toBe(nfc)
  })

  const variants: [string, string][] = [
    ['NFD', nfd],
    ['the other tone style', swapped],
    ['the other tone style in NFD', swappedNfd],
    ['NFD with CRLF line ends', nfd.replace(/\n/g, '\r\n')],
  ]

  it.each(variants)('%s gives the same records', (_name, input) => {
    expect(canonicalRecords(parseArticle(input))).toEqual(canonicalRecords(reference))
  })

  it.each(variants)('%s gives spans that slice the input to the same evidence', (_name, input) => {
    const article: Article = parseArticle(input)
    const here = spansOf(article)
    const there = new Map(spansOf(reference))
    expect(here.length).toBe(there.size)
    for (const [path, span] of here) {
      const original = there.get(path)
      expect(original, path).toBeDefined()
      if (!original) continue
      expect(span.start).toBeLessThanOrEqual(span.end)
      expect(span.end).toBeLessThanOrEqual(input.length)
      expect(canonicalize(input.slice(span.start, span.end)), path).toBe(
        canonicalize(nfc.slice(original.start, original.end)),
      )
    }
  })

  it.each(variants)('%s: record texts are quoted from the input', (_name, input) => {
    const article = parseArticle(input)
    const records: { text?: string; span: Span }[] = [
      ...article.metrics,
      ...article.rankings,
      ...article.awards,
      ...article.dates,
      ...article.periods,
      ...article.organizations,
    ]
    for (const record of records) {
      if (record.text === undefined) continue
      expect(canonicalize(input.slice(record.span.start, record.span.end))).toContain(
        canonicalize(record.text),
      )
    }
    for (const part of [article.title, article.lead, article.author, ...article.captions]) {
      if (part !== null) expect(canonicalize(input)).toContain(canonicalize(part))
    }
  })

  it.each(variants)('%s: blocks have the same kinds and slice to their text', (_name, input) => {
    const blocks = segmentArticle(input)
    expect(blocks.map((b) => b.kind)).toEqual(segmentArticle(nfc).map((b) => b.kind))
    for (const block of blocks) {
      expect(canonicalize(input.slice(block.span.start, block.span.end))).toBe(canonicalize(block.text))
    }
  })

  it('keeps the tone style as written in the texts it returns', () => {
    expect(parseArticle(swapped).title).toBe(swapToneStyle(reference.title ?? ''))
    expect(parseArticle(nfd).title).toBe(reference.title)
  })
})
