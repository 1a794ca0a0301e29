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
import { isMarkUnit, isWordUnit, type UnitRanges, unitClassSource, unitFlags, unitTable } from './chars.js'
import { partitionPoint } from './sorted.js'
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
const SPECIAL_UNITS: UnitRanges = [
  0x0b,
  0x0c,
  0x0d,
  0x85,
  0xa0,
  0xad,
  0x1680,
  0x180e,
  [0x2000, 0x200f],
  0x2028,
  0x2029,
  [0x202a, 0x202f],
  [0x205f, 0x2064],
  [0x2066, 0x206f],
  0x3000,
  0xfeff,
]
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g')
const EXOTIC_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const ZERO_WIDTH_SEPARATOR = /(?<=[\p{L}\p{M}\p{N}])\u200b(?=[\p{L}\p{M}\p{N}])/gu

export function normalizeText(original: string): NormalizedText {
  // One look at every code unit says whether the text needs mapping, NFC, or folds.
  const flags = unitFlags(original, UNIT_FLAGS, ALL_FLAGS)
  if ((flags & SPECIAL_FLAG) !== 0) return mappedNormalization(original, flags)
  if ((flags & NFC_CHECK_FLAG) !== 0) {
    // NFC of a text that needs nothing else: computed once, and reused as the one segment to map.
    const composed = original.normalize('NFC')
    if (composed !== original) return mappedNormalization(original, flags, composed)
  }
  return {
    original,
    display: original,
    match: foldUnits(foldToneMarks(original), flags),
    toSpan: (start, end) => identitySpan(start, end, original.length),
  }
}

function identitySpan(start: number, end: number, length: number): Span {
  const s = clamp(start, length)
  return { start: s, end: Math.max(s, clamp(end, length)) }
}

function clamp(n: number, length: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : length
}

// Marks outside the Latin blocks are rare: the common cases are answered without the table.
const isMark = (code: number) =>
  code >= 0x0300 && (code <= 0x036f || (!(code >= 0x1e00 && code <= 0x1eff) && isMarkUnit(code)))
/** The special characters, one by one; the text between them is NFC-composed. */
const SPECIAL = new RegExp(unitClassSource(SPECIAL_UNITS), 'g')
// Hangul jamo compose with each other although none is a combining mark; text with them takes the
// cluster-by-cluster path.
const JAMO = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/

/**
 * The general path: specials replaced or dropped, the text between them composed, and an offset map.
 * `flags` are the original's (UNIT_FLAGS): without NFC_CHECK_FLAG there is nothing to compose, and the
 * display has the folds the original has (NFC neither makes nor unmakes a dash, quote or look-alike).
 * `wholeComposed` is the NFC of the whole text when the caller has it (and the text has no special).
 */
function mappedNormalization(original: string, flags: number, wholeComposed?: string): NormalizedText {
  const needsNfc = (flags & NFC_CHECK_FLAG) !== 0
  const n = original.length
  const pieces: string[] = []
  // For each display code unit, the original range it came from. A cluster that NFC changed maps as
  // a whole; everything else maps to itself. Grown on demand: NFC may expand a singleton.
  let startOf = new Uint32Array(n + 16)
  let endOf = new Uint32Array(n + 16)
  let length = 0
  const nfcOf = (segment: string) => (needsNfc ? segment.normalize('NFC') : segment)
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
  const compose = (from: number, to: number, composed = nfcOf(original.slice(from, to))) => {
    if (to <= from) return
    const unchanged = composed.length === to - from && original.startsWith(composed, from)
    if (!unchanged && JAMO.test(original.slice(from, to))) return clusterByCluster(from, to)
    reserve(composed.length)
    pieces.push(composed)
    if (unchanged) return identity(from, to)
    const mark = length
    let i = from
    let j = 0
    const m = composed.length
    while (i < to && j < m) {
      // Most clusters are one code unit NFC left alone (no mark after it, not a surrogate): mapped
      // unit to unit without more ado.
      const a = original.charCodeAt(i)
      if (
        a === composed.charCodeAt(j) &&
        !isSurrogate(a) &&
        (i + 1 >= to || !isMark(original.charCodeAt(i + 1))) &&
        (j + 1 >= m || !isMark(composed.charCodeAt(j + 1)))
      ) {
        startOf[length] = i
        endOf[length] = i + 1
        length++
        i++
        j++
        continue
      }
      const i0 = i
      const j0 = j
      i = clusterEnd(original, i, to)
      j = clusterEnd(composed, j, m)
      if (i - i0 === j - j0 && sameUnits(original, i0, composed, j0, i - i0)) identity(i0, i)
      else mapRange(i0, i, j - j0)
    }
    if (i < to || j < m) {
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
  for (const m of wholeComposed === undefined ? original.matchAll(SPECIAL) : []) {
    const at = m.index
    compose(last, at)
    const ch = m[0]
    last = at + 1
    if (ch === '\r') {
      // CRLF: the LF that follows stands for both
      if (original.charCodeAt(at + 1) === 0x0a) continue
      pieces.push('\n')
    } else if (ch === '\u200b' && isWordUnitAt(original, at - 1) && isWordUnitAt(original, at + 1)) {
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
  compose(last, n, wholeComposed)
  const display = pieces.join('')
  const starts = startOf
  const ends = endOf
  return {
    original,
    display,
    match: foldUnits(foldToneMarks(display), flags),
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

function isWordUnitAt(s: string, at: number): boolean {
  return at >= 0 && at < s.length && isWordUnit(s.charCodeAt(at))
}

/** End of the cluster starting at `at`: one code point and the combining marks after it. */
function clusterEnd(s: string, at: number, end: number): number {
  let i = at + codePointLength(s, at)
  while (i < end && isMark(s.charCodeAt(i))) i++
  return i
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/** Whether a[i, i + length) and b[j, j + length) hold the same code units. */
function sameUnits(a: string, i: number, b: string, j: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false
  return true
}

function codePointLength(s: string, at: number): number {
  const code = s.charCodeAt(at)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(at + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return 2
  }
  return 1
}

/**
 * One code unit → its matching form: every dash to "-", curly and angle quotes to straight ones,
 * full-width digits and % to ASCII, and the look-alikes of Đ/đ (U+00D0/U+00F0, the Icelandic eth, and
 * U+0189/U+0256, the African D, are often typed for them).
 */
const FOLDS: readonly [UnitRanges, (c: string) => string][] = [
  [[[0x2010, 0x2015], 0x2212, 0xfe58, 0xfe63, 0xff0d], () => '-'],
  [[[0x201c, 0x201f], 0x2033, 0xab, 0xbb, 0xff02], () => '"'],
  [[[0x2018, 0x201b], 0x2032, 0x2039, 0x203a], () => "'"],
  [[0xff05, [0xff10, 0xff19]], (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)],
  [[0xd0, 0x189], () => 'Đ'],
  [[0xf0, 0x256], () => 'đ'],
]
const FOLDED_UNITS: ReadonlyMap<string, string> = new Map(
  FOLDS.flatMap(([ranges, fold]) =>
    ranges
      .flatMap((r) => (typeof r === 'number' ? [r] : rangeOf(r[0], r[1])))
      .map((code) => [String.fromCharCode(code), fold(String.fromCharCode(code))] as const),
  ),
)
const FOLD_RANGES: UnitRanges = FOLDS.flatMap(([ranges]) => ranges)
const FOLD_ALL = new RegExp(unitClassSource(FOLD_RANGES), 'g')
/** The dashes and quotes that news text is full of: a range the regex engine scans for quickly. */
const PUNCTUATION_RANGE: UnitRanges = [[0x2010, 0x201f]]
const PUNCTUATION = new RegExp(unitClassSource(PUNCTUATION_RANGE), 'g')

/**
 * Code units whose text NFC leaves as it is, whatever stands around them: Latin up to U+02FF, the
 * precomposed Vietnamese letters (U+1E00–U+1EFF), dashes, quotes and other punctuation, currency
 * signs. None is a combining mark, none composes with what stands before it, none is changed by NFC
 * (checked against String.prototype.normalize for every code unit before each of them). A text made of
 * nothing else is NFC already: no need to ask ICU.
 */
const NFC_INERT_UNITS: UnitRanges = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20bf],
]

// What one pass over a text learns about each code unit.
const SPECIAL_FLAG = 1 // needs mapping (SPECIAL_UNITS)
const PUNCTUATION_FOLD_FLAG = 2 // a folded dash or quote in U+2010–U+201F
const OTHER_FOLD_FLAG = 4 // any other folded code unit
const NFC_CHECK_FLAG = 8 // not NFC-inert
const ALL_FLAGS = SPECIAL_FLAG | PUNCTUATION_FOLD_FLAG | OTHER_FOLD_FLAG | NFC_CHECK_FLAG
const UNIT_FLAGS = (() => {
  const table = unitTable(SPECIAL_UNITS, SPECIAL_FLAG)
  unitTable(FOLD_RANGES, OTHER_FOLD_FLAG, table)
  for (let c = 0x2010; c <= 0x201f; c++) {
    if (((table[c] as number) & OTHER_FOLD_FLAG) !== 0) table[c] = PUNCTUATION_FOLD_FLAG
  }
  unitTable(complementOf(NFC_INERT_UNITS), NFC_CHECK_FLAG, table)
  return table
})()

/** The code units (of the BMP) outside `ranges`, which are sorted and do not overlap. */
function complementOf(ranges: UnitRanges): UnitRanges {
  const out: [number, number][] = []
  let next = 0
  for (const r of ranges) {
    const [first, last] = typeof r === 'number' ? [r, r] : r
    if (first > next) out.push([next, first - 1])
    next = last + 1
  }
  if (next <= 0xffff) out.push([next, 0xffff])
  return out
}

const foldUnit = (c: string) => FOLDED_UNITS.get(c) ?? c

function rangeOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k)
}

/**
 * The display offset of an offset in the caller's string: the first display character that comes
 * from at or after it (toSpan is monotonic, so a binary search finds it; identity when unmapped).
 */
export function displayOffset(text: NormalizedText, original: number): number {
  const length = text.display.length
  if (text.display === text.original) return Math.min(original, length)
  return partitionPoint(length, (i) => text.toSpan(i, i + 1).start < original)
}

/** The matching view of an already-displayable string: same length, folded for comparison. */
export function foldForMatching(display: string): string {
  const toned = foldToneMarks(display)
  return foldUnits(toned, unitFlags(toned, UNIT_FLAGS, PUNCTUATION_FOLD_FLAG | OTHER_FOLD_FLAG))
}

/** Dashes, quotes, full-width digits and look-alikes folded, as far as `flags` says there are any. */
function foldUnits(toned: string, flags: number): string {
  // The folds map single code units to single code units, none of which another folds.
  let folded = toned
  if ((flags & PUNCTUATION_FOLD_FLAG) !== 0) folded = folded.replace(PUNCTUATION, foldUnit)
  if ((flags & OTHER_FOLD_FLAG) !== 0) folded = folded.replace(FOLD_ALL, foldUnit)
  return folded
}

/** Canonical key for comparing two Vietnamese strings: NFC, folded, lower-case, single spaces. */
export function canonicalize(s: string): string {
  return foldForMatching(s.replace(ZERO_WIDTH_SEPARATOR, ' ').replace(INVISIBLE_ALL, '').normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
