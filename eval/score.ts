/**
 * Scores parser output against gold (fixtures/ANNOTATION.md). Records are paired one to one by key
 * (officials by name, metrics by value+unit, rankings by rank+scope, awards by award+counts); texts
 * compare on canonical forms (NFC, case, tone-mark placement, spacing), numbers exactly.
 */
import type { Article } from '../src/schema/records.js'
import { canonicalize } from '../src/text/normalize.js'
import type { Gold } from './gold.js'

export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}
export interface Accuracy {
  correct: number
  total: number
}

/** One article's tallies; a corpus score is the sum over articles (micro-averaged). */
export interface Tally {
  officials: Counts
  metrics: Counts
  rankings: Counts
  awards: Counts
  officialTitles: Accuracy
  officialRanks: Accuracy
  metricDirection: Accuracy
  metricApprox: Accuracy
  metricSubject: Accuracy
  eventType: Accuracy
  eventOrganizer: Accuracy
  eventDate: Accuracy
  author: Accuracy
  title: Accuracy
}

const canon = (s: string | null | undefined) => (s == null ? null : canonicalize(s))
const sameText = (a: string | null | undefined, b: string | null | undefined) => canon(a) === canon(b)
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...new Set(a.map(canonicalize))].sort()
  const y = [...new Set(b.map(canonicalize))].sort()
  return x.length === y.length && x.every((v, i) => v === y[i])
}
const accuracy = (ok: boolean): Accuracy => ({ correct: ok ? 1 : 0, total: 1 })

/** Pairs gold and output items with equal keys, each used once; returns pairs and leftovers. */
export function pairByKey<G, O>(
  gold: readonly G[],
  output: readonly O[],
  goldKey: (g: G) => string,
  outKey: (o: O) => string,
) {
  const unused = new Map<string, O[]>()
  for (const o of output) {
    const k = outKey(o)
    unused.set(k, [...(unused.get(k) ?? []), o])
  }
  const pairs: [G, O][] = []
  const missed: G[] = []
  for (const g of gold) {
    const candidates = unused.get(goldKey(g))
    const match = candidates?.shift()
    if (match === undefined) missed.push(g)
    else pairs.push([g, match])
  }
  const extra = [...unused.values()].flat()
  const counts: Counts = {
    truePositives: pairs.length,
    falsePositives: extra.length,
    falseNegatives: missed.length,
  }
  return { pairs, missed, extra, counts }
}

export const officialKey = (o: { name: string }) => canonicalize(o.name)
export const metricKey = (m: { value: number; unit: string }) => `${m.value}|${canonicalize(m.unit)}`
export const rankingKey = (r: { rank: number; scope: string }) => `${r.rank}|${canonicalize(r.scope)}`
export const awardKey = (
  a: Pick<Gold['awards'][number], 'award' | 'collectives' | 'individuals' | 'total'>,
) => `${canon(a.award)}|${a.collectives}|${a.individuals}|${a.total}`

function sumAccuracy(items: readonly boolean[]): Accuracy {
  return { correct: items.filter(Boolean).length, total: items.length }
}

export function scoreArticle(gold: Gold, article: Article): Tally {
  const officials = pairByKey(gold.officials, article.officials, officialKey, officialKey)
  const metrics = pairByKey(gold.metrics, article.metrics, metricKey, metricKey)
  const rankings = pairByKey(gold.rankings, article.rankings, rankingKey, rankingKey)
  const awards = pairByKey(gold.awards, article.awards, awardKey, awardKey)
  const goldDate = gold.event?.date ?? null
  const outDate = article.event?.date ?? null
  return {
    officials: officials.counts,
    metrics: metrics.counts,
    rankings: rankings.counts,
    awards: awards.counts,
    officialTitles: sumAccuracy(officials.pairs.map(([g, o]) => sameSet(g.titles, o.titles))),
    officialRanks: sumAccuracy(officials.pairs.map(([g, o]) => sameText(g.rank, o.rank))),
    metricDirection: sumAccuracy(metrics.pairs.map(([g, o]) => g.direction === o.direction)),
    metricApprox: sumAccuracy(metrics.pairs.map(([g, o]) => g.approx === o.approx)),
    metricSubject: sumAccuracy(metrics.pairs.map(([g, o]) => sameText(g.subject, o.subject))),
    eventType: accuracy(sameText(gold.event?.type, article.event?.type)),
    eventOrganizer: accuracy(sameText(gold.event?.organizer, article.event?.organizer)),
    eventDate: accuracy(
      JSON.stringify(goldDate) ===
        JSON.stringify(outDate && { day: outDate.day, month: outDate.month, year: outDate.year }),
    ),
    author: accuracy(sameText(gold.author, article.author)),
    title: accuracy(sameText(gold.title, article.title)),
  }
}

export function emptyTally(): Tally {
  const c = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })
  const a = (): Accuracy => ({ correct: 0, total: 0 })
  return {
    officials: c(),
    metrics: c(),
    rankings: c(),
    awards: c(),
    officialTitles: a(),
    officialRanks: a(),
    metricDirection: a(),
    metricApprox: a(),
    metricSubject: a(),
    eventType: a(),
    eventOrganizer: a(),
    eventDate: a(),
    author: a(),
    title: a(),
  }
}

export function addTally(into: Tally, t: Tally): Tally {
  for (const key of Object.keys(into) as (keyof Tally)[]) {
    const target = into[key] as unknown as Record<string, number>
    const source = t[key] as unknown as Record<string, number>
    for (const field of Object.keys(target)) target[field] = (target[field] ?? 0) + (source[field] ?? 0)
  }
  return into
}

export interface PRF {
  precision: number
  recall: number
  f1: number
}

export function prf(c: Counts): PRF {
  const precision =
    c.truePositives + c.falsePositives === 0 ? 1 : c.truePositives / (c.truePositives + c.falsePositives)
  const recall =
    c.truePositives + c.falseNegatives === 0 ? 1 : c.truePositives / (c.truePositives + c.falseNegatives)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

export const ratio = (a: Accuracy) => (a.total === 0 ? 1 : a.correct / a.total)

/** The flat score names used in reports and in fixtures/floors.json. */
export function summarize(t: Tally): Record<string, number> {
  const round = (x: number) => Math.round(x * 1000) / 1000
  const out: Record<string, number> = {}
  for (const kind of ['officials', 'metrics', 'rankings', 'awards'] as const) {
    const s = prf(t[kind])
    out[`${kind}.precision`] = round(s.precision)
    out[`${kind}.recall`] = round(s.recall)
    out[`${kind}.f1`] = round(s.f1)
  }
  for (const key of [
    'officialTitles',
    'officialRanks',
    'metricDirection',
    'metricApprox',
    'metricSubject',
    'eventType',
    'eventOrganizer',
    'eventDate',
    'author',
    'title',
  ] as const) {
    out[key] = round(ratio(t[key]))
  }
  return out
}
