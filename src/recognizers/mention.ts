/**
 * Finding people in a sentence, left to right: full introductions (./introduction.ts), and the
 * later mentions that refer back to them: "đồng chí Dũng", "ông Trung", "Đại tá Hùng" (a short
 * name after an honorific or a rank), or the full name again with nothing before it. Words that
 * cannot start a person are skipped whole: bodies ("Trường THCS Nguyễn Du", "Đoàn TNCS Hồ Chí
 * Minh"), places ("TP. Hồ Chí Minh"), namesakes ("đường Lê Lợi", "tư tưởng Hồ Chí Minh").
 */
import type { Range } from '../document.js'
import { ACADEMIC_DEGREES } from '../lexicon/academic.js'
import { NAMESAKE_HEADS } from '../lexicon/historical-figures.js'
import { ADDRESS_TERMS, PLURAL_MARKERS } from '../lexicon/honorifics.js'
import { SURNAMES } from '../lexicon/surnames.js'
import { capitalsNameAt } from './capitals-name.js'
import { HONORIFIC_STARTS, honorificAt } from './honorific.js'
import { type Introduction, mayIntroduceAt, scanIntroductionsAt } from './introduction.js'
import { firstWordAt, startWordIds, WordIdTable, wordBeforeSpaceAt } from './lexicon-at.js'
import { LOWER_CASE_ORGANIZATION_STARTS, ORGANIZATION_STARTS, organizationAt } from './organization.js'
import {
  capitalisedSyllablesAt,
  type NameMatch,
  nameRunEnd,
  personNameAt,
  shortNameAt,
} from './person-name.js'
import { PLACE_STARTS, placeAt } from './place.js'
import { RANK_STARTS, rankAt } from './rank.js'
import { TITLE_STARTS, type TitleAt, titleAt } from './title.js'
import { firstWordIndex, rememberAt, type WordStarts, wordStartsOf } from './word-starts.js'

const namesakeAt = wordBeforeSpaceAt(NAMESAKE_HEADS)

// Lower-case words that can start something a scanner reads: a skip (a body, a place, a namesake),
// an introduction (an honorific, a plural, a kinship term, a rank, a title), a later mention. A word
// in capitals may start a name and is always tried; any other word is passed over at once.
const SKIP_STARTS = new Set([...ORGANIZATION_STARTS, ...PLACE_STARTS, ...startWordIds(NAMESAKE_HEADS)])
// Lower-case words that may open an introduction (the others open at most a skip)
const INTRODUCTION_OPENERS = new Set([
  ...HONORIFIC_STARTS,
  ...startWordIds(PLURAL_MARKERS),
  // a count before a title: "2 Phó Chủ tịch A và B"
  ...startWordIds(['2', '3', '4', '5', '6', '7', '8', '9']),
  ...startWordIds(ADDRESS_TERMS),
  ...RANK_STARTS,
  ...TITLE_STARTS,
])
const INTRODUCTION_STARTS = new Set([...SKIP_STARTS, ...INTRODUCTION_OPENERS])
const MENTION_STARTS = new Set([...SKIP_STARTS, ...HONORIFIC_STARTS, ...RANK_STARTS])
// A capitalised word starts a person only as a family name or an academic degree ("PGS.TS.");
// any other opens no introduction (without an honorific a name must start with a family name).
const PERSON_STARTS = new Set([...startWordIds(SURNAMES), ...startWordIds(ACADEMIC_DEGREES)])
// The same sets as tables, read at every word of every sentence
const SKIP_START = new WordIdTable(SKIP_STARTS)
const INTRODUCTION_OPENER = new WordIdTable(INTRODUCTION_OPENERS)
const INTRODUCTION_START = new WordIdTable(INTRODUCTION_STARTS)
const MENTION_START = new WordIdTable(MENTION_STARTS)
const PERSON_START = new WordIdTable(PERSON_STARTS)
const ORGANIZATION_START = new WordIdTable(ORGANIZATION_STARTS)
const LOWER_CASE_ORGANIZATION_START = new WordIdTable(LOWER_CASE_ORGANIZATION_STARTS)

/** A sentence being read: the whole text, the text up to the sentence's end, its word starts. */
interface Reading {
  readonly whole: string
  readonly text: string
  readonly end: number
  readonly words: WordStarts
}

/** True when the word at `index` may start something: written with a capital, or a known word. */
const mayStart = (words: WordStarts, index: number, known: WordIdTable) =>
  words.capitals[index] === 1 || known.has(words.ids[index] as number)

/**
 * What to jump over at `index` when no person starts there. A word no body, place or namesake
 * starts with can only begin a capitalised run (or nothing).
 */
function skipAt(sentence: Reading, index: number): number {
  // found once for both scanners of the sentence (introductions, then later mentions)
  const at = sentence.words.offsets[index] as number
  return rememberAt(sentence.whole, 'skip', at, sentence.end, () => skipFrom(sentence, index))
}

function skipFrom({ whole, text, end, words }: Reading, index: number): number {
  const at = words.offsets[index] as number
  const id = words.ids[index] as number
  const capital = words.capitals[index] === 1
  if (!SKIP_START.has(id)) return capital ? nameRunEnd(text, at) : at
  // the organizations extractor has read the bodies of this sentence already
  const org = (capital ? ORGANIZATION_START : LOWER_CASE_ORGANIZATION_START).has(id)
    ? rememberAt(whole, 'organization', at, end, () => organizationAt(text, at))
    : null
  if (org) return org.end
  const place = placeAt(text, at)
  if (place?.name) return place.end
  const namesake = namesakeAt(text, at)
  if (namesake > 0) {
    const run = capitalisedSyllablesAt(text, at + namesake, 6)
    return run.length > 0 ? (run.at(-1) as Range).end : at
  }
  // a capitalised run that is no one's introduction, up to a title or rank it runs into
  return nameRunEnd(text, at)
}

/**
 * Titles read in the sentence of `whole` ending at `end`, remembered: the organizations extractor
 * has read most of them already.
 */
const rememberedTitles =
  (whole: string, end: number): TitleAt =>
  (text, at) =>
    rememberAt(whole, 'title', at, end, () => titleAt(text, at))

/** Every introduction in [start, end) (a sentence), in order. */
export function findIntroductions(text: string, start: number, end: number): Introduction[] {
  const found: Introduction[] = []
  const words = wordStartsOf(text)
  const slice = text.slice(0, end)
  const reading: Reading = { whole: text, text: slice, end, words }
  // the organizations extractor has read the titles of this sentence already
  const readTitle = rememberedTitles(text, end)
  let next = start
  for (let i = firstWordIndex(words, start); i < words.offsets.length; i++) {
    const at = words.offsets[i] as number
    if (at >= end) break
    if (at < next || !mayStart(words, i, INTRODUCTION_START)) continue
    const id = words.ids[i] as number
    const opens = INTRODUCTION_OPENER.has(id) || (words.capitals[i] === 1 && PERSON_START.has(id))
    if (!opens) {
      next = skipAt(reading, i)
      continue
    }
    if (!mayIntroduceAt(slice, at, readTitle)) {
      next = skipAt(reading, i)
      continue
    }
    const { intros, skipTo } = scanIntroductionsAt(slice, at, readTitle)
    if (intros.length > 0) {
      found.push(...intros)
      next = Math.max(...intros.map((intro) => intro.end))
      continue
    }
    next = Math.max(skipTo, skipAt(reading, i))
  }
  return found
}

export interface LaterMention extends Range {
  readonly name: NameMatch
  /** True for a full name: it must equal a known name; a short one must end one. */
  readonly full: boolean
}

/**
 * Candidate back-references in [start, end), outside the `taken` ranges (in document order): an
 * honorific or rank with a short name ("đồng chí Dũng"), or a bare full name ("Phạm Tiến Dũng cho
 * biết"). With `firstWords`, the lower-cased first words of the names they may refer to, a full
 * name is looked for only where one of those starts.
 */
export function findLaterMentions(
  text: string,
  start: number,
  end: number,
  taken: readonly Range[],
  firstWords?: ReadonlySet<string>,
): LaterMention[] {
  const found: LaterMention[] = []
  const words = wordStartsOf(text)
  const slice = text.slice(0, end)
  const reading: Reading = { whole: text, text: slice, end, words }
  let inside = 0 // `taken` is in order: the first range not yet behind us
  let next = start
  for (let i = firstWordIndex(words, start); i < words.offsets.length; i++) {
    const at = words.offsets[i] as number
    if (at >= end) break
    if (at < next) continue
    while (inside < taken.length && (taken[inside] as Range).end <= at) inside++
    const taking = taken[inside]
    if (taking && taking.start <= at) {
      next = taking.end
      continue
    }
    if (!mayStart(words, i, MENTION_START)) continue
    if (!MENTION_START.has(words.ids[i] as number) && firstWords && !firstWords.has(firstWordAt(slice, at))) {
      next = skipAt(reading, i)
      continue
    }
    const honorific = honorificAt(slice, at)
    const before = honorific && !honorific.plural ? honorific : rankAt(slice, at)
    const nameAt = before && slice[before.end] === ' ' ? before.end + 1 : at
    const short = before ? shortNameAt(slice, nameAt) : null
    const full = short ? null : (personNameAt(slice, nameAt) ?? capitalsNameAt(slice, nameAt))
    if (short || full) {
      const name = (short ?? full) as NameMatch
      found.push({ start: at, end: name.end, name, full: !short })
      next = name.end
    } else next = skipAt(reading, i)
  }
  return found
}
