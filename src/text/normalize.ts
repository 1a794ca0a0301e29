/**
 * Normalization with a map back to the caller's string.
 *
 * Recognizers match on `match`; records quote `display`; spans leave the library as offsets into
 * `original`. `display` and `match` have the same length, so one offset map serves both.
 *
 * - display: NFC, CRLF/CR/NEL/LS/PS/VT/FF → LF, exotic spaces → " ", invisible characters
 *   (zero-width, soft hyphen, BOM, bidi marks) dropped. Tone-mark placement, dashes and quotes stay
 *   as written.
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
const SPECIAL_CHARS =
  '[\\v\\f\\r\\u0085\\u00a0\\u00ad\\u1680\\u180e\\u2000-\\u200f\\u2028\\u2029\\u202a-\\u202f\\u205f-\\u2064\\u2066-\\u206f\\u3000\\ufeff]'
const NEEDS_MAPPING = new RegExp(SPECIAL_CHARS)
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g')
const EXOTIC_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const COMBINING_MARK = /\p{M}/u
const LETTER = /^[\p{L}\p{M}\p{N}]$/u
const ZERO_WIDTH_SEPARATOR = /(?<=[\p{L}\p{M}\p{N}])\u200b(?=[\p{L}\p{M}\p{N}])/gu

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_MAPPING.test(original) && original.normalize('NFC') === original) {
    return {
      original,
      display: original,
      match: foldForMatching(original),
      toSpan: (start, end) => identitySpan(start, end, original.length),
    }
  }
  return mappedNormalization(original)
}

function identitySpan(start: number, end: number, length: number): Span {
  const s = clamp(start, length)
  return { start: s, end: Math.max(s, clamp(end, length)) }
}

function clamp(n: number, length: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : length
}

const isMark = (code: number) =>
  code >= 0x0300 &&
  (code <= 0x036f || (!(code >= 0x1e00 && code <= 0x1eff) && COMBINING_MARK.test(String.fromCharCode(code))))
/** The characters NEEDS_MAPPING finds, one by one; the text between them is NFC-composed. */
const SPECIAL = new RegExp(SPECIAL_CHARS, 'g')
// Hangul jamo compose with each other although none is a combining mark; text with them takes the
// cluster-by-cluster path.
const JAMO = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/

function mappedNormalization(original: string): NormalizedText {
  const n = original.length
  const pieces: string[] = []
  // For each display code unit, the original range it came from. A cluster that NFC changed maps as
  // a whole; everything else maps to itself. Grown on demand: NFC may expand a singleton.
  let startOf = new Uint32Array(n + 16)
  let endOf = new Uint32Array(n + 16)
  let length = 0
  const reserve = (extra: number) => {
    if (length + extra <= startOf.length) return
    const size = Math.max(startOf.length * 2, length + extra)
    const grownStart = new Uint32Array(size)
    const grownEnd = new Uint32Array(size)
    grownStart.set(startOf)
    grownEnd.set(endOf)
    startOf = grownStart
    endOf = grownEnd
  }
  const mapRange = (from: number, to: number, outLength: number) => {
    for (let k = 0; k < outLength; k++) {
      startOf[length] = from
      endOf[length] = to
      length++
    }
  }
  const identity = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      startOf[length] = k
      endOf[length] = k + 1
      length++
    }
  }
  /** Original [from, to) holds no special character: compose it, mapping cluster to cluster. */
  const compose = (from: number, to: number) => {
    if (to <= from) return
    const segment = original.slice(from, to)
    const composed = segment.normalize('NFC')
    if (composed !== segment && JAMO.test(segment)) return clusterByCluster(from, to)
    reserve(composed.length)
    pieces.push(composed)
    if (composed === segment) return identity(from, to)
    const mark = length
    let i = from
    let j = 0
    while (i < to && j < composed.length) {
      const i0 = i
      const j0 = j
      i += codePointLength(original, i)
      while (i < to && isMark(original.charCodeAt(i))) i++
      j += codePointLength(composed, j)
      while (j < composed.length && isMark(composed.charCodeAt(j))) j++
      if (i - i0 === j - j0 && original.startsWith(composed.slice(j0, j), i0)) identity(i0, i)
      else mapRange(i0, i, j - j0)
    }
    if (i < to || j < composed.length) {
      // clusters did not line up (cannot happen outside Hangul, kept as a guard)
      length = mark
      pieces.pop()
      clusterByCluster(from, to)
    }
  }
  const clusterByCluster = (from: number, to: number) => {
    let i = from
    while (i < to) {
      const i0 = i
      i += codePointLength(original, i)
      while (i < to && isMark(original.charCodeAt(i))) i++
      const cluster = original.slice(i0, i).normalize('NFC')
      reserve(cluster.length)
      pieces.push(cluster)
      mapRange(i0, i, cluster.length)
    }
  }
  let last = 0
  for (const m of original.matchAll(SPECIAL)) {
    const at = m.index
    compose(last, at)
    const ch = m[0]
    last = at + 1
    if (ch === '\r') {
      // CRLF: the LF that follows stands for both
      if (original.charCodeAt(at + 1) === 0x0a) continue
      pieces.push('\n')
    } else if (
      ch === '\u200b' &&
      LETTER.test(original[at - 1] ?? '') &&
      LETTER.test(original[at + 1] ?? '')
    ) {
      // a zero-width space between two letters is the only thing separating two words
      pieces.push(' ')
    } else if (INVISIBLE.test(ch)) {
      // dropped: zero-width spaces, soft hyphens, BOMs and bidi controls carry nothing a reader sees
      continue
    } else {
      pieces.push(EXOTIC_SPACE.test(ch) ? ' ' : '\n')
    }
    reserve(1)
    mapRange(at, at + 1, 1)
  }
  compose(last, n)
  const display = pieces.join('')
  const starts = startOf
  const ends = endOf
  return {
    original,
    display,
    match: foldForMatching(display),
    toSpan(start, end) {
      const s = clamp(start, length)
      const e = Math.max(s, clamp(end, length))
      if (e === s) {
        const at = s < length ? (starts[s] as number) : n
        return { start: at, end: at }
      }
      return { start: starts[s] as number, end: ends[e - 1] as number }
    },
  }
}

function codePointLength(s: string, at: number): number {
  const code = s.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(at + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return 2
  }
  return 1
}

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a]/g
const FULL_WIDTH = /[\uff05\uff10-\uff19]/g
// U+00D0/U+00F0 (Icelandic eth) are often typed for Đ/đ; U+0189 (African D) likewise.
const WRONG_D = /[\u00d0\u0189]/g
const WRONG_D_LOWER = /[\u00f0\u0256]/g
const NEEDS_FOLD =
  /[\u00d0\u00f0\u0189\u0256\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u201c-\u201f\u2033\u00ab\u00bb\uff02\u2018-\u201b\u2032\u2039\u203a\uff05\uff10-\uff19]/

/** The matching view of an already-displayable string: same length, folded for comparison. */
export function foldForMatching(display: string): string {
  const toned = foldToneMarks(display)
  if (!NEEDS_FOLD.test(toned)) return toned
  return toned
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(WRONG_D, 'Đ')
    .replace(WRONG_D_LOWER, 'đ')
}

/** Canonical key for comparing two Vietnamese strings: NFC, folded, lower-case, single spaces. */
export function canonicalize(s: string): string {
  return foldForMatching(s.replace(ZERO_WIDTH_SEPARATOR, ' ').replace(INVISIBLE_ALL, '').normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
