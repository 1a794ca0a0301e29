/**
 * Binary search over anything sorted: records, tokens and offsets are kept in text order, and the
 * extractors look up "the first one at or after here" many times per document.
 */

/**
 * The first index in [0, length) where `isBefore` turns false, given that it is true for a prefix
 * of the indices and false for the rest; `length` when it never does.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (isBefore(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
