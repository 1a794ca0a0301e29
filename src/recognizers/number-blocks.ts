/**
 * Stretches of digits that are not numbers: document numbers, phone numbers and dates. The number
 * recognizer skips every one of them where it starts (at its first digit, or at the "(" or "+" of a
 * phone number).
 *
 *   "163/QĐ-UBND" · "0912.345.678" · "(0237) 3822 123" · "10/3/2023" · "14.5.2011" · "10-3-2023"
 *   "ngày 12.5" · "sáng 9/10" · "tháng 10/2023"
 */
import { DATE_HEADS } from '../lexicon/metric-words.js'
import { documentNumberAt } from './document-number.js'
import { isWordCode, phraseBefore, wordSet } from './word-scan.js'

// Mobile and landline numbers: a leading 0 or +84, 9 to 11 digits in groups.
const PHONE = /(?:\+84[ .]?|\(0\d{2,3}\)[ .]?|0)\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![\p{N}])/uy
const DATE_TRIPLE = /\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\p{N}])/uy
const MONTH_YEAR = /\d{1,2}\/(?:19|20)\d\d(?![\p{N}])/uy
// A day and a month (1–31, 1–12): "ngày 12.5", "sáng 9/10"; "37/63 địa phương" is a fraction.
const DATE_PAIR = /(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\p{N}]|[.,/]\d)/uy
const DATE_WORDS = wordSet(DATE_HEADS)

/** The end of the document number, phone number or date that starts at `at`, or -1. */
export function blockedEnd(text: string, at: number): number {
  const before = text.charCodeAt(at - 1)
  const code = text.charCodeAt(at)
  // A phone number starts with "0", "+84" or "(0…)", with no digit, letter, "." or "," before it.
  if (
    (code === 48 || code === 43 || code === 40) &&
    !(isWordCode(before) || before === 46 || before === 44)
  ) {
    const end = stickyEnd(PHONE, text, at)
    if (end > 0 && isPhone(text.slice(at, end))) return end
  }
  if (code < 48 || code > 57) return -1
  // Every other block has a separator right after its first digits: "163/QĐ", "10/3/2023", "12.5".
  let digits = at
  while (isDigit(text.charCodeAt(digits))) digits++
  const separator = text.charCodeAt(digits)
  if (separator !== 47 && separator !== 45 && separator !== 46) return -1
  if (!isWordCode(before)) {
    const document = documentNumberAt(text, at)
    if (document) return document.end
  }
  if (digits - at > 2) return -1
  const digitBefore = before >= 48 && before <= 57
  if (!(digitBefore || before === 46 || before === 44 || before === 47)) {
    const end = Math.max(stickyEnd(DATE_TRIPLE, text, at), stickyEnd(MONTH_YEAR, text, at))
    if (end > 0) return end
  }
  if (separator !== 45 && phraseBefore(text, at, DATE_WORDS, 1) >= 0) return stickyEnd(DATE_PAIR, text, at)
  return -1
}

const isDigit = (code: number) => code >= 48 && code <= 57

function isPhone(s: string): boolean {
  return s.replace(/\D/g, '').length >= 9 && /[ .()-]|^0\d{8,10}$|^\+/.test(s)
}

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at
  return re.test(text) ? re.lastIndex : -1
}
