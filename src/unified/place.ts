/** Offsets → line/column points, as vfile messages want them (1-based lines and columns, UTF-16). */

export interface Point {
  line: number
  column: number
  offset: number
}
export interface Position {
  start: Point
  end: Point
}

export type Locate = (offset: number) => Point

/** Line and column of an offset in `value`; line breaks are LF, CRLF and CR, like vfile-location. */
export function locator(value: string): Locate {
  const lineStarts = [0]
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && value.charCodeAt(i + 1) !== 0x0a)) lineStarts.push(i + 1)
  }
  return (offset) => {
    const at = Math.min(Math.max(0, offset), value.length)
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((lineStarts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (lineStarts[lo] as number) + 1, offset: at }
  }
}

export function positionOf(locate: Locate, start: number, end: number): Position {
  return { start: locate(start), end: locate(end) }
}
