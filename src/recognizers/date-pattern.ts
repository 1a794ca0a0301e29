/**
 * The regular expressions of the date recognizer (./date.ts), apart so that each file stays short.
 * Every repetition is bounded and every lexicon is a literal alternation: matching is linear.
 */
import {
  CLAUSE_FINAL_SUFFIXES,
  DATE_SUFFIXES,
  DAY_NOUNS,
  FRACTION_NOUNS,
  WEEKDAYS,
} from '../lexicon/time-words.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { RELATIVE_DAY_PATTERN, TIME_OF_DAY_PATTERN, TIME_OF_DAY_RELATIVE_PATTERN } from './relative-date.js'

const SP = '[ \\t]{1,4}'
const OSP = '[ \\t]{0,4}'
const LEAD_SEPARATOR = `(?:${OSP},${OSP}|${SP})`
const NUMERIC =
  `(?<d>\\d{1,2})(?<s1>[/.]|${OSP}-${OSP})(?<m>\\d{1,2})` + `(?:(?<s2>[/.]|${OSP}-${OSP})(?<y>\\d{4}))?`
const WORDS = `(?<wd>\\d{1,2})${SP}tháng${SP}(?<wm>\\d{1,2})(?:${SP}năm${SP}(?<wy>\\d{4}))?`
const SUFFIX =
  `(?:${alternation(Object.keys(DATE_SUFFIXES).filter((w) => !(CLAUSE_FINAL_SUFFIXES as readonly string[]).includes(w)))}${WORD_END}` +
  `|${alternation(CLAUSE_FINAL_SUFFIXES)}(?=${OSP}(?:[,.;:)]|$)|${SP}đây${WORD_END}))`
/**
 * [part of day [relative]] [(] [weekday] [ngày] [(] day/month[/year] | day tháng month [năm year] [)] [suffix]
 */
export const DATE = new RegExp(
  '(?<![\\p{L}\\p{M}\\p{N}/]|\\p{N}[.,])' +
    `(?:(?:(?<tod>${TIME_OF_DAY_PATTERN})(?:${SP}(?<todRel>${TIME_OF_DAY_RELATIVE_PATTERN}))?` +
    `|(?<dayRel>${RELATIVE_DAY_PATTERN}))${WORD_END}${LEAD_SEPARATOR})?` +
    // "sáng nay (ngày 9/10)": the parenthesis may open before the weekday or "ngày"
    `(?<open>\\(${OSP})?` +
    `(?:(?<weekday>${alternation(WEEKDAYS)})${WORD_END}${LEAD_SEPARATOR})?` +
    `(?:(?<dayNoun>${alternation(DAY_NOUNS)})${SP})?` +
    `(?<open2>\\(${OSP})?(?<core>${NUMERIC}|${WORDS})` +
    // not a document number, decimal, percentage or longer numeral
    `(?![\\p{L}\\p{M}\\p{N}]|[/.,]\\p{N}|/\\p{L}|-\\p{L}|${OSP}%)` +
    `(?<close>${OSP}\\))?` +
    `(?:${SP}(?<suffix>${SUFFIX}))?`,
  'dgiu',
)
/** "ngày 28 và " before "29/5": the first day of two sharing a month. */
export const LEAD_DAY = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${alternation(DAY_NOUNS)}${SP}(?<day>\\d{1,2})${OSP}(?:và|,|-|đến|tới)${OSP}$`,
  'diu',
)
/** What may stand between two dates of one range or list. */
export const JOINER = new RegExp(`^${OSP}(?:-|,|và|đến|tới)${OSP}(?:ngày${SP})?$`, 'iu')
/** "9/10 điểm": a score, whatever stands before it. */
export const FRACTION_AFTER = new RegExp(`^${SP}${alternation(FRACTION_NOUNS)}${WORD_END}`, 'iu')
const ALONE_BEFORE = /^[\s("'[-]*$/u
const ALONE_AFTER = /^[ \t]{0,3}(?:$|[,;:)\]"'.-])/u

/** A bare day/month is a date when nothing but punctuation stands around it: "9/10", "9/10 - ". */
export function standsAlone(text: string, start: number, end: number): boolean {
  return start <= 8 && ALONE_BEFORE.test(text.slice(0, start)) && ALONE_AFTER.test(text.slice(end, end + 5))
}
