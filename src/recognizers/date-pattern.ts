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
import { LookbehindPattern } from '../text/lookbehind-pattern.js'
import { WORD_END } from '../text/pattern.js'
import { alternationTrie } from '../text/phrase-trie.js'
import { RELATIVE_DAY_PATTERN, TIME_OF_DAY_PATTERN, TIME_OF_DAY_RELATIVE_PATTERN } from './relative-date.js'

/** Lexicon alternations, for patterns compiled with "iu". */
export const anyCase = (phrases: readonly string[]) => alternationTrie(phrases, 'iu')
/** A space between words (bounded: a run of spaces never makes matching slow), and an optional one. */
export const SP = '[ \\t]{1,4}'
export const OSP = '[ \\t]{0,4}'
const LEAD_SEPARATOR = `(?:${OSP},${OSP}|${SP})`
const NUMERIC =
  `(?<d>\\d{1,2})(?<s1>[/.]|${OSP}-${OSP})(?<m>\\d{1,2})` + `(?:(?<s2>[/.]|${OSP}-${OSP})(?<y>\\d{4}))?`
const WORDS = `(?<wd>\\d{1,2})${SP}tháng${SP}(?<wm>\\d{1,2})(?:${SP}năm${SP}(?<wy>\\d{4}))?`
const SUFFIX =
  `(?:${anyCase(Object.keys(DATE_SUFFIXES).filter((w) => !(CLAUSE_FINAL_SUFFIXES as readonly string[]).includes(w)))}${WORD_END}` +
  `|${anyCase(CLAUSE_FINAL_SUFFIXES)}(?=${OSP}(?:[,.;:)]|$)|${SP}đây${WORD_END}))`
/** Not inside a word, a number or a fraction: what may stand before a date or a period. */
export const NOT_AFTER_NUMBER = '(?<![\\p{L}\\p{M}\\p{N}/]|\\p{N}[.,])'
/**
 * [part of day [relative]] [(] [weekday] [ngày] [(] day/month[/year] | day tháng month [năm year] [)] [suffix]
 *
 * `todPart` (the part of the day with its relative word) and `suffixPart` (the suffix with the spaces
 * before it) are there for their lengths: with `close`, they give the offsets of what the recognizer
 * needs, without the slow "d" flag.
 */
export const DATE = new LookbehindPattern(
  NOT_AFTER_NUMBER,
  `(?:(?:(?<todPart>(?<tod>${TIME_OF_DAY_PATTERN})(?:${SP}(?<todRel>${TIME_OF_DAY_RELATIVE_PATTERN}))?)` +
    `|(?<dayRel>${RELATIVE_DAY_PATTERN}))${WORD_END}${LEAD_SEPARATOR})?` +
    // "sáng nay (ngày 9/10)": the parenthesis may open before the weekday or "ngày"
    `(?<open>\\(${OSP})?` +
    `(?:(?<weekday>${anyCase(WEEKDAYS)})${WORD_END}${LEAD_SEPARATOR})?` +
    `(?:(?<dayNoun>${anyCase(DAY_NOUNS)})${SP})?` +
    `(?<open2>\\(${OSP})?(?<core>${NUMERIC}|${WORDS})` +
    // not a document number, decimal, percentage or longer numeral
    `(?![\\p{L}\\p{M}\\p{N}]|[/.,]\\p{N}|/\\p{L}|-\\p{L}|${OSP}%)` +
    `(?<close>${OSP}\\))?` +
    `(?<suffixPart>${SP}(?<suffix>${SUFFIX}))?`,
  'giu',
  // The core is a day and a month joined by a separator or "tháng": most sentences with a number
  // ("14 tập thể", "năm 2023") have none and are not scanned.
  new RegExp(`\\d(?:[/.]\\d|${OSP}-${OSP}\\d|${SP}tháng)`, 'iu'),
)
const G = DATE.groups(
  'todPart',
  'tod',
  'todRel',
  'dayRel',
  'open',
  'weekday',
  'dayNoun',
  'open2',
  'core',
  'd',
  's1',
  'm',
  's2',
  'y',
  'wd',
  'wm',
  'wy',
  'close',
  'suffixPart',
  'suffix',
)

/** The groups of a DATE match, by name (one object of one shape: cheap to make and to read). */
export function dateGroups(m: RegExpExecArray) {
  return {
    todPart: m[G.todPart],
    tod: m[G.tod],
    todRel: m[G.todRel],
    dayRel: m[G.dayRel],
    open: m[G.open],
    weekday: m[G.weekday],
    dayNoun: m[G.dayNoun],
    open2: m[G.open2],
    core: m[G.core],
    d: m[G.d],
    s1: m[G.s1],
    m: m[G.m],
    s2: m[G.s2],
    y: m[G.y],
    wd: m[G.wd],
    wm: m[G.wm],
    wy: m[G.wy],
    close: m[G.close],
    suffixPart: m[G.suffixPart],
    suffix: m[G.suffix],
  }
}
export type DateGroups = ReturnType<typeof dateGroups>

/** "ngày 28 và " before "29/5": the first day of two sharing a month. */
export const LEAD_DAY = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${anyCase(DAY_NOUNS)}${SP}(?<day>\\d{1,2})(?<joiner>${OSP}(?:và|,|-|đến|tới)${OSP})$`,
  'iu',
)
/** What may stand between two dates of one range or list. */
export const JOINER = new RegExp(`^${OSP}(?:-|,|và|đến|tới)${OSP}(?:ngày${SP})?$`, 'iu')
/** "9/10 điểm": a score, whatever stands before it. */
export const FRACTION_AFTER = new RegExp(`^${SP}${anyCase(FRACTION_NOUNS)}${WORD_END}`, 'iu')
const ALONE_BEFORE = /^[\s("'[-]*$/u
const ALONE_AFTER = /^[ \t]{0,3}(?:$|[,;:)\]"'.-])/u

/** A bare day/month is a date when nothing but punctuation stands around it: "9/10", "9/10 - ". */
export function standsAlone(text: string, start: number, end: number): boolean {
  return start <= 8 && ALONE_BEFORE.test(text.slice(0, start)) && ALONE_AFTER.test(text.slice(end, end + 5))
}
