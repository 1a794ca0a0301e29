/**
 * Spelled numerals in running text and the scale words that close a numeral. "hai mươi năm qua" is
 * twenty years (after a tens word, five is "lăm"); lone "một", "năm", "tư", "không" are words, not
 * numbers; "Ba Đình", "Hai Bà Trưng" are names.
 *
 *   "hai mươi sáu" → 26 · "năm trăm nghìn" → 500 × "nghìn" · "3 nghìn tỷ" → 3 × "nghìn tỷ"
 */
import type { Range } from '../document.js'
import { HALF, HUNDRED, SCALE_WORDS, TEN, TENS_MULTIPLIER } from '../lexicon/number-words.js'
import { readNumberWords } from './number-words.js'

export interface NumeralMatch extends Range {
  /** The value with scale words applied: "1,2 triệu" → 1 200 000. */
  readonly value: number
  /** The value as written, before its scale words: "1,2 triệu" → 1.2, "hai mươi sáu" → 26. */
  readonly written: number
  /** Where the scale words stand ("triệu", "nghìn tỷ"), or null. */
  readonly scale: Range | null
  /** What the scale words multiply by (1 without them). */
  readonly factor: number
  readonly form: 'digits' | 'words'
}

// Lone words that are rarely numbers in running text: "một" (a), "năm" (year), "tư" (private),
// "không" (not); scale words alone are vague ("hàng trăm", "nghìn").
const NOT_ALONE = new Set([
  'một',
  'năm',
  'tư',
  'không',
  'mốt',
  'lăm',
  'nhăm',
  'linh',
  'lẻ',
  HALF,
  TENS_MULTIPLIER,
])
const CANNOT_LEAD = new Set([
  'không',
  'linh',
  'lẻ',
  HALF,
  TENS_MULTIPLIER,
  HUNDRED,
  ...Object.keys(SCALE_WORDS),
])

const isScale = (w: string) => Object.hasOwn(SCALE_WORDS, w)

/** A lone word that is no numeral by itself ("một", "năm", "nghìn"): `word` lower-case. */
export const notAlone = (word: string): boolean => NOT_ALONE.has(word) || CANNOT_LEAD.has(word)

/** The longest numeral in words at `start` (the words the number regex matched), or null. */
export function readWords(text: string, start: number, matched: string): NumeralMatch | null {
  const tokens = [...matched.matchAll(/\S+/g)]
  const lower = tokens.map((t) => t[0].toLowerCase())
  // "hai mươi năm qua" is twenty years: after a tens word, five is written "lăm".
  let n = lower.findIndex(
    (w, i) => i > 0 && w === 'năm' && [TEN, TENS_MULTIPLIER].includes(lower[i - 1] as string),
  )
  if (n < 0) n = lower.length
  for (; n > 0; n--) if (readNumberWords(lower.slice(0, n).join(' ')) !== null) break
  if (n === 0 || CANNOT_LEAD.has(lower[0] as string)) return null
  if (n === 1 && NOT_ALONE.has(lower[0] as string)) return null
  const last = tokens[n - 1] as RegExpMatchArray
  const end = start + (last.index as number) + last[0].length
  // "Ba Đình", "Hai Bà Trưng", "Năm Căn": a capitalised numeral before a capitalised word is a name.
  if (/^\p{Lu}/u.test(tokens[0]?.[0] ?? '') && /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return null
  const value = readNumberWords(lower.slice(0, n).join(' ')) as number
  return withScale(text, start, end, value, 'words')
}

/** Splits off the scale words that close the numeral: "3 nghìn tỷ" → 3 × "nghìn tỷ". */
export function withScale(
  text: string,
  start: number,
  end: number,
  value: number,
  form: 'digits' | 'words',
): NumeralMatch {
  // Digits and words apart, so that a glued scale word ("2,37triệu") is a token of its own.
  const tokens = [...text.slice(start, end).matchAll(/\d+(?:[.,]\d+)*|[^\s\d]+/g)].map((t) => ({
    word: t[0].toLowerCase(),
    start: start + (t.index as number),
    end: start + (t.index as number) + t[0].length,
  }))
  let first = -1
  let last = -1
  if (form === 'digits') {
    // The scale run right after the leading digits: "119 tỷ 214 triệu" is 119,214 tỷ.
    for (let i = 1; i < tokens.length && isScale((tokens[i] as { word: string }).word); i++) {
      if (first < 0) first = i
      last = i
    }
  } else {
    let j = tokens.length - 1
    if (tokens[j]?.word === HALF) j--
    for (let i = j; i > 0 && isScale((tokens[i] as { word: string }).word); i--) {
      first = i
      if (last < 0) last = i
    }
  }
  if (first < 0) return { start, end, value, written: value, scale: null, factor: 1, form }
  let factor = 1
  for (let i = first; i <= last; i++)
    factor *= SCALE_WORDS[(tokens[i] as { word: keyof typeof SCALE_WORDS }).word]
  const scale = {
    start: (tokens[first] as { start: number }).start,
    end: (tokens[last] as { end: number }).end,
  }
  const written = Number.parseFloat((value / factor).toPrecision(12))
  return { start, end, value, written, scale, factor, form }
}
