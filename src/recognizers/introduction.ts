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
import { alternation } from '../text/pattern.js'
import { honorificAt } from './honorific.js'
import {
  type Introduction,
  introduce,
  isPerson,
  personAt,
  spaceAfter,
  sticky,
  titlesAfter,
} from './introduced-person.js'
import { type TitleMatch, titlesAt } from './title.js'

export type { Introduction }

const PLURAL_AT = new RegExp(`${alternation(PLURAL_MARKERS)} `, 'iuy')
const GROUP_PHRASE_AT = /[^:;.!?\n]{1,60}: ?/uy
const MEMBER_SEPARATOR_AT = / ?(?:;|,)? ?(?:và |cùng )?/uy
const titlesEndAt = (text: string, at: number) => titlesAt(text, at).at(-1)?.end ?? at

/** A list after "các đồng chí": members with their own titles, or sharing the titles before them. */
function listAt(text: string, listStart: number, at: number, honorific: Range | null): Introduction[] {
  let p = at
  const shared = text[p] === ' ' ? titlesAt(text, p + 1) : []
  if (shared.length > 0) p = (shared.at(-1) as TitleMatch).end
  const colon = sticky(/ ?: ?/uy, text, p) ?? (shared.length === 0 ? sticky(GROUP_PHRASE_AT, text, p) : null)
  p = colon ? p + colon[0].length : p + (text[p] === ' ' ? 1 : 0)
  const members: Introduction[] = []
  for (;;) {
    const person = personAt(text, p)
    if (!person) break
    const own = titlesAfter(text, person.end)
    const titles = [...shared, ...own.titles]
    const withHonorific = { ...person, honorific: person.honorific ?? honorific }
    if (isPerson(text, withHonorific, titles, true)) {
      members.push(introduce(shared.length > 0 ? listStart : person.start, withHonorific, titles, own.end))
    }
    const separator = sticky(MEMBER_SEPARATOR_AT, text, own.end)
    if (!separator || separator[0].length === 0) break
    p = own.end + separator[0].length
  }
  return members
}

/** Introductions starting exactly at `at`: none, one, or the members of a list. */
export function introductionsAt(text: string, at: number): Introduction[] {
  const honorific = honorificAt(text, at)
  if (honorific?.plural) return listAt(text, at, honorific.end, honorific.word)
  // "các Phó Chủ tịch UBND tỉnh: A, B": a plural title with a colon introduces a list too.
  const plural = honorific ? null : sticky(PLURAL_AT, text, at)
  if (plural && /^ ?:/u.test(text.slice(titlesEndAt(text, at + plural[0].length)))) {
    return listAt(text, at, at + plural[0].length - 1, null)
  }
  const person = personAt(text, at)
  if (person) {
    const { titles, end } = titlesAfter(text, person.end)
    return isPerson(text, person, titles, false) ? [introduce(at, person, titles, end)] : []
  }
  // Titles first: "[đồng chí] Bí thư Huyện ủy, Chủ tịch HĐND huyện [,] [Đại tá] Phạm Tiến Dũng".
  const p = spaceAfter(text, honorific, at)
  if (honorific && p === at) return []
  const titles = titlesAt(text, p)
  if (titles.length === 0) return []
  const titlesEnd = (titles.at(-1) as TitleMatch).end
  const gap = sticky(/,? /uy, text, titlesEnd)
  const after = gap ? personAt(text, titlesEnd + gap[0].length) : null
  if (after && !after.honorific && (gap?.[0] === ' ' || after.rank)) {
    const named = { ...after, start: at, honorific: honorific?.word ?? null }
    return isPerson(text, named, titles, false) ? [introduce(at, named, titles, after.end)] : []
  }
  if (!honorific) return []
  return [
    { start: at, end: titlesEnd, name: null, honorific: honorific.word, rank: null, academic: null, titles },
  ]
}
