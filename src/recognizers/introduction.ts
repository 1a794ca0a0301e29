/**
 * Introductions: how an article names a person with what makes them an official. The parts are
 * recognized by their own recognizers (honorific, rank, academic, person-name, title); this file is
 * the grammar that puts them together:
 *
 *   [đồng chí] [Đại tá] [PGS.TS.] Phạm Tiến Dũng[, | - | (] Bí thư Huyện uỷ, Chủ tịch HĐND huyện[)]
 *   [đồng chí] Bí thư Huyện ủy, Chủ tịch HĐND huyện [Đại tá] Phạm Tiến Dũng
 *   các đồng chí[ trong Ban Thường vụ Tỉnh ủy]: A, Phó Bí thư …; B, Phó Chủ tịch …
 *   các đồng chí Phó Chủ tịch UBND tỉnh: A, B và C          (the title is given to each)
 *   đồng chí Bí thư Huyện ủy                                 (a reference by title: name null)
 *
 * Without an honorific or a rank, a name needs a title and a family name ("Nguyễn Văn A, Chủ tịch
 * UBND xã"); founders and namesakes ("Hồ Chí Minh") and places ("Hà Nội") are never people.
 */
import type { Range } from '../document.js'
import { PLURAL_MARKERS } from '../lexicon/honorifics.js'
import { honorificAt } from './honorific.js'
import {
  type Introduction,
  introduce,
  isPerson,
  mayStartPersonAt,
  type Person,
  personAt,
  spaceAfter,
  sticky,
  titlesAfter,
} from './introduced-person.js'
import { wordBeforeSpaceAt } from './lexicon-at.js'
import { startsWithSurname } from './person-name.js'
import { type TitleAt, type TitleMatch, titleAt, titlesAt } from './title.js'

export type { Introduction }

const pluralAt = wordBeforeSpaceAt(PLURAL_MARKERS)
// "2 Phó Chủ tịch": a small count before a title
const COUNT_AT = /[2-9] (?=\p{L})/uy
const countAt = (text: string, at: number) => (sticky(COUNT_AT, text, at) ? 2 : 0)
const GROUP_PHRASE_AT = /[^:;.!?\n]{1,60}: ?/uy
const MEMBER_SEPARATOR_AT = / ?(?:;|,)? ?(?:và |cùng )?/uy
const titlesEndAt = (text: string, at: number, readTitle: TitleAt) =>
  titlesAt(text, at, readTitle).at(-1)?.end ?? at

// "các ông, bà", "hai bà": plurals of the honorifics that also address any citizen
const addressesCitizens = (text: string, honorific: Range | null) =>
  honorific !== null && /^(?:ông|bà)$/iu.test(text.slice(honorific.start, honorific.end))

/** A list after "các đồng chí": members with their own titles, or sharing the titles before them. */
function listAt(
  text: string,
  listStart: number,
  at: number,
  honorific: Range | null,
  readTitle: TitleAt,
): Introduction[] {
  let p = at
  let shared = text[p] === ' ' ? titlesAt(text, p + 1, readTitle) : []
  if (shared.length > 0) p = (shared.at(-1) as TitleMatch).end
  const colon = sticky(/ ?: ?/uy, text, p) ?? (shared.length === 0 ? sticky(GROUP_PHRASE_AT, text, p) : null)
  p = colon ? p + colon[0].length : p + (text[p] === ' ' ? 1 : 0)
  const members: Introduction[] = []
  // members named with no title of their own, who take the title a verb after the list gives
  const untitled = new Set<Introduction>()
  let appointed: readonly TitleMatch[] = []
  for (;;) {
    const person = personAt(text, p)
    if (!person) break
    const own = titlesAfter(text, person.end, readTitle)
    const titles = [...shared, ...own.titles]
    const withHonorific = { ...person, honorific: person.honorific ?? honorific }
    // "tặng quà cho các ông, bà: A (thương binh), B": a plural "ông"/"bà" addresses citizens;
    // only a member with a title is an official
    const vouched = titles.length > 0 || !addressesCitizens(text, honorific)
    if (vouched && isPerson(text, withHonorific, titles, true)) {
      const member = introduce(shared.length > 0 ? listStart : person.start, withHonorific, titles, own.end)
      members.push(member)
      if (own.titles.length === 0) untitled.add(member)
    }
    appointed = own.appointed
    const separator = sticky(MEMBER_SEPARATOR_AT, text, own.end)
    if (!separator || separator[0].length === 0) break
    // "các đồng chí nguyên Tổng Bí thư: A, B; C, Thủ tướng …": a title shared before the colon
    // ends with the group it heads
    if (separator[0].includes(';')) shared = []
    p = own.end + separator[0].length
  }
  // "Các đồng chí: A, B, C cũng tái đắc cử Bí thư Trung ương Đoàn": the verb after the list gives
  // its title to the members named without one.
  if (appointed.length === 0 || untitled.size === 0) return members
  return members.map((m) => (untitled.has(m) ? { ...m, titles: [...m.titles, ...appointed] } : m))
}

// "Chủ tịch Hội CCB xã Ngũ Kiên (Vĩnh Tường) Nguyễn Văn Cảnh": a place in parentheses after a title
const PLACE_ASIDE_AT = / \(\p{Lu}[^()\n]{1,40}\)/uy
// What joins titles to the name after them: a space, or a comma or dash before a name marked as one
const GAP_AT = / ?(?:,|-)? /uy
// "Thay mặt Chủ tịch UBND tỉnh, ông X trao …": titles after these words are someone else's
const NOT_OWN_BEFORE = /(?:thay mặt|của|với|cho|gửi|tặng|trao|tiếp|gặp|thăm|chúc mừng)\s$/iu

/**
 * The person named right after titles: "Chủ tịch UBND huyện Nguyễn Văn A", "… đồng chí Nguyễn Văn
 * A", "Bí thư Tỉnh ủy Hà Giang, ông Triệu Tài Vinh", "Chủ tịch Hội Nông dân huyện - ông Nguyễn Văn
 * B", "… tỉnh Bạc Liêu - Lương Văn Pho". After a comma or a dash the name needs an honorific, a
 * rank, a kinship term or (after a dash) a family name, and no titles of its own.
 */
function personAfterTitles(
  text: string,
  at: number,
  titlesEnd: number,
  honorific: boolean,
  readTitle: TitleAt,
): Person | null {
  const aside = sticky(PLACE_ASIDE_AT, text, titlesEnd)
  const from = aside ? titlesEnd + aside[0].length : titlesEnd
  const gap = sticky(GAP_AT, text, from)
  const after = gap ? personAt(text, from + gap[0].length) : null
  if (!after || !gap) return null
  const marked = after.honorific !== null || after.rank !== null || after.name.start > after.start
  if (marked && NOT_OWN_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return null
  if (gap[0] === ' ') return honorific && after.honorific ? null : after
  if (honorific || titlesAfter(text, after.end, readTitle).titles.length > 0) return null
  const dash = gap[0].includes('-')
  const name = text.slice(after.name.start, after.name.end)
  return marked || (dash && startsWithSurname(name)) ? after : null
}

// "cố Tổng Bí thư …", "cố Thủ tướng …": a late leader, named in remembrance
const lateBefore = (text: string, at: number) =>
  at >= 3 && text[at - 1] === ' ' && /^[cC][ốỐ]$/u.test(text.slice(at - 3, at - 1))

/** What a scanner finds at one position: the introductions, and where the next may start. */
export interface IntroductionsHere {
  readonly intros: Introduction[]
  /**
   * The end of what was read when nothing was found: titles with no one after them ("Bí thư Huyện
   * ủy, Chủ tịch UBND huyện, …") introduce no one from any of their words either, so a scanner
   * goes on after them. `at` when there is nothing to skip.
   */
  readonly skipTo: number
}

const found = (intros: Introduction[], skipTo: number): IntroductionsHere => ({ intros, skipTo })

/**
 * False only where `scanIntroductionsAt` surely finds nothing and skips nothing ({ intros: [],
 * skipTo: at }): no person, plural, count or title starts at `at`. Most lower-case words a scanner
 * tries are such, and this test costs a fraction of the scan.
 */
export function mayIntroduceAt(text: string, at: number, readTitle: TitleAt = titleAt): boolean {
  return (
    mayStartPersonAt(text, at) ||
    pluralAt(text, at) > 0 ||
    countAt(text, at) > 0 ||
    readTitle(text, at) !== null
  )
}

/** Introductions starting exactly at `at`: none, one, or the members of a list. */
export function introductionsAt(text: string, at: number): Introduction[] {
  return scanIntroductionsAt(text, at).intros
}

/**
 * Introductions starting exactly at `at`, with where to go on when there are none. `readTitle`
 * reads the titles that open an introduction (a scanner passes one that remembers them).
 */
export function scanIntroductionsAt(
  text: string,
  at: number,
  readTitle: TitleAt = titleAt,
): IntroductionsHere {
  if (lateBefore(text, at)) return found([], at)
  const honorific = honorificAt(text, at)
  if (honorific?.plural) return found(listAt(text, at, honorific.end, honorific.word, readTitle), at)
  // "các Phó Chủ tịch UBND tỉnh: A, B": a plural title with a colon introduces a list too, and a
  // counted one with two names or more after it: "2 Phó Chủ tịch Hà Sĩ Đồng và Hoàng Nam".
  const plural = honorific ? 0 : pluralAt(text, at) || countAt(text, at)
  if (plural > 0) {
    const titlesEnd = titlesEndAt(text, at + plural, readTitle)
    if (titlesEnd > at + plural && /^ ?:/u.test(text.slice(titlesEnd, titlesEnd + 2))) {
      return found(listAt(text, at, at + plural - 1, null, readTitle), at)
    }
    const members = titlesEnd > at + plural ? listAt(text, at, at + plural - 1, null, readTitle) : []
    if (members.length >= 2) return found(members, at)
  }
  const person = personAt(text, at)
  if (person) {
    const { titles, end } = titlesAfter(text, person.end, readTitle)
    if (isPerson(text, person, titles, false)) return found([introduce(at, person, titles, end)], at)
    // "Phó Chánh văn phòng UBND tỉnh Lê Văn Long": capitalised title words are no name
    if (person.start !== person.name.start) return found([], at)
  }
  // Titles first: "[đồng chí] Bí thư Huyện ủy, Chủ tịch HĐND huyện [,] [Đại tá] Phạm Tiến Dũng".
  const p = spaceAfter(text, honorific, at)
  if (honorific && p === at) return found([], at)
  const titles = titlesAt(text, p, readTitle)
  if (titles.length === 0) return found([], at)
  const titlesEnd = (titles.at(-1) as TitleMatch).end
  const named = personAfterTitles(text, at, titlesEnd, honorific !== null, readTitle)
  if (named) {
    const person = { ...named, start: at, honorific: honorific?.word ?? named.honorific }
    // "Tổng Bí thư Tô Lâm, Bí thư Quân ủy Trung ương, …": more titles after the name
    const after = titlesAfter(text, named.end, readTitle)
    const all = [...titles, ...after.titles]
    return found(isPerson(text, person, all, false) ? [introduce(at, person, all, after.end)] : [], at)
  }
  if (!honorific) return found([], titlesEnd)
  const reference = {
    start: at,
    end: titlesEnd,
    name: null,
    honorific: honorific.word,
    rank: null,
    academic: null,
    titles,
  }
  return found([reference], at)
}
