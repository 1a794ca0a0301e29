/**
 * Where each character of a hast text node's value was written in the HTML source. The parser
 * decodes entities ("&amp;", "&#7863;", "&nbsp;") and turns CRLF into LF, so value and source differ
 * in length; they are aligned character by character, and when they cannot be aligned every
 * character maps to the whole node.
 */

/** [start, end) in the source for each code unit of `value`. */
export interface NodeSourceMap {
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** Longest entity reference worth looking for (the longest named ones are ~33 characters). */
const MAX_ENTITY = 40

export function alignTextNode(value: string, source: string, from: number, to: number): NodeSourceMap {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let i = 0
  let j = from
  while (i < value.length && j < to) {
    const c = source.charCodeAt(j)
    if (c === 0x26 /* & */) {
      const end = entityEnd(source, j, to)
      const width = end < 0 ? 0 : decodedWidth(source, end, to, value, i)
      if (width > 0) {
        // An entity decodes to one or two code units (an astral character, a pair of characters).
        for (let k = 0; k < width; k++) {
          starts[i] = j
          ends[i] = end
          i++
        }
        j = end
        continue
      }
    }
    if (c === value.charCodeAt(i)) {
      starts[i] = j
      ends[i] = j + 1
      i++
      j++
    } else if (c === 0x0d && value.charCodeAt(i) === 0x0a) {
      // CRLF or a lone CR, read as LF
      const width = source.charCodeAt(j + 1) === 0x0a ? 2 : 1
      starts[i] = j
      ends[i] = j + width
      i++
      j += width
    } else {
      break
    }
  }
  if (i < value.length) {
    // Not aligned (a parser repair we do not model): the rest maps to the rest of the node.
    for (; i < value.length; i++) {
      starts[i] = Math.min(j, to)
      ends[i] = to
    }
  }
  return { starts, ends }
}

/** End of the character reference at `at` ("&amp;", "&#7863;", "&#x1F600;", "&nbsp"), or -1. */
function entityEnd(source: string, at: number, to: number): number {
  const limit = Math.min(to, at + MAX_ENTITY)
  let k = at + 1
  const numeric = source.charCodeAt(k) === 0x23 /* # */
  if (numeric) k++
  const from = k
  while (k < limit && isAlphanumeric(source.charCodeAt(k))) k++
  if (k === from) return -1
  return source.charCodeAt(k) === 0x3b /* ; */ ? k + 1 : k
}

/** Names, decimal and hex ("x1F600") references are all ASCII letters and digits. */
function isAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/**
 * How many code units of `value` from `i` the reference ending at `end` stands for: 1 or 2 when the
 * source resumes matching the value right after, else 0 (the "&" was literal).
 */
function decodedWidth(source: string, end: number, to: number, value: string, i: number): number {
  for (const width of [1, 2]) {
    if (i + width > value.length) break
    const nextValue = i + width < value.length ? value.charCodeAt(i + width) : -1
    const nextSource = end < to ? source.charCodeAt(end) : -1
    if (nextValue === nextSource || (nextValue === 0x0a && nextSource === 0x0d)) return width
    // the next character may itself be written as a reference
    if (nextSource === 0x26 && nextValue !== -1) return width
  }
  return 0
}
