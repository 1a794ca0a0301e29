/**
 * The period of a figure: a period (from the date extractor) stated in the figure's clause, or one
 * fronting the sentence ("Năm 2023, thu ngân sách …"), never one inside the comparison basis
 * ("so với cùng kỳ năm 2022"). Periods carry spans of the caller's string; tokens are in display
 * offsets, so comparisons go through `spanOf`.
 */
import { type Doc, type Range, spanOf } from '../document.js'
import type { Period, Span } from '../schema/records.js'
import { clauseEnd, rangeOf, type Token } from './clause.js'

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** The items of a list sorted by start whose span overlaps `range` (binary search, then a walk). */
export function spansIn<T>(sorted: readonly T[], spanOfItem: (item: T) => Span, range: Span): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spanOfItem(sorted[mid] as T).start < range.start) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  // One item starting before the range may still reach into it.
  if (lo > 0 && overlaps(spanOfItem(sorted[lo - 1] as T), range)) out.push(sorted[lo - 1] as T)
  for (let i = lo; i < sorted.length && spanOfItem(sorted[i] as T).start < range.end; i++)
    out.push(sorted[i] as T)
  return out
}

/** The text of a period stated in the clause [from, to), outside the comparison basis. */
export function periodIn(
  doc: Doc,
  periods: readonly Period[],
  tokens: readonly Token[],
  from: number,
  to: number,
  basis: readonly [number, number] | null,
): string | null {
  const clause = rangeOf(tokens, from, to)
  if (!clause) return null
  const clauseSpan = spanOf(doc, clause)
  const basisSpan = basis ? spanOf(doc, rangeOf(tokens, ...basis) as Range) : null
  const inside = spansIn(periods, (p) => p.span, clauseSpan).find(
    (p) =>
      p.span.start >= clauseSpan.start &&
      p.span.end <= clauseSpan.end &&
      !(basisSpan && overlaps(p.span, basisSpan)),
  )
  return inside?.text ?? null
}

/** A period fronting the sentence ("Năm 2023, thu ngân sách …") applies to its figures. */
export function leadingPeriod(
  doc: Doc,
  periods: readonly Period[],
  tokens: readonly Token[],
  qi: number,
): string | null {
  const firstEnd = clauseEnd(tokens, 0)
  if (firstEnd >= qi || firstEnd === 0) return null
  return periodIn(doc, periods, tokens, 0, firstEnd, null)
}

/** Tokens inside a period, marked in one sweep (periods carry spans of the caller's string). */
export function periodTokens(doc: Doc, tokens: readonly Token[], periods: readonly Period[]): Uint8Array {
  const marks = new Uint8Array(tokens.length)
  let p = 0
  for (const [i, t] of tokens.entries()) {
    const span = spanOf(doc, t)
    while (p < periods.length && (periods[p] as Period).span.end <= span.start) p++
    const period = periods[p]
    if (period && period.span.start <= span.start && span.end <= period.span.end) marks[i] = 1
  }
  return marks
}
