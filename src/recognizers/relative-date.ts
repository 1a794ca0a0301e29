/**
 * Relative days: words that name a day by its distance from the day of writing, and the step that
 * resolves them against a reference date.
 *
 *   "sáng nay" · "chiều hôm qua" · "tối qua" · "hôm nay" · "ngày mai" · "tuần qua" · "vừa qua"
 *   "Chiều cùng ngày" (the day of the previous date: resolved by the extractor, which sees the text)
 *
 * Nothing here invents a date: without a reference date every part stays null.
 */
import {
  DATE_SUFFIXES,
  LAST_NIGHT_WORDS,
  NOT_A_DAY_BEFORE_RECENT,
  RECENT,
  RELATIVE_DAYS,
  RELATIVE_WEEKS,
  SAME_DAY,
  TIME_OF_DAY_RELATIVE,
  TIMES_OF_DAY,
} from '../lexicon/time-words.js'
import type { TimeOfDay } from '../schema/records.js'
import { LookbehindPattern } from '../text/lookbehind-pattern.js'
import { canonicalize } from '../text/normalize.js'
import { WORD_END, WORD_START } from '../text/pattern.js'
import { alternationTrie } from '../text/phrase-trie.js'

/** What a relative word says about the day, before any reference date is known. */
export type RelativeMeaning =
  | { kind: 'day'; offset: number } // hôm qua: -1
  | { kind: 'week'; offset: number | 'past7' } // tuần tới: +1; tuần qua: the seven days before
  | { kind: 'past' } // vừa qua
  | { kind: 'future' } // tới, sắp tới
  | { kind: 'thisYear' } // năm nay
  | { kind: 'sameDay' } // cùng ngày

/** Lexicon alternations, for patterns compiled with "iu". */
const anyCase = (phrases: readonly string[]) => alternationTrie(phrases, 'iu')
const CANONICAL = new Map<string, string>()
/**
 * `canonicalize(word)` for the short lexicon words the date patterns match, remembered: the full
 * normalization is slow and the same few spellings come back in every article. The memory is
 * bounded (it starts over past a few hundred spellings).
 */
export function canonicalWord(word: string): string {
  let key = CANONICAL.get(word)
  if (key === undefined) {
    if (CANONICAL.size >= 512) CANONICAL.clear()
    key = canonicalize(word)
    CANONICAL.set(word, key)
  }
  return key
}
const keyed = <V>(entries: Record<string, V>) =>
  new Map(Object.entries(entries).map(([word, value]) => [canonicalize(word), value]))
const TIME_OF_DAY_BY_WORD = keyed<TimeOfDay>(TIMES_OF_DAY)
const DAY_OFFSETS = keyed<number>({ ...TIME_OF_DAY_RELATIVE, ...RELATIVE_DAYS })
const WEEK_OFFSETS = keyed<number | 'past7'>(RELATIVE_WEEKS)
const SUFFIX_KINDS = keyed<'past' | 'future' | 'thisYear'>(DATE_SUFFIXES)
const LAST_NIGHT = new Set(LAST_NIGHT_WORDS.map(canonicalize))

const SP = '[ \\t]{1,4}'
/** A part of the day: "sáng", "buổi chiều". */
export const TIME_OF_DAY_PATTERN = anyCase(Object.keys(TIMES_OF_DAY))
/** What may follow a part of the day to make it relative: "nay", "qua", "hôm qua", "ngày mai". */
export const TIME_OF_DAY_RELATIVE_PATTERN = anyCase([
  ...Object.keys(TIME_OF_DAY_RELATIVE),
  ...Object.keys(RELATIVE_DAYS),
])
export const RELATIVE_DAY_PATTERN = anyCase(Object.keys(RELATIVE_DAYS))

const firstWord = (phrase: string) => phrase.split(' ')[0] as string
const lastWord = (phrase: string) => phrase.split(' ').at(-1) as string
/**
 * A word every match of RELATIVE holds (the branches below: the relative word after a part of the
 * day, a relative day, week, "cùng ngày", "vừa qua"): most sentences have none and are not scanned.
 */
const RELATIVE_CUE = new RegExp(
  anyCase([
    ...Object.keys(TIME_OF_DAY_RELATIVE).map(lastWord),
    ...Object.keys(RELATIVE_DAYS).map(lastWord),
    ...Object.keys(RELATIVE_WEEKS).map(firstWord),
    ...SAME_DAY.map(firstWord),
    lastWord(RECENT),
  ]),
  'iu',
)

const RELATIVE = new LookbehindPattern(
  WORD_START,
  '(?:' +
    `(?<tod>${TIME_OF_DAY_PATTERN})${SP}(?:(?<todRel>${TIME_OF_DAY_RELATIVE_PATTERN})|(?<todSame>${anyCase(SAME_DAY)}))` +
    `|(?<dayRel>${RELATIVE_DAY_PATTERN})` +
    `|(?<week>${anyCase(Object.keys(RELATIVE_WEEKS))})` +
    `|(?<same>${anyCase(SAME_DAY)})` +
    `|(?<recent>${anyCase([RECENT])})` +
    `)${WORD_END}`,
  'giu',
  RELATIVE_CUE,
)
const G = RELATIVE.groups('tod', 'todRel', 'todSame', 'dayRel', 'week', 'same', 'recent')

/** The groups of a RELATIVE match, by name (one object of one shape: cheap to make and to read). */
function groupsOf(m: RegExpExecArray) {
  return {
    tod: m[G.tod],
    todRel: m[G.todRel],
    todSame: m[G.todSame],
    dayRel: m[G.dayRel],
    week: m[G.week],
    same: m[G.same],
    recent: m[G.recent],
  }
}

const NOT_A_DAY_BEFORE = new RegExp(`${WORD_START}${anyCase(NOT_A_DAY_BEFORE_RECENT)}${SP}$|\\d${SP}$`, 'iu')

export interface RelativeMatch {
  start: number
  end: number
  timeOfDay: TimeOfDay | null
  meaning: RelativeMeaning
}

/** The meaning of a part-of-day word ("Chiều") or null. */
export function timeOfDayOf(word: string): TimeOfDay | null {
  return TIME_OF_DAY_BY_WORD.get(canonicalWord(word)) ?? null
}

/**
 * The relative word after a part of the day: "nay" (0), "hôm qua" (-1); "qua" only for the night
 * ("tối qua"), "mai" only in lower case (Mai is a name). Null when the pair does not read as a day.
 */
export function relativeAfterTimeOfDay(timeOfDay: string, word: string): RelativeMeaning | null {
  const key = canonicalWord(word)
  if (key === 'qua' && !LAST_NIGHT.has(canonicalWord(timeOfDay))) return null
  if (key === 'mai' && word !== word.toLowerCase()) return null
  const offset = DAY_OFFSETS.get(key)
  return offset === undefined ? null : { kind: 'day', offset }
}

export function relativeDayOf(word: string): RelativeMeaning | null {
  const offset = DAY_OFFSETS.get(canonicalWord(word))
  return offset === undefined ? null : { kind: 'day', offset }
}

export function dateSuffixOf(word: string): RelativeMeaning | null {
  const kind = SUFFIX_KINDS.get(canonicalWord(word))
  return kind === undefined ? null : { kind }
}

/** Relative day words standing alone, in `text` offsets. */
export function recognizeRelativeDates(text: string): RelativeMatch[] {
  const found: RelativeMatch[] = []
  for (const m of RELATIVE.matchAll(text)) {
    const g = groupsOf(m)
    const start = m.index
    const end = start + m[0].length
    let meaning: RelativeMeaning | null = null
    let timeOfDay: TimeOfDay | null = null
    if (g.tod !== undefined) {
      timeOfDay = timeOfDayOf(g.tod)
      meaning = g.todSame !== undefined ? { kind: 'sameDay' } : relativeAfterTimeOfDay(g.tod, g.todRel ?? '')
    } else if (g.dayRel !== undefined) {
      meaning = relativeDayOf(g.dayRel)
    } else if (g.week !== undefined) {
      const offset = WEEK_OFFSETS.get(canonicalWord(g.week))
      meaning = offset === undefined ? null : { kind: 'week', offset }
    } else if (g.same !== undefined) {
      meaning = { kind: 'sameDay' }
    } else if (g.recent !== undefined && !NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, start - 16), start))) {
      meaning = { kind: 'past' }
    }
    if (meaning !== null) found.push({ start, end, timeOfDay, meaning })
  }
  return found
}
