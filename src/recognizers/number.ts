/**
 * Numerals in running text: digits with Vietnamese separators ("1.234,5", "03"), number words ("hai
 * mươi sáu"), digits with scale words ("80,3 triệu", "3 nghìn tỷ", "119 tỷ 214 triệu"). Numbers
 * that belong to something else are left out: document numbers ("163/QĐ-UBND", "03-CT/TW"), phone
 * numbers, dates ("10/3/2023", "ngày 12.5"), years ("năm 2023", "2021-2025"), numbers in names
 * ("Sư đoàn 324", "thôn 5", "Cụm thi đua số 6", "Covid-19") and ordinals ("thứ 7", "thứ hai").
 *
 *   "5,2" → 5.2 · "1.234" → 1234 · "03" → 3 · "1,2 triệu" → 1 200 000 (written 1.2, scale "triệu")
 *   "hai mươi sáu" → 26 · "6.5%" → 6.5 (a dotted decimal is read only before "%")
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
import { GLUED_UNITS } from '../lexicon/units.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { blockedRanges } from './number-blocks.js'
import { type NumeralMatch, readWords, withScale } from './number-spelled.js'
import { parseDigits, readNumberWords } from './number-words.js'

export type { NumeralMatch } from './number-spelled.js'

const NUMBER_WORDS = [
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(SCALE_WORDS),
  TEN,
  TENS_MULTIPLIER,
  HUNDRED,
  HALF,
  ...ZERO_TENS,
]
const NUMERAL = new RegExp(
  `${WORD_START}(?:(?<digits>\\d+(?:[.,]\\d+)*)|(?<words>${alternation(NUMBER_WORDS)}(?:[ \\t]+${alternation(NUMBER_WORDS)}){0,11})${WORD_END})`,
  'giu',
)
const SCALE_TAIL = new RegExp(
  `[ \\t]+(?:${alternation([...Object.keys(SCALE_WORDS), HALF])}|\\d{1,3})${WORD_END}`,
  'iuy',
)
const GLUED = new RegExp(`${alternation(GLUED_UNITS)}${WORD_END}`, 'iuy')
const HEAD_BEFORE = new RegExp(`${WORD_START}${alternation(IDENTIFIER_HEADS)}[ \\t]*$`, 'iu')
// "tổng số 150 hộ" is a count, though "số 150" alone is a house or a decision number.
const TOTAL_BEFORE = /(?<![\p{L}\p{M}])tổng[ \t]+số[ \t]*$/iu
const VAGUE_BEFORE = new RegExp(`${WORD_START}${alternation(VAGUE_HEADS)}[ \\t]+$`, 'iu')
const YEAR_BEFORE = new RegExp(
  `(?:${WORD_START}${alternation(YEAR_HEADS)}[ \\t]+|[/.-][ \\t]*|\\d{4}[ \\t]*-[ \\t]*)$`,
  'iu',
)
const YEAR_RANGE_AFTER = /^[ \t]*-[ \t]*\d{4}(?!\d)/
const CODE_BEFORE = /[\p{L}][-]$/u
const DOTTED_DECIMAL = /^\d{1,3}\.\d{1,2}$/
// "119 tỷ 214 triệu 500 nghìn": a numeral has at most this many words after its digits.
const MAX_TAIL = 6
const before = (text: string, at: number) => text.slice(Math.max(0, at - 24), at)

export function findNumerals(text: string, from = 0, to = text.length): NumeralMatch[] {
  const blocked = blockedRanges(text, from, to).sort((a, b) => a.end - b.end)
  let b = 0 // blocked ranges ending before the current numeral are behind us
  const out: NumeralMatch[] = []
  const re = new RegExp(NUMERAL.source, NUMERAL.flags)
  re.lastIndex = from
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index
    const found = m.groups?.digits ? readDigits(text, start, m[0], to) : readWords(text, start, m[0])
    if (!found) continue
    while (b < blocked.length && (blocked[b] as Range).end <= start) b++
    if (blocked.slice(b, b + 4).some((r) => start < r.end && found.end > r.start)) continue
    const head = before(text, start)
    if (
      (HEAD_BEFORE.test(head) && !TOTAL_BEFORE.test(head)) ||
      VAGUE_BEFORE.test(head) ||
      CODE_BEFORE.test(head)
    ) {
      continue
    }
    out.push(found)
    re.lastIndex = found.end
  }
  return out
}

function readDigits(text: string, start: number, token: string, to: number): NumeralMatch | null {
  let end = start + token.length
  let value = parseDigits(token)
  if (value === null && DOTTED_DECIMAL.test(token) && text[end] === '%') value = Number(token)
  if (value === null) return null
  // Glued letters: a unit ("20km") or part of a code ("1A", "7h30", "324B").
  if (/[\p{L}\p{M}]/u.test(text[end] ?? '')) {
    GLUED.lastIndex = end
    if (!GLUED.test(text)) return null
  }
  if (isYear(text, start, token)) return null
  if (token.length >= 9 && token.startsWith('0')) return null // a phone number written solid
  // Scale words (and digits filling a place between them) after the digits.
  let words = token
  let best = { end, value }
  SCALE_TAIL.lastIndex = end
  for (
    let t = SCALE_TAIL.exec(text), n = 0;
    t !== null && SCALE_TAIL.lastIndex <= to && n < MAX_TAIL;
    t = SCALE_TAIL.exec(text), n++
  ) {
    words += ` ${t[0].trim()}`
    end = SCALE_TAIL.lastIndex
    const total = readNumberWords(words)
    if (total === null) break
    if (!/^\d/.test(t[0].trim())) best = { end, value: total }
  }
  return withScale(text, start, best.end, best.value, 'digits')
}

function isYear(text: string, start: number, token: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(token)) return false
  return YEAR_BEFORE.test(before(text, start)) || YEAR_RANGE_AFTER.test(text.slice(start + 4, start + 12))
}
