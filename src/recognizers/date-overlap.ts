/**
 * Overlap tests against a list of ranges in one binary search, so that a text with many dates and
 * many candidates stays linear-logarithmic rather than quadratic.
 */
export interface Extent {
  readonly start: number
  readonly end: number
}

/** `covers(start, end)`: does any of `ranges` overlap [start, end)? */
export function overlapTester(ranges: readonly Extent[]): (start: number, end: number) => boolean {
  // Most sentences have no date: nothing to sort.
  if (ranges.length === 0) return NEVER
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  // The furthest end among the ranges up to each index.
  const reach: number[] = []
  for (const r of sorted) reach.push(Math.max(r.end, reach[reach.length - 1] ?? -1))
  return (start, end) => {
    // The last range that starts before `end`.
    let lo = 0
    let hi = sorted.length - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as Extent).start < end) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return last >= 0 && (reach[last] as number) > start
  }
}

const NEVER = (_start: number, _end: number) => false
