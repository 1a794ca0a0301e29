/**
 * The period of a figure: a period (from the date extractor) stated in the figure's clause, or one
 * fronting the sentence ("Năm 2023, thu ngân sách …"), never one inside the comparison basis
 * ("so với cùng kỳ năm 2022"). Periods carry spans of the caller's string; tokens are in display
 * offsets, so comparisons go through `spanOf`.
 */
import { type Doc, type Range, spanOf } from '../document.js'
import type { Period, Span } from '../schema/records.js'
import { partitionPoint } from '../text/sorted.js'
import { clauseEnd, rangeOf, type Token } from './clause.js'

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** The items of a list sorted by start whose span overlaps `range` (binary search, then a walk). */
export function spansIn<T>(sorted: readonly T[], spanOfItem: (item: T) => Span, range: Span): T[] {
  const lo = partitionPoint(sorted.length, (i) => spanOfItem(sorted[i] as T).start < range.start)
  const out: T[] = []
  // One item starting before the range may still reach into it.
  if (lo > 0 && overlaps(spanOfItem(sorted[lo - 1] as T), range)) out.push(sorted[lo - 1] as T)
  for (let i = lo; i < sorted.length && spanOfItem(sorted[i] as T).start < range.end; i++)
    out.push(sorted[i] as T)
  return out
}

/**
 * The text of a period stated in the clause [from, to), outside every comparison basis: the figure's
 * own and any other in the clause ("tăng 1,59 điểm so với năm 2020 nhưng giảm 7 bậc so với năm 2020").
 */
export function periodIn(
  doc: Doc,
  periods: readonly Period[],
  tokens: readonly Token[],
  from: number,
  to: number,
  bases: readonly (readonly [number, number])[],
): string | null {
  const clause = rangeOf(tokens, from, to)
  if (!clause) return null
  const clauseSpan = spanOf(doc, clause)
  const basisSpans = bases.map((b) => spanOf(doc, rangeOf(tokens, ...b) as Range))
  const inside = spansIn(periods, spanOfPeriod, clauseSpan).find(
    (p) =>
      p.span.start >= clauseSpan.start &&
      p.span.end <= clauseSpan.end &&
      !basisSpans.some((b) => overlaps(p.span, b)),
  )
  return inside?.text ?? null
}

const spanOfPeriod = (p: Period): Span => p.span

/** A period fronting the sentence ("Năm 2023, thu ngân sách …") applies to its figures. */
export function leadingPeriod(
  doc: Doc,
  periods: readonly Period[],
  tokens: readonly Token[],
  qi: number,
): string | null {
  const firstEnd = clauseEnd(tokens, 0)
  if (firstEnd >= qi || firstEnd === 0) return null
  return periodIn(doc, periods, tokens, 0, firstEnd, [])
}

/** Tokens inside a period (periods carry spans of the caller's string; offsets map monotonically). */
export function periodTokens(doc: Doc, tokens: readonly Token[], periods: readonly Period[]): number[] {
  const marks: number[] = new Array(tokens.length).fill(0)
  for (const period of periods) {
    // The first token that does not start before the period, by binary search over mapped offsets.
    const first = partitionPoint(
      tokens.length,
      (i) => spanOf(doc, tokens[i] as Token).start < period.span.start,
    )
    for (let i = first; i < tokens.length; i++) {
      const span = spanOf(doc, tokens[i] as Token)
      if (span.end > period.span.end) break
      marks[i] = 1
    }
  }
  return marks
}
