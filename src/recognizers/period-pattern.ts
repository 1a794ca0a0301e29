/**
 * The regular expression of the period recognizer (./period.ts), apart so that each file stays short.
 * Every repetition is bounded and every lexicon is a literal alternation: matching is linear.
 */
import {
  FIRST_PART,
  HALF_WORDS,
  LAST_PART,
  MONTH_COUNT_WORDS,
  QUARTER_WORDS,
  RANGE_HEADS,
  TERM_HEADS,
  UNTIL_NOW,
} from '../lexicon/time-words.js'
import { LookbehindPattern } from '../text/lookbehind-pattern.js'
import { anyCase, NOT_AFTER_NUMBER, OSP, SP } from './date-pattern.js'

const YEAR = '\\d{4}'
/** "đầu" (captured as `firstGroup`) or "cuối". */
const part = (firstGroup: string) => `(?:(?<${firstGroup}>${anyCase(FIRST_PART)})|${anyCase(LAST_PART)})`
const COUNT = `(?:\\d{1,2}|${anyCase(Object.keys(MONTH_COUNT_WORDS))})`
export const PERIOD = new LookbehindPattern(
  NOT_AFTER_NUMBER,
  '(?:' +
    `${anyCase(QUARTER_WORDS)}${SP}(?<quarter>iv|i{1,3}|[1-4])(?:${OSP}[/-]${OSP}(?<qy>${YEAR})|${SP}(?:năm${SP})?(?<qy2>${YEAR}))?` +
    `|(?<count>${COUNT})${SP}tháng(?:${SP}(?<countPart>${part('first')}))?${SP}năm(?:${SP}(?<cy>${YEAR}))?` +
    `|${anyCase(HALF_WORDS)}${SP}(?<half>${part('firstHalf')})${SP}năm(?:${SP}(?<hy>${YEAR}))?` +
    `|(?<since>từ${SP}đầu${SP}năm)(?:${SP}(?<sy>${YEAR}))?${OSP},?${OSP}${anyCase(UNTIL_NOW)}` +
    `|(?:(?<head>${anyCase([...RANGE_HEADS, ...TERM_HEADS])})${SP})?(?:từ${SP})?(?:năm${SP})?(?<from>${YEAR})` +
    `(?:${OSP}-${OSP}(?<to>${YEAR})|${SP}(?:đến|tới)${SP}(?:năm${SP})?(?<to2>${YEAR}|nay))` +
    `|tháng${SP}(?<month>\\d{1,2})(?:${OSP}[/-]${OSP}(?<my>${YEAR})|${SP}năm${SP}(?<my2>${YEAR}))?` +
    `|năm${SP}(?<year>${YEAR})` +
    ')(?![\\p{L}\\p{M}\\p{N}]|[/.,-]\\p{N})',
  'giu',
)

// Every kind of period holds a year, "tháng", a quarter word, a half word or "đầu năm" (from the
// branches above, in order): most sentences have none and are not scanned. Two searches, the year
// first: a search for digits alone is several times faster than one with case-insensitive words.
const YEAR_CUE = new RegExp(YEAR, 'u')
const WORD_CUE = new RegExp(`${anyCase(QUARTER_WORDS)}|tháng|${anyCase(HALF_WORDS)}|đầu${SP}năm`, 'iu')
/** False when `text` holds no period (true does not mean it holds one). */
export const mayHoldPeriod = (text: string): boolean => YEAR_CUE.test(text) || WORD_CUE.test(text)

const G = PERIOD.groups(
  'quarter',
  'qy',
  'qy2',
  'count',
  'countPart',
  'first',
  'cy',
  'half',
  'firstHalf',
  'hy',
  'since',
  'sy',
  'head',
  'from',
  'to',
  'to2',
  'month',
  'my',
  'my2',
  'year',
)

/** The groups of a PERIOD match, by name (one object of one shape: cheap to make and to read). */
export function periodGroups(m: RegExpExecArray) {
  return {
    quarter: m[G.quarter],
    qy: m[G.qy],
    qy2: m[G.qy2],
    count: m[G.count],
    countPart: m[G.countPart],
    first: m[G.first],
    cy: m[G.cy],
    half: m[G.half],
    firstHalf: m[G.firstHalf],
    hy: m[G.hy],
    since: m[G.since],
    sy: m[G.sy],
    head: m[G.head],
    from: m[G.from],
    to: m[G.to],
    to2: m[G.to2],
    month: m[G.month],
    my: m[G.my],
    my2: m[G.my2],
    year: m[G.year],
  }
}
export type PeriodGroups = ReturnType<typeof periodGroups>
