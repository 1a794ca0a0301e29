/**
 * Finding people in a sentence, left to right: full introductions (./introduction.ts), and the
 * later mentions that refer back to them: "đồng chí Dũng", "ông Trung", "Đại tá Hùng" (a short
 * name after an honorific or a rank), or the full name again with nothing before it. Words that
 * cannot start a person are skipped whole: bodies ("Trường THCS Nguyễn Du", "Đoàn TNCS Hồ Chí
 * Minh"), places ("TP. Hồ Chí Minh"), namesakes ("đường Lê Lợi", "tư tưởng Hồ Chí Minh").
 */
import type { Range } from '../document.js'
import { NAMESAKE_HEADS } from '../lexicon/historical-figures.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { honorificAt } from './honorific.js'
import { type Introduction, introductionsAt } from './introduction.js'
import { organizationAt } from './organization.js'
import {
  capitalisedSyllablesAt,
  type NameMatch,
  nameRunEnd,
  personNameAt,
  shortNameAt,
} from './person-name.js'
import { placeAt } from './place.js'
import { rankAt } from './rank.js'

const WORD_STARTS = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu
const NAMESAKE_AT = new RegExp(`${alternation(NAMESAKE_HEADS)}${WORD_END} `, 'iuy')

/** What to jump over at `at` when no person starts there. */
function skipAt(text: string, at: number): number {
  const org = organizationAt(text, at)
  if (org) return org.end
  const place = placeAt(text, at)
  if (place?.name) return place.end
  NAMESAKE_AT.lastIndex = at
  const namesake = NAMESAKE_AT.exec(text)
  if (namesake) {
    const run = capitalisedSyllablesAt(text, at + namesake[0].length, 6)
    return run.length > 0 ? (run.at(-1) as Range).end : at
  }
  // a capitalised run that is no one's introduction, up to a title or rank it runs into
  return nameRunEnd(text, at)
}

/** Every introduction in [start, end) (a sentence), in order. */
export function findIntroductions(text: string, start: number, end: number): Introduction[] {
  const found: Introduction[] = []
  const slice = text.slice(0, end)
  WORD_STARTS.lastIndex = start
  for (let w = WORD_STARTS.exec(slice); w; w = WORD_STARTS.exec(slice)) {
    const intros = introductionsAt(slice, w.index)
    if (intros.length > 0) {
      found.push(...intros)
      WORD_STARTS.lastIndex = Math.max(...intros.map((i) => i.end))
      continue
    }
    const next = skipAt(slice, w.index)
    if (next > w.index) WORD_STARTS.lastIndex = next
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
 * biết").
 */
export function findLaterMentions(
  text: string,
  start: number,
  end: number,
  taken: readonly Range[],
): LaterMention[] {
  const found: LaterMention[] = []
  const slice = text.slice(0, end)
  let next = 0 // `taken` is in order: the first range not yet behind us
  WORD_STARTS.lastIndex = start
  for (let w = WORD_STARTS.exec(slice); w; w = WORD_STARTS.exec(slice)) {
    while (next < taken.length && (taken[next] as Range).end <= w.index) next++
    const inside = taken[next]
    if (inside && inside.start <= w.index) {
      WORD_STARTS.lastIndex = inside.end
      continue
    }
    const honorific = honorificAt(slice, w.index)
    const before = honorific && !honorific.plural ? honorific : rankAt(slice, w.index)
    const nameAt = before && slice[before.end] === ' ' ? before.end + 1 : w.index
    const short = before ? shortNameAt(slice, nameAt) : null
    const full = short ? null : personNameAt(slice, nameAt)
    if (short || full) {
      const name = (short ?? full) as NameMatch
      found.push({ start: w.index, end: name.end, name, full: !short })
      WORD_STARTS.lastIndex = name.end
    } else {
      const next = skipAt(slice, w.index)
      if (next > w.index) WORD_STARTS.lastIndex = next
    }
  }
  return found
}
