/**
 * Normalization with a map back to the caller's string.
 *
 * Recognizers match on `match`; records quote `display`; spans leave the library as offsets into
 * `original`. `display` and `match` have the same length, so one offset map serves both.
 *
 * - display: NFC, CRLF/CR → LF, exotic spaces → " ", invisible characters (zero-width, soft hyphen,
 *   BOM) dropped. Tone-mark placement, dashes and quotes stay as written.
 * - match: display with tone-mark placement folded to one style (hoà → hòa, uỷ → ủy), every dash
 *   to "-", curly quotes to straight ones, full-width digits and % to ASCII. Each fold is one code
 *   unit for one code unit, so the lengths stay equal.
 */
import type { Span } from '../schema/records.js'
import { foldToneMarks } from './tone.js'

export interface NormalizedText {
  readonly original: string
  readonly display: string
  readonly match: string
  /** Offsets in display/match → a span of the original string. */
  toSpan(start: number, end: number): Span
}

// Characters that change length or need a per-character decision; when none is present and the text
// is already NFC, display is the original itself and the offset map is the identity.
const NEEDS_MAPPING = /[\r\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/
const INVISIBLE = /^[\u00ad\u200b-\u200f\u2060\ufeff]$/
const EXOTIC_SPACE = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/
const LINE_SEPARATOR = /^[\u2028\u2029]$/
const COMBINING_MARK = /\p{M}/u

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_MAPPING.test(original) && original.normalize('NFC') === original) {
    return {
      original,
      display: original,
      match: foldForMatching(original),
      toSpan: (start, end) => ({ start, end }),
    }
  }
  return mappedNormalization(original)
}

function mappedNormalization(original: string): NormalizedText {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const emit = (chars: string, from: number, to: number) => {
    for (let k = 0; k < chars.length; k++) {
      out.push(chars[k] as string)
      starts.push(from)
      ends.push(to)
    }
  }
  let i = 0
  while (i < original.length) {
    const clusterStart = i
    const first = original.codePointAt(i) as number
    i += first > 0xffff ? 2 : 1
    // A base character and the combining marks after it compose together under NFC.
    while (i < original.length && COMBINING_MARK.test(original[i] as string)) i++
    const cluster = original.slice(clusterStart, i)
    if (cluster === '\r') {
      if (original[i] === '\n') continue // CRLF: the LF that follows stands for both
      emit('\n', clusterStart, i)
    } else if (INVISIBLE.test(cluster)) {
      // dropped: zero-width spaces, soft hyphens and BOMs carry nothing a reader sees
    } else if (EXOTIC_SPACE.test(cluster)) {
      emit(' ', clusterStart, i)
    } else if (LINE_SEPARATOR.test(cluster)) {
      emit('\n', clusterStart, i)
    } else {
      emit(cluster.normalize('NFC'), clusterStart, i)
    }
  }
  const display = out.join('')
  const startOf = Uint32Array.from(starts)
  const endOf = Uint32Array.from(ends)
  return {
    original,
    display,
    match: foldForMatching(display),
    toSpan(start, end) {
      if (end <= start) {
        const at = start < startOf.length ? (startOf[start] as number) : original.length
        return { start: at, end: at }
      }
      return { start: startOf[start] as number, end: endOf[end - 1] as number }
    },
  }
}

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g
const FULL_WIDTH = /[\uff05\uff10-\uff19]/g
// U+00D0 (Icelandic eth) is often typed for Đ; U+0189 (African D) likewise.
const WRONG_D = /[\u00d0\u0189]/g

/** The matching view of an already-displayable string: same length, folded for comparison. */
export function foldForMatching(display: string): string {
  return foldToneMarks(display)
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(WRONG_D, 'Đ')
}

/** Canonical key for comparing two Vietnamese strings: NFC, folded, lower-case, single spaces. */
export function canonicalize(s: string): string {
  return foldForMatching(s.normalize('NFC').replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
