/**
 * Figures that are not metrics of their own: award recipient counts ("trao Giấy khen cho 14 tập thể
 * và 26 cá nhân", "07 xã đạt danh hiệu Tập thể Lao động xuất sắc"), and headline figures the body
 * states again.
 */
import { AWARD_RECIPIENTS, AWARD_WORDS } from '../lexicon/metric-words.js'
import type { QuantityMatch } from '../recognizers/quantity.js'
import type { Metric } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

const AWARD = new RegExp(`${WORD_START}${alternation(AWARD_WORDS)}${WORD_END}`, 'giu')
const RECIPIENTS = new Set(AWARD_RECIPIENTS.map(canonicalize))
const CHO = /(?<![\p{L}\p{M}])cho(?![\p{L}\p{M}])/iu
const RECEIVES = /(?<![\p{L}\p{M}])(?:đạt|được|nhận|đón nhận)(?![\p{L}\p{M}])/iu
const MAX_RECIPIENT_GAP = 60
const MAX_AWARD_REACH = 200

/** Offsets where award words stand in text[from, to). */
export function awardsIn(text: string, from: number, to: number): number[] {
  return [...text.slice(from, to).matchAll(AWARD)].map((m) => from + m.index)
}

/** True when the quantity counts the recipients of an award named in its sentence. */
export function isAwardCount(
  text: string,
  awards: readonly number[],
  q: QuantityMatch,
  next: QuantityMatch | undefined,
) {
  if (awards.length === 0) return false
  if (RECIPIENTS.has(canonicalize(q.normalized.unit))) return true
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

function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A figure in the headline or lead that the body states again is one metric, not two. */
export function dropRestated(found: readonly { metric: Metric; lead: boolean }[]): Metric[] {
  const key = (m: Metric) => `${m.value}|${m.normalized.unit}|${m.direction}|${m.approx}|${m.upper}|${m.of}`
  const body = new Set(found.filter((f) => !f.lead).map((f) => key(f.metric)))
  return found.filter((f) => !f.lead || !body.has(key(f.metric))).map((f) => f.metric)
}
