/**
 * Recipient counts: how many collectives and individuals an award or a commendation goes to.
 *
 *   "14 tập thể và 26 cá nhân" → 14 / 26 / 40     · "03 tập thể, 05 cá nhân" → 3 / 5 / 8
 *   "46 tập thể và cá nhân"    → – / – / 46 (a mixed group: the total only)
 *   "mười bốn tập thể"         → 14 / – / 14       · "12 đảng viên" → – / 12 / 12
 *   "46 tập thể và cá nhân, trong đó 23 tập thể và 23 cá nhân" → 23 / 23 / 46
 *   "15 tập thể, 20 cá nhân và 5 hộ gia đình" → 15 / 20 / 40 (households count in the total)
 *
 * Counts are read with parseVietnameseNumber (leading zeros, number words). Whether a count belongs
 * to an award is the extractor's call: "huy động 1.200 cán bộ" is a count here, and no award's.
 */
import type { Range } from '../document.js'
import {
  COLLECTIVE_NOUNS,
  INDIVIDUAL_NOUNS,
  MIXED_RECIPIENTS,
  OTHER_RECIPIENT_NOUNS,
} from '../lexicon/awards.js'
import { DIGIT_WORDS, HUNDRED, TEN, TENS_MULTIPLIER, ZERO_TENS } from '../lexicon/number-words.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { parseVietnameseNumber } from './number-words.js'
import { numbered } from './numbered-groups.js'

export interface RecipientCount extends Range {
  collectives: number | null
  individuals: number | null
  /** The stated total of a mixed group, else the sum of every part. */
  total: number
}

type Kind = 'mixed' | 'collective' | 'individual' | 'other'
interface Part {
  kind: Kind
  value: number
}

const WORD = alternation([
  ...Object.keys(DIGIT_WORDS),
  TEN,
  TENS_MULTIPLIER,
  HUNDRED,
  ...ZERO_TENS,
  'nghìn',
  'ngàn',
])
const NUM = `(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d{1,6}|${WORD}(?:[ \\t]+${WORD}){0,5})`
const NOUN =
  `(?:(?<mixed>${alternation(MIXED_RECIPIENTS)})|(?<collective>${alternation(COLLECTIVE_NOUNS)})` +
  `|(?<individual>${alternation(INDIVIDUAL_NOUNS)})|(?<other>${alternation(OTHER_RECIPIENT_NOUNS)}))${WORD_END}`
const PART = `${NUM}[ \\t]+(?:lượt[ \\t]+)?${NOUN}`
// Counts are found from their noun: the nouns alone are a cheap search, and a number is looked for
// only right before one (a number pattern tried at every position is the costly part).
// Groups are read by number (./numbered-groups.ts): these run over every sentence with a cue.
const KINDS = ['mixed', 'collective', 'individual', 'other'] as const
const NOUN_AT = numbered(NOUN, 'giu', ...KINDS)
const SINGLE_NOUN = numbered(
  `(?:(?<collective>${alternation(COLLECTIVE_NOUNS)})|(?<individual>${alternation(INDIVIDUAL_NOUNS)})` +
    `|(?<other>${alternation(OTHER_RECIPIENT_NOUNS)}))${WORD_END}`,
  'iuy',
  'collective',
  'individual',
  'other',
)
const NUMBER_BEFORE = numbered(`${WORD_START}${NUM}[ \\t]+(?:lượt[ \\t]+)?$`, 'iu', 'num')
// "1.780 cá nhân và tập thể lao động tiên tiến": the second noun opens an award's name
// ("Tập thể lao động tiên tiến / xuất sắc"), not a mixed group.
const TITLE_AFTER = /^[ \t]+lao động(?![\p{L}\p{M}])/iu
const LETTER = /[\p{L}\p{M}\p{N}]/u
const NUMBER_WORDS = new Set(
  [...Object.keys(DIGIT_WORDS), TEN, TENS_MULTIPLIER, HUNDRED, ...ZERO_TENS, 'nghìn', 'ngàn'].map((w) =>
    w.toLowerCase(),
  ),
)

/** Whether the word before `at` (past spaces and "lượt") can end a number: a digit or a number word. */
function numberMayEnd(text: string, at: number): boolean {
  let i = at
  for (let guard = 0; guard < 2; guard++) {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
    const end = i
    while (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\t') i--
    const word = text.slice(i, end).toLowerCase()
    if (word === 'lượt') continue
    return /\d$/u.test(word) || NUMBER_WORDS.has(word)
  }
  return false
}
const NEXT = numbered(
  `(?:[ \\t]*[,;][ \\t]*(?:và[ \\t]+)?|[ \\t]+(?:và|cùng)[ \\t]+)${PART}`,
  'iuy',
  'num',
  ...KINDS,
)
const SPLIT = numbered(
  `[ \\t]*[,(]?[ \\t]*(?:trong đó|gồm)[ \\t]*:?[ \\t]*(?:có[ \\t]+)?${PART}`,
  'iuy',
  'num',
  ...KINDS,
)

/** Every recipient count in `text`, in order; parts joined by ",", "và", ";" make one count. */
export function recognizeRecipientCounts(text: string): RecipientCount[] {
  const counts: RecipientCount[] = []
  const nounAt = NOUN_AT.re
  nounAt.lastIndex = 0
  for (let m = nounAt.exec(text); m !== null; m = nounAt.exec(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1] as string)) continue
    if (!numberMayEnd(text, m.index)) continue
    const number = NUMBER_BEFORE.re.exec(text.slice(Math.max(0, m.index - 40), m.index))
    if (!number) continue
    let kind = kindOf(m, NOUN_AT.G)
    let nounEnd = m.index + m[0].length
    if (kind === 'mixed' && TITLE_AFTER.test(text.slice(nounEnd))) {
      SINGLE_NOUN.re.lastIndex = m.index
      const single = SINGLE_NOUN.re.exec(text)
      if (single) {
        kind = kindOf(single, SINGLE_NOUN.G)
        nounEnd = single.index + single[0].length
      }
    }
    const first = partOf(kind, number[NUMBER_BEFORE.G.num] as string)
    if (!first) continue
    const start = m.index - number[0].length
    const parts = [first]
    let end = nounEnd
    end = chain(text, end, parts, NEXT)
    const split: Part[] = []
    if (parts.every((p) => p.kind === 'mixed')) {
      const splitEnd = chain(text, end, split, SPLIT)
      if (split.length > 0) end = chain(text, splitEnd, split, NEXT)
    }
    counts.push({ start, end, ...tally(parts, split) })
    nounAt.lastIndex = end
  }
  return counts
}

/** Reads parts with the sticky `re` from `at` while they follow one another; returns where they end. */
function chain(text: string, at: number, into: Part[], pattern: typeof NEXT): number {
  const { re, G } = pattern
  let end = at
  for (let guard = 0; guard < 6; guard++) {
    re.lastIndex = end
    const m = re.exec(text)
    const part = m && partOf(kindOf(m, G), m[G.num] as string)
    if (!m || !part) break
    into.push(part)
    end = m.index + m[0].length
    if (pattern === SPLIT) break
  }
  return end
}

/** The kind of noun a match holds, by which of its groups matched. */
function kindOf(m: RegExpExecArray, G: Partial<Record<Kind, number>>): Kind {
  const has = (kind: Kind) => G[kind] !== undefined && Boolean(m[G[kind] as number])
  return has('mixed')
    ? 'mixed'
    : has('collective')
      ? 'collective'
      : has('individual')
        ? 'individual'
        : 'other'
}

function partOf(kind: Kind, num: string): Part | null {
  const value = readCount(num)
  return value === null ? null : { kind, value }
}

/** A count as written; number words are read from the longest tail that parses ("trong năm ba" → 3). */
function readCount(s: string): number | null {
  const words = s.trim().split(/\s+/u)
  for (let i = 0; i < words.length; i++) {
    const value = parseVietnameseNumber(words.slice(i).join(' '))
    if (value !== null && Number.isInteger(value) && value > 0) return value
  }
  return null
}

function tally(parts: readonly Part[], split: readonly Part[]) {
  const sum = (list: readonly Part[], kind: Kind) => {
    const of = list.filter((p) => p.kind === kind)
    return of.length > 0 ? of.reduce((n, p) => n + p.value, 0) : null
  }
  const detail = split.length > 0 ? split : parts
  return {
    collectives: sum(detail, 'collective'),
    individuals: sum(detail, 'individual'),
    total: parts.reduce((n, p) => n + p.value, 0),
  }
}
