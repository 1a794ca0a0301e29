/**
 * Reading Vietnamese numerals: digits with "." grouping thousands and "," marking decimals, number
 * words ("hai mươi sáu", "một trăm linh năm", "hai nghìn rưỡi"), and the two mixed ("1,2 triệu",
 * "3 nghìn tỷ"). Pure functions; the recognizer that finds numerals in running text is ./number.ts.
 *
 *   "5,2" → 5.2 · "1.234" → 1234 · "1.234,5" → 1234.5 · "03" → 3 · "1,2 triệu" → 1200000
 *   "mười bốn" → 14 · "hai mươi sáu" → 26 · "một trăm linh năm" → 105 · "một triệu rưỡi" → 1500000
 */
import {
  AFTER_TENS_ONLY,
  DIGIT_WORDS,
  HALF,
  HUNDRED,
  SCALE_WORDS,
  TEN,
  TENS_MULTIPLIER,
  ZERO_TENS,
} from '../lexicon/number-words.js'
import { foldForMatching } from '../text/normalize.js'

/** A numeral written in digits, Vietnamese style. Returns null for anything else. */
export function parseDigits(s: string): number | null {
  const t = s.trim()
  if (!isVietnameseDigits(t)) return null
  const undotted = t.includes('.') ? t.replace(/\./g, '') : t
  return Number(undotted.replace(',', '.'))
}

const isDigitAt = (s: string, i: number): boolean => {
  const code = s.charCodeAt(i)
  return code >= 48 && code <= 57
}

/**
 * `^\d{1,3}(?:\.\d{3})+(?:,\d+)?$` (dots grouping thousands) or `^\d+(?:,\d+)?$`, read in one pass:
 * every numeral of a text is checked.
 */
function isVietnameseDigits(t: string): boolean {
  const n = t.length
  let i = 0
  while (i < n && isDigitAt(t, i)) i++
  const lead = i
  if (lead === 0) return false
  let groups = 0
  while (i < n && t.charCodeAt(i) === 46) {
    let k = i + 1
    while (k < n && isDigitAt(t, k)) k++
    if (k - i - 1 !== 3) return false
    groups++
    i = k
  }
  if (groups > 0 && lead > 3) return false
  if (i < n && t.charCodeAt(i) === 44) {
    let k = i + 1
    while (k < n && isDigitAt(t, k)) k++
    if (k === i + 1) return false
    i = k
  }
  return i === n
}

const isDigitWord = (w: string): w is keyof typeof DIGIT_WORDS => Object.hasOwn(DIGIT_WORDS, w)
const isScaleWord = (w: string): w is keyof typeof SCALE_WORDS => Object.hasOwn(SCALE_WORDS, w)
const tokensOf = (s: string) => foldForMatching(s.normalize('NFC')).toLowerCase().trim().split(/\s+/)

/**
 * Number words, optionally led by a digit numeral ("3 nghìn tỷ") or with digits filling a place
 * after a scale word ("119 tỷ 214 triệu"). Scales nest the way they are read: "một nghìn hai trăm
 * tỷ" is 1 200 × 10⁹, "hai triệu ba trăm nghìn" is 2 300 000. Returns null for anything else,
 * including a numeral in digits alone (use `parseVietnameseNumber` for either).
 */
export function readNumberWords(s: string): number | null {
  const known = READ.get(s)
  if (known !== undefined) return known
  const value = readWordsOf(s)
  if (READ.size >= MAX_READ) READ.clear()
  READ.set(s, value)
  return value
}

// Numerals already read: the same few dozen recur through a text ("hai", "1,2 triệu", "năm tỷ").
const READ = new Map<string, number | null>()
const MAX_READ = 4096

function readWordsOf(s: string): number | null {
  const tokens = tokensOf(s)
  if (tokens.length === 0 || tokens[0] === '') return null
  // Parts already closed by a scale word, largest scale first.
  const parts: { value: number; scale: number }[] = []
  let section = 0 // hundreds inside the current scale
  let small: number | null = null // the tens-and-units being read
  let afterTens = false
  let lastUnit = 0 // what "rưỡi" halves
  let sawWord = false
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string
    // Digits lead ("3 nghìn tỷ") or fill a place after a scale word ("119 tỷ 214 triệu").
    const afterScale = i > 0 && isScaleWord(tokens[i - 1] as string)
    const digits = i === 0 || afterScale ? parseDigits(w) : null
    if (digits !== null) {
      if (i > 0 && (!Number.isInteger(digits) || digits >= 1000 || small !== null)) return null
      small = digits
    } else if (w === TEN) {
      if (small !== null) return null
      small = 10
      afterTens = true
    } else if (w === TENS_MULTIPLIER) {
      if (small === null || small > 9 || small < 2) return null
      small *= 10
      afterTens = true
    } else if (isDigitWord(w)) {
      const d = DIGIT_WORDS[w]
      const onlyAfterTens = (AFTER_TENS_ONLY as readonly string[]).includes(w)
      if (afterTens) small = (small ?? 0) + d
      else if (small !== null || onlyAfterTens) return null
      // "một trăm hai" (120): a lone digit right after "trăm" at the end counts tens.
      else small = tokens[i - 1] === HUNDRED && i === tokens.length - 1 ? d * 10 : d
      afterTens = false
    } else if (w === HUNDRED) {
      section += (small ?? 1) * 100
      small = null
      afterTens = false
      lastUnit = 100
    } else if ((ZERO_TENS as readonly string[]).includes(w)) {
      if (tokens[i - 1] !== HUNDRED) return null
    } else if (isScaleWord(w)) {
      const scale = SCALE_WORDS[w]
      let chunk = section + (small ?? 0)
      // Smaller scales read so far belong under this one: "một nghìn hai trăm tỷ", "3 nghìn tỷ".
      while (parts.length > 0 && (parts[parts.length - 1] as { scale: number }).scale < scale) {
        chunk += (parts.pop() as { value: number }).value
      }
      if (chunk === 0) chunk = 1
      parts.push({ value: chunk * scale, scale })
      section = 0
      small = null
      afterTens = false
      lastUnit = scale
    } else if (w === HALF) {
      if (lastUnit === 0 || small !== null) return null
      section += lastUnit === 100 ? 50 : 0
      if (lastUnit > 100) (parts[parts.length - 1] as { value: number }).value += lastUnit / 2
    } else {
      return null
    }
    if (digits === null) sawWord = true
  }
  if (!sawWord) return null
  const total = parts.reduce((sum, p) => sum + p.value, 0) + section + (small ?? 0)
  return roundFloat(total)
}

/** Digits, words, or digits with scale words: the one entry point for a numeral as a whole string. */
export function parseVietnameseNumber(s: string): number | null {
  return parseDigits(s) ?? readNumberWords(s)
}

/** 1.2 × 10⁶ in floating point is 1199999.9999999998; numerals deserve their written value. */
function roundFloat(n: number): number {
  return Number.parseFloat(n.toPrecision(12))
}
