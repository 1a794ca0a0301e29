/**
 * Figures that are not metrics of their own: award recipient counts ("trao Giấy khen cho 14 tập thể
 * và 26 cá nhân", "07 xã đạt danh hiệu Tập thể Lao động xuất sắc", "tuyên dương 19 thanh niên tiêu
 * biểu"), and headline figures the body states again.
 */
import {
  AWARD_RECIPIENTS,
  AWARD_WORDS,
  COMMENDED_COUNT_LEADS,
  COMMENDING_VERBS,
} from '../lexicon/metric-words.js'
import type { QuantityMatch } from '../recognizers/quantity.js'
import { WordMatcher } from '../recognizers/word-scan.js'
import type { Metric } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { partitionPoint } from '../text/sorted.js'

const AWARD = new WordMatcher(AWARD_WORDS, alternation, WORD_END)
const RECIPIENTS = new Set(AWARD_RECIPIENTS.map(canonicalize))
const CHO = /(?<![\p{L}\p{M}])cho(?![\p{L}\p{M}])/iu
const RECEIVES = /(?<![\p{L}\p{M}])(?:đạt|được|nhận|đón nhận)(?![\p{L}\p{M}])/iu
// "tuyên dương 19 thanh niên", "khen thưởng cho 13 tấm gương", "biểu dương, khen thưởng hơn 200 …":
// read on the few characters before the count, so the pattern anchored at the end stays cheap.
const COMMENDED = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])${alternation(COMMENDING_VERBS)}(?:[ \\t]*,?[ \\t]+${alternation(COMMENDED_COUNT_LEADS)})?[ \\t]*:?[ \\t]*$`,
  'iu',
)
const COMMENDED_REACH = 32
// "2 tỉnh nào có chỉ số … cao nhất?": a count asked about is no figure.
const ASKED = /^[ \t]+(?:nào|gì)(?![\p{L}\p{M}])/iu
const MAX_RECIPIENT_GAP = 60
const MAX_AWARD_REACH = 200

/** Offsets where award words stand in text[from, to). */
export function awardsIn(text: string, from: number, to: number): number[] {
  return AWARD.starts(text, from, to)
}

// Units already canonicalised → whether they count award recipients (units come from a short list).
const RECIPIENT_UNITS = new Map<string, boolean>()

function isRecipientUnit(unit: string): boolean {
  let known = RECIPIENT_UNITS.get(unit)
  if (known === undefined) {
    known = RECIPIENTS.has(canonicalize(unit))
    if (RECIPIENT_UNITS.size > 1000) RECIPIENT_UNITS.clear()
    RECIPIENT_UNITS.set(unit, known)
  }
  return known
}

/** True when the quantity counts the recipients of an award named in its sentence. */
export function isAwardCount(
  text: string,
  awards: readonly number[],
  q: QuantityMatch,
  next: QuantityMatch | undefined,
) {
  if (q.kind === 'count' && COMMENDED.test(text.slice(Math.max(0, q.start - COMMENDED_REACH), q.start)))
    return true
  if (awards.length === 0) return false
  if (isRecipientUnit(q.normalized.unit)) return true
  if (q.kind !== 'count') return false
  // "tặng Bằng khen cho 12 hội viên": a count after an award and "cho" is the award's.
  const i = firstAtOrAfter(awards, q.start)
  const before = awards[i - 1]
  if (before !== undefined && q.start - before <= MAX_AWARD_REACH && CHO.test(text.slice(before, q.start)))
    return true
  // "07 xã, thị trấn đạt danh hiệu …": a count that receives the award right after it.
  const after = awards[firstAtOrAfter(awards, q.end)]
  if (after === undefined || after - q.end > MAX_RECIPIENT_GAP) return false
  if (next && next.start < after) return false
  // "đạt danh hiệu Tập thể Lao động xuất sắc" is conferred; "đạt danh hiệu sản xuất giỏi" is a tally.
  const title = /^danh[ \t]+hiệu[ \t]+(\S)/iu.exec(text.slice(after, after + 40))?.[1]
  if (title !== undefined && title === title.toLowerCase()) return false
  return RECEIVES.test(text.slice(q.end, after))
}

// Units of area and weight that "trên 1 ha" or "mỗi 1 kg" divide by.
const PER_UNIT_MEASURES = new Set(['ha', 'm2', 'km2', 'sào', 'kg', 'tấn', 'm3'])
const PER_WORDS = /(?:^|[^\p{L}\p{M}])(?:trên|mỗi)[ \t]+$/u

/**
 * A quantity that is no figure of its own: "Phiên chợ 0 đồng" (a name), "giá trị sản xuất trên
 * 1ha đất nông nghiệp" (what the figure is per), "2 tỉnh nào …?" (a question).
 */
export function isNoFigure(text: string, q: QuantityMatch): boolean {
  if (q.kind === 'count' && ASKED.test(text.slice(q.end, q.end + 8))) return true
  if (q.normalized.value === 0 && q.normalized.unit.startsWith('VND')) return true
  if (q.value !== 1 || q.upper !== null || q.unitRanges.length !== 1) return false
  if (!PER_UNIT_MEASURES.has(q.normalized.unit)) return false
  return PER_WORDS.test(text.slice(Math.max(0, q.start - 8), q.start))
}

function firstAtOrAfter(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as number) < x)
}

/** Where a figure stands: the headline, the lead, or the body (any later block). */
export type Place = 0 | 1 | 2

/**
 * A figure the headline states and the lead or body states again is one metric, not two: the same
 * value and unit (ANNOTATION.md), whatever the verb or hedge. A figure of the lead the body states
 * again is one too, when the verb, the hedge and the subject agree: the lead often sums up the body,
 * and a round figure ("tăng hơn 10%") recurs in a report about other things. The later statement is
 * kept: it has the context.
 */
export function dropRestated(found: readonly { metric: Metric; place: Place }[]): Metric[] {
  if (found.every(inBody)) return found.map(metricOf)
  const afterTitle = found.some(inTitle) ? later(found, 0, figureKey) : null
  const afterLead = found.some(inLead) ? later(found, 1, statedKey) : null
  const out: Metric[] = []
  for (const f of found) {
    if (f.place === 0 && afterTitle?.has(figureKey(f.metric))) continue
    if (f.place === 1) {
      const again = afterLead?.get(statedKey(f.metric))
      if (again && sameSubject(again.subject, f.metric.subject)) continue
    }
    out.push(f.metric)
  }
  return out
}

// Module-level helpers, not closures: dropRestated runs once per article.
type Placed = { metric: Metric; place: Place }
const inBody = (f: Placed): boolean => f.place === 2
const inTitle = (f: Placed): boolean => f.place === 0
const inLead = (f: Placed): boolean => f.place === 1
const metricOf = (f: Placed): Metric => f.metric
const figureKey = (m: Metric): string => `${m.value}|${m.normalized.unit}|${m.upper}|${m.of}`
const statedKey = (m: Metric): string => `${figureKey(m)}|${m.direction}|${m.approx}`

/** The metrics stated after `place`, by key (the last one of a key wins, as in a Map built in order). */
function later(found: readonly Placed[], place: Place, key: (m: Metric) => string): Map<string, Metric> {
  const out = new Map<string, Metric>()
  for (const f of found) if (f.place > place) out.set(key(f.metric), f.metric)
  return out
}

/** Two subjects that may name the same thing: one unknown, or one holding the other. */
function sameSubject(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true
  const x = canonicalize(a)
  const y = canonicalize(b)
  return x.includes(y) || y.includes(x)
}
