/**
 * Sentences of Vietnamese news text. A sentence ends at ".", "!", "?", "…" (closing quotes and
 * brackets after it belong to it) when the next one starts: a capital, a digit, an opening quote or
 * bracket before a capital, or a line break. Not a sentence end:
 * - an abbreviation: "TP. Hồ Chí Minh", "PGS.TS. Lê", "Q. Ba Đình", "X.Trinh", "Đ/c. A";
 * - a stop with no space after it: "14.5.2011", "1.234,5", "Th.S", "v.v" inside;
 * - a stop followed by lower case: "các phong trào… được triển khai";
 * - anything inside a quotation or brackets, unless the quotation closes right after the stop.
 * One left-to-right pass with bounded look-behind: linear in the text.
 */
import type { Block, Range, Sentence } from '../document.js'
import { BEFORE_LETTER_NUMERAL, NON_FINAL_ABBREVIATIONS } from '../lexicon/sentence-abbreviations.js'
import { isUpperUnit, isWordUnit } from './chars.js'
import { canonicalize } from './normalize.js'

const NON_FINAL: ReadonlySet<string> = new Set(NON_FINAL_ABBREVIATIONS)
const LETTER_NUMERAL_CONTEXT: ReadonlySet<string> = new Set(BEFORE_LETTER_NUMERAL.map(canonicalize))
/** Quotations and brackets longer than this are taken as unbalanced marks, not as one quotation. */
const MAX_QUOTE = 600
const MAX_BRACKET = 300

export function splitSentences(match: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = []
  blocks.forEach((block, index) => {
    for (const range of sentenceRanges(match.slice(block.start, block.end))) {
      sentences.push({ start: block.start + range.start, end: block.start + range.end, block: index })
    }
  })
  return sentences
}

/** Sentences of one text, as ranges into it, trimmed of surrounding spaces. */
export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = []
  const regions = protectedRegions(text)
  let regionIndex = 0
  let start = skipSpaces(text, 0)
  for (let i = nextStop(text, start); i >= 0; ) {
    let j = i
    while (j < text.length && isStop(text.charCodeAt(j))) j++
    let k = j
    while (k < text.length && isCloser(text.charCodeAt(k))) k++
    let m = k
    let lineBreak = false
    while (m < text.length && isSpaceCode(text.charCodeAt(m))) {
      if (text.charCodeAt(m) === 0x0a) lineBreak = true
      m++
    }
    if (m > k && m < text.length) {
      while (regionIndex < regions.length && (regions[regionIndex] as Region).close < i) regionIndex++
      if (!insideRegion(regions, regionIndex, i, k) && endsHere(text, i, j, m, lineBreak, start)) {
        ranges.push({ start, end: k })
        start = m
      }
    }
    i = nextStop(text, j)
  }
  const end = trimEnd(text, text.length)
  if (end > start) ranges.push({ start, end })
  return ranges
}

/** . ! ? … */
const STOPS = /[.!?…]/g

/** The next stop at or after `from`, or -1: found by the regex engine, which scans faster than a loop. */
function nextStop(text: string, from: number): number {
  STOPS.lastIndex = from
  return STOPS.test(text) ? STOPS.lastIndex - 1 : -1
}

function endsHere(
  text: string,
  stop: number,
  runEnd: number,
  next: number,
  lineBreak: boolean,
  start: number,
): boolean {
  const single = runEnd === stop + 1
  const word = wordBefore(text, stop)
  if (single && text.charCodeAt(stop) === 0x2e) {
    // "1. Kết quả…", "a. Về kinh tế…": the number of a list item, not a sentence
    if (stop - word.length === start && /^(?:\d{1,2}|[a-zđ]|[IVXLC]{1,5})$/u.test(word)) return false
    if (isNonFinal(text, stop, word)) return false
  }
  if (lineBreak) return true
  const n = text.charCodeAt(next)
  if (isUpperUnit(n)) return true
  if (n >= 0x30 && n <= 0x39) {
    const run = text.slice(stop, runEnd)
    return !run.includes('…') && !(run.length > 1 && run[0] === '.')
  }
  if (n === 0x22 || n === 0x28 || n === 0x5b || n === 0x27) {
    const after = skipSpaces(text, next + 1)
    return after < text.length && isUpperUnit(text.charCodeAt(after))
  }
  // - + •
  if (n === 0x2d || n === 0x2b || n === 0x2022) return text.charCodeAt(next + 1) === 0x20
  return false
}

/** The word right before a stop: letters, digits, inner stops and slashes ("PGS.TS", "Đ/c", "v.v"). */
function wordBefore(text: string, stop: number): string {
  let a = stop
  while (a > 0 && stop - a < 24 && isWordOrDot(text.charCodeAt(a - 1))) a--
  while (a < stop && isDotOrSlash(text.charCodeAt(a))) a++
  return text.slice(a, stop)
}

const isDotOrSlash = (c: number) => c === 0x2e || c === 0x2f
const isWordOrDot = (c: number) => isDotOrSlash(c) || isWordUnit(c)

function isNonFinal(text: string, stop: number, word: string): boolean {
  if (word === '') return false
  if (/^\p{Lu}$/u.test(word)) {
    // "khóa X. Hội nghị…" is a numeral; "Nguyễn V. An", "X. Trinh" an initial
    const before = text.slice(Math.max(0, stop - word.length - 24), stop - word.length).trimEnd()
    const previous = /(?:^|\s)([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?)$/u.exec(before)
    if (!previous) return true
    const words = (previous[1] as string).split(' ')
    const lastWord = canonicalize(words[words.length - 1] as string)
    return !(
      LETTER_NUMERAL_CONTEXT.has(lastWord) || LETTER_NUMERAL_CONTEXT.has(canonicalize(previous[1] as string))
    )
  }
  if (NON_FINAL.has(word)) return true
  // "PGS.TS", "Th.S": the last dotted part decides
  if (!word.includes('.')) return false
  const parts = word.split('.').filter((p) => p !== '')
  const last = parts[parts.length - 1] ?? ''
  return parts.length > 1 && (NON_FINAL.has(last) || /^\p{Lu}$/u.test(last))
}

interface Region {
  readonly open: number
  readonly close: number
}

/** Quotations ("…") and brackets ((…)) whose inside is not split, in order of their opening. */
function protectedRegions(text: string): Region[] {
  const regions: Region[] = []
  let quoteOpen = -1
  const brackets: number[] = []
  for (let i = nextRegionMark(text, 0); i >= 0; i = nextRegionMark(text, i + 1)) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      if (quoteOpen >= 0 && i - quoteOpen <= MAX_QUOTE) {
        regions.push({ open: quoteOpen, close: i })
        quoteOpen = -1
      } else {
        quoteOpen = i
      }
    } else if (c === 0x28 || c === 0x5b) {
      if (brackets.length < 8) brackets.push(i)
    } else if (c === 0x29 || c === 0x5d) {
      const open = brackets.pop()
      if (open !== undefined && i - open <= MAX_BRACKET) regions.push({ open, close: i })
    } else {
      // a line break: a quotation or a bracket never runs across one
      quoteOpen = -1
      brackets.length = 0
    }
  }
  return regions.sort((a, b) => a.close - b.close)
}

/** " ( ) [ ] and line breaks */
const REGION_MARKS = /["()[\]\n]/g

function nextRegionMark(text: string, from: number): number {
  REGION_MARKS.lastIndex = from
  return REGION_MARKS.test(text) ? REGION_MARKS.lastIndex - 1 : -1
}

/** Whether a stop at `stop` is inside a region that does not close among its closers [.., closersEnd). */
function insideRegion(regions: readonly Region[], from: number, stop: number, closersEnd: number): boolean {
  for (let q = from; q < regions.length; q++) {
    const region = regions[q] as Region
    if (region.close - MAX_QUOTE > stop) break
    if (region.open < stop && region.close > stop && region.close >= closersEnd) return true
  }
  return false
}

// . ! ? …
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026
// " ' ) ] ” ’ »
const isCloser = (c: number) =>
  c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb
// space, line break, tab, carriage return, no-break space
const isSpaceCode = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0

function skipSpaces(text: string, from: number): number {
  let i = from
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

function trimEnd(text: string, to: number): number {
  let e = to
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--
  return e
}
