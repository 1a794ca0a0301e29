/**
 * Numerals in running text: digits with Vietnamese separators ("1.234,5", "03"), number words ("hai
 * mươi sáu"), digits with scale words ("80,3 triệu", "3 nghìn tỷ", "119 tỷ 214 triệu"). Numbers
 * that belong to something else are left out: document numbers ("163/QĐ-UBND", "03-CT/TW"), phone
 * numbers, dates ("10/3/2023", "ngày 12.5"), years ("năm 2023", "2021-2025"), numbers in names
 * ("Sư đoàn 324", "thôn 5", "Cụm thi đua số 6", "Covid-19") and ordinals ("thứ 7", "thứ hai").
 *
 *   "5,2" → 5.2 · "1.234" → 1234 · "03" → 3 · "1,2 triệu" → 1 200 000 (written 1.2, scale "triệu")
 *   "hai mươi sáu" → 26 · "6.5%" → 6.5 (a dotted decimal is read only before "%")
 *
 * The text is walked once, word by word: digits and the few words that can be numbers are the only
 * candidates, and the words around a candidate are looked up in sets (see ./word-scan.ts).
 */
import type { Range } from '../document.js'
import { IDENTIFIER_HEADS, VAGUE_HEADS, YEAR_HEADS } from '../lexicon/metric-words.js'
import {
  DIGIT_WORDS,
  HALF,
  HUNDRED,
  SCALE_WORDS,
  TEN,
  TENS_MULTIPLIER,
  ZERO_TENS,
} from '../lexicon/number-words.js'
import { GLUED_LOWER_CASE_UNITS, GLUED_UNITS } from '../lexicon/units.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { blockedEnd } from './number-blocks.js'
import { type NumeralMatch, notAlone, readWords, withScale } from './number-spelled.js'
import { parseDigits, readNumberWords } from './number-words.js'
import {
  isBlankCode,
  isDigitCode,
  isWordCode,
  lowerStretch,
  phraseBefore,
  WordTrie,
  wordEnd,
  wordSet,
  wordStart,
} from './word-scan.js'

export type { NumeralMatch } from './number-spelled.js'

const NUMBER_WORD_LIST = [
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(SCALE_WORDS),
  TEN,
  TENS_MULTIPLIER,
  HUNDRED,
  HALF,
  ...ZERO_TENS,
]
const NUMBER_WORDS = new WordTrie(NUMBER_WORD_LIST)
// The value of each number word that is a numeral alone ("hai" → 2, "mười" → 10).
const LONE_VALUES = new Map<string, number>()
for (const word of NUMBER_WORD_LIST) {
  const value = notAlone(word) ? null : readNumberWords(word)
  if (value !== null) LONE_VALUES.set(word, value)
}
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
const CAPITAL_AFTER = /^[ \t]+\p{Lu}/u
// "hai mươi sáu", "một trăm linh năm", "ba nghìn hai trăm": a spelled numeral has at most this many words.
const MAX_WORDS = 12
const SCALE_OR_HALF = new WordTrie([...Object.keys(SCALE_WORDS), HALF])
const GLUED = new RegExp(`${alternation(GLUED_UNITS)}${WORD_END}`, 'iuy')
const GLUED_LOWER_CASE = new RegExp(`${alternation(GLUED_LOWER_CASE_UNITS)}${WORD_END}`, 'uy')
// "2,37triệu lượt": a scale word glued to the digits.
const GLUED_SCALE = new RegExp(`${alternation(Object.keys(SCALE_WORDS))}${WORD_END}`, 'iuy')
const IDENTIFIERS = wordSet(IDENTIFIER_HEADS)
// "tổng số 150 hộ" is a count, though "số 150" alone is a house or a decision number.
const TOTAL = wordSet(['tổng số'])
const VAGUE = wordSet(VAGUE_HEADS)
const YEAR_WORDS = wordSet(YEAR_HEADS)
const DOTTED_DECIMAL = /^\d{1,3}\.\d{1,2}$/
// "119 tỷ 214 triệu 500 nghìn": a numeral has at most this many words after its digits.
const MAX_TAIL = 6
// Local names for the functions the loop calls at every code unit (a module import is read
// through an accessor in some runtimes).
const isWord = isWordCode
const isDigit = isDigitCode
// ASCII word characters (letters and digits): most code units of the text are ASCII.
const ASCII_WORD = new Uint8Array(128).map((_, c) => (isWordCode(c) ? 1 : 0))

// Where a numeral may start, found by the regex engine in the lower-cased text: a run of digits, or
// a number word after a non-word character (checked again on the text itself). Much faster than a
// pattern that starts with a look-behind, which the engine tries at every position, or than a loop
// over the code units. A word that is no numeral alone ("năm", "một", "không", "triệu") is a
// candidate only before another number word.
const WORD_CLASS = '0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff'
const LEADS = NUMBER_WORD_LIST.filter((w) => !notAlone(w))
const NOT_ALONE_WORDS = NUMBER_WORD_LIST.filter((w) => notAlone(w))
const CANDIDATE = new RegExp(
  `([0-9])|(?:^|[^${WORD_CLASS}])(?:(${alternation(LEADS)})|(${alternation(NOT_ALONE_WORDS)})(?=[ \\t]+${alternation(NUMBER_WORD_LIST)}(?![${WORD_CLASS}])))(?![${WORD_CLASS}])`,
  'g',
)

export function findNumerals(text: string, from = 0, to = text.length): NumeralMatch[] {
  const lower = lowerStretch(text, from, to)
  // Lower-casing keeps the length of Vietnamese text; where it does not, the text is walked instead.
  if (lower.length !== to - from) return walk(text, from, to)
  const out: NumeralMatch[] = []
  CANDIDATE.lastIndex = 0
  for (let m = CANDIDATE.exec(lower); m !== null; m = CANDIDATE.exec(lower)) {
    const word = m[2] ?? m[3]
    const at = from + m.index + m[0].length - (word === undefined ? 1 : word.length)
    const next = word === undefined ? numeralAt(text, at, to, out) : wordsAt(text, at, to, out)
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, next - from)
  }
  return out
}

/** The numeral in digits at `at`, pushed to `out`; returns where to look next. */
function numeralAt(text: string, at: number, to: number, out: NumeralMatch[]): number {
  const previous = text.charCodeAt(at - 1)
  // "(0237) 3822 123", "+84 912 345 678": a phone number may start with a bracket or a sign.
  const blocked = previous === 40 || previous === 43 ? blockedEnd(text, at - 1) : blockedEnd(text, at)
  if (blocked > at) return blocked
  // `\d+(?:[.,]\d+)*`, its value read on the way when it is digits only.
  let end = at
  let plain = 0
  let separated = false
  for (;;) {
    let code = text.charCodeAt(end)
    while (code >= 48 && code <= 57) {
      plain = plain * 10 + (code - 48)
      code = text.charCodeAt(++end)
    }
    if ((code === 46 || code === 44) && isDigit(text.charCodeAt(end + 1))) {
      separated = true
      end++
    } else break
  }
  if (at > 0 && (previous < 128 ? ASCII_WORD[previous] === 1 : isWord(previous))) return end
  const found = readDigits(text, at, end, separated ? null : plain, to)
  if (found && !isIdentifier(text, at)) {
    out.push(found)
    return found.end
  }
  return end
}

/** The numeral in words at `at` (a number word at a word start), pushed to `out`; returns where to look next. */
function wordsAt(text: string, at: number, to: number, out: NumeralMatch[]): number {
  const end = NUMBER_WORDS.endOf(text, at)
  if (end < 0 || end > to || (at > 0 && isWord(text.charCodeAt(at - 1)))) return at + 1
  // The words that may belong to the numeral: number words separated by spaces.
  let last = end
  for (let n = 1; n < MAX_WORDS; n++) {
    let k = last
    while (k < to && isBlankCode(text.charCodeAt(k))) k++
    const next = k > last ? NUMBER_WORDS.endOf(text, k) : -1
    if (next < 0 || next > to) break
    last = next
  }
  let found: NumeralMatch | null = null
  if (last === end) {
    const word = text.slice(at, end).toLowerCase()
    const value = LONE_VALUES.get(word)
    // A lone number word ("hai", "Ba"): its value, unless a capitalised one starts a name ("Ba Đình").
    const first = text.charCodeAt(at)
    if (value !== undefined && isAsciiLetter(first)) {
      const name = first <= 90 && CAPITAL_AFTER.test(text.slice(end, end + 3))
      found = name ? null : { start: at, end, value, written: value, scale: null, factor: 1, form: 'words' }
    } else if (!notAlone(word)) found = readWords(text, at, text.slice(at, last))
  } else found = readWords(text, at, text.slice(at, last))
  if (found && !isIdentifier(text, at)) {
    out.push(found)
    return found.end
  }
  return last
}

/** The same search, code unit by code unit (for text whose lower case changes its length). */
function walk(text: string, from: number, to: number): NumeralMatch[] {
  const out: NumeralMatch[] = []
  let i = from
  while (i < to) {
    const code = text.charCodeAt(i)
    const previous = text.charCodeAt(i - 1)
    const atWordStart = i === 0 || !isWord(previous)
    if (isDigit(code)) i = Math.max(i + 1, numeralAt(text, i, to, out))
    else if (isWord(code) && atWordStart) i = Math.max(i + 1, wordsAt(text, i, to, out))
    else i = isWord(code) ? wordEnd(text, i + 1) : i + 1
  }
  return out
}

/** A number in a name, an address or a code ("thôn 5", "hàng trăm", "Covid-19"). */
function isIdentifier(text: string, at: number): boolean {
  if (phraseBefore(text, at, IDENTIFIERS) >= 0 && phraseBefore(text, at, TOTAL) < 0) return true
  if (phraseBefore(text, at, VAGUE, 1) >= 0) return true
  if (isNameNumber(text, at)) return true
  // "Covid-19", "F-16": a letter and a dash glued before the number.
  return text.charCodeAt(at - 1) === 45 && at >= 2 && isLetter(text.charCodeAt(at - 2))
}

const isLetter = (code: number) => isWordCode(code) && !isDigitCode(code)

/**
 * "Ban Chỉ đạo 389 Quốc gia", "Đoàn 32 Bộ Quốc phòng": a number between a capitalised word inside a
 * name and a capitalised word after it is part of that name. The word before must not open the
 * sentence ("Có 8 Dự thảo …" counts drafts) and neither word may be in capitals throughout (a headline
 * in capitals is no name).
 */
function isNameNumber(text: string, at: number): boolean {
  let end = at
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--
  if (end === at) return false
  const start = wordStart(text, end)
  if (!isCapitalisedWord(text, start, end)) return false
  let before = start
  while (before > 0 && isBlankCode(text.charCodeAt(before - 1))) before--
  if (before === start || !isWordCode(text.charCodeAt(before - 1))) return false
  let digitsEnd = at
  while (isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++
  if (digitsEnd === at || text.charCodeAt(digitsEnd) !== 32) return false
  const next = digitsEnd + 1
  return isCapitalisedWord(text, next, wordEnd(text, next))
}

/** A word of letters whose first letter only is upper-case ("Quốc", "Đoàn"; not "UBND", "quốc"). */
function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isLetter(text.charCodeAt(start))) return false
  const first = text[start] as string
  if (first === first.toLowerCase()) return false
  const rest = text.slice(start + 1, end)
  return rest !== rest.toUpperCase()
}

/**
 * The numeral whose digits stand in text[start, digitsEnd), with any scale words after them; `plain`
 * is their value when they have no separator (exact below 2^53; longer runs are read again).
 */
function readDigits(
  text: string,
  start: number,
  digitsEnd: number,
  plain: number | null,
  to: number,
): NumeralMatch | null {
  const length = digitsEnd - start
  let value: number | null
  if (plain !== null) value = length < 16 ? plain : Number(text.slice(start, digitsEnd))
  else {
    const token = text.slice(start, digitsEnd)
    value = parseDigits(token)
    if (value === null && DOTTED_DECIMAL.test(token) && text.charCodeAt(digitsEnd) === 37)
      value = Number(token)
  }
  if (value === null) return null
  const next = text.charCodeAt(digitsEnd)
  // Glued letters: a unit ("20km") or part of a code ("1A", "7h30", "324B").
  if (isLetter(next)) {
    GLUED.lastIndex = digitsEnd
    GLUED_LOWER_CASE.lastIndex = digitsEnd
    GLUED_SCALE.lastIndex = digitsEnd
    if (!GLUED.test(text) && !GLUED_LOWER_CASE.test(text) && !GLUED_SCALE.test(text)) return null
  }
  if (length === 4 && plain !== null && isYear(text, start)) return null
  if (length >= 9 && text.charCodeAt(start) === 48) return null // a phone number written solid
  // Scale words (and digits filling a place between them) after the digits: only a space, a tab or
  // a letter can lead to one.
  if (!(next === 32 || next === 9 || isLetter(next))) {
    return { start, end: digitsEnd, value, written: value, scale: null, factor: 1, form: 'digits' }
  }
  const tail = scaleTail(text, start, digitsEnd, value, to)
  if (tail === null) {
    return { start, end: digitsEnd, value, written: value, scale: null, factor: 1, form: 'digits' }
  }
  if (tail.scale === null) return withScale(text, start, tail.end, tail.value, 'digits')
  const written = Number.parseFloat((tail.value / tail.factor).toPrecision(12))
  return {
    start,
    end: tail.end,
    value: tail.value,
    written,
    scale: tail.scale,
    factor: tail.factor,
    form: 'digits',
  }
}

interface TailWord {
  readonly start: number
  readonly end: number
  /** Lower case. */
  readonly word: string
  readonly digits: boolean
}

interface Tail {
  readonly end: number
  readonly value: number
  /** Where the scale words stand and what they multiply by, when only scale words follow the digits. */
  readonly scale: Range | null
  readonly factor: number
}

/**
 * The scale words after digits ("3 nghìn tỷ", "119 tỷ 214 triệu", "2,37triệu"): where the last
 * scale word ends and the value read, or null when none follows. A scale word may be glued to the
 * digits; digits filling a place may not.
 */
function scaleTail(text: string, start: number, digitsEnd: number, value: number, to: number): Tail | null {
  const tail: TailWord[] = []
  let end = digitsEnd
  let onlyScales = true
  while (tail.length < MAX_TAIL) {
    let k = end
    while (k < to && isBlankCode(text.charCodeAt(k))) k++
    const glued = k === end
    if (glued && end !== digitsEnd) break
    let wordEnd = -1
    let digits = false
    if (isDigit(text.charCodeAt(k))) {
      if (glued) break
      let d = k
      while (d < k + 4 && isDigit(text.charCodeAt(d))) d++
      if (d - k > 3 || isWord(text.charCodeAt(d))) break
      wordEnd = d
      digits = true
    } else wordEnd = SCALE_OR_HALF.endOf(text, k)
    if (wordEnd < 0 || wordEnd > to) break
    const word = text.slice(k, wordEnd).toLowerCase()
    if (digits || !Object.hasOwn(SCALE_WORDS, word)) onlyScales = false
    tail.push({ start: k, end: wordEnd, word, digits })
    end = wordEnd
  }
  if (tail.length === 0) return null
  if (onlyScales) return scalesOnly(value, tail)
  // Digits filling a place, or "rưỡi": read word by word, as far as the words make a number.
  let words = text.slice(start, digitsEnd)
  let best: Tail | null = null
  for (const t of tail) {
    words += ` ${t.word}`
    const total = readNumberWords(words)
    if (total === null) break
    if (!t.digits) best = { end: t.end, value: total, scale: null, factor: 1 }
  }
  return best
}

/**
 * Digits followed by scale words only ("1,2 triệu", "3 nghìn tỷ"), read the way `readNumberWords`
 * reads them (a smaller scale before a larger one nests under it) without building the string.
 */
function scalesOnly(value: number, tail: readonly TailWord[]): Tail {
  const values: number[] = []
  const scales: number[] = []
  let small: number | null = value
  let factor = 1
  for (const t of tail) {
    const scale = SCALE_WORDS[t.word as keyof typeof SCALE_WORDS]
    factor *= scale
    let chunk = small ?? 0
    while (scales.length > 0 && (scales[scales.length - 1] as number) < scale) {
      scales.pop()
      chunk += values.pop() as number
    }
    if (chunk === 0) chunk = 1
    values.push(chunk * scale)
    scales.push(scale)
    small = null
  }
  let total = 0
  for (const v of values) total += v
  total = Number.parseFloat((total + 0).toPrecision(12))
  const last = tail[tail.length - 1] as TailWord
  return { end: last.end, value: total, scale: { start: (tail[0] as TailWord).start, end: last.end }, factor }
}

/** "năm 2023", "2021-2025", "tháng 10/2023": a year, not a number. */
function isYear(text: string, start: number): boolean {
  const century = text.charCodeAt(start) * 256 + text.charCodeAt(start + 1)
  if (century !== 49 * 256 + 57 && century !== 50 * 256 + 48) return false // "19", "20"
  if (phraseBefore(text, start, YEAR_WORDS, 1) >= 0) return true
  let k = start
  while (k > 0 && isBlankCode(text.charCodeAt(k - 1))) k--
  const before = text.charCodeAt(k - 1)
  // "/2023", ".2023", "-2023" (a year range's second year, "2021 - 2025").
  if (before === 47 || before === 46 || before === 45) return true
  let after = start + 4
  while (isBlankCode(text.charCodeAt(after))) after++
  if (text.charCodeAt(after) !== 45) return false
  after++
  while (isBlankCode(text.charCodeAt(after))) after++
  let digits = 0
  while (isDigitCode(text.charCodeAt(after + digits))) digits++
  return digits === 4
}
