/**
 * One introduced person: [honorific] [rank] [academic degree] name, and the titles written after
 * the name (", Bí thư Huyện uỷ", " - Chủ tịch UBND huyện", " (Phó Chủ tịch UBND tỉnh)", or given by
 * a verb: "… tái đắc cử Chủ tịch Hội Nông dân huyện"). The parts come from their own recognizers;
 * ./introduction.ts puts people into lists and reads titles written before names.
 */
import type { Range } from '../document.js'
import { ADDRESS_TERMS } from '../lexicon/honorifics.js'
import { APPOINTING_VERBS, HOLDING_VERBS } from '../lexicon/titles.js'
import { alternation } from '../text/pattern.js'
import { academicAt } from './academic.js'
import { honorificAt } from './honorific.js'
import { isHistoricalFigure, type NameMatch, personNameAt, startsWithSurname } from './person-name.js'
import { isPlaceName } from './place.js'
import { rankAt } from './rank.js'
import { type TitleMatch, titlesAt } from './title.js'

export interface Introduction extends Range {
  /** Null for a reference by title alone ("đồng chí Bí thư Huyện ủy"). */
  readonly name: NameMatch | null
  /** The honorific word ("đồng chí", also for "các đồng chí"). */
  readonly honorific: Range | null
  readonly rank: Range | null
  readonly academic: Range | null
  readonly titles: readonly TitleMatch[]
}

export interface Person extends Range {
  readonly name: NameMatch
  readonly honorific: Range | null
  readonly rank: Range | null
  readonly academic: Range | null
}

export const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at
  return re.exec(text)
}
const TITLES_OPENER_AT = / ?(?:,|-|\(|:) ?/uy
// "Hà Văn Tâm (48 tuổi), Bí thư Đảng ủy xã": an aside between a name and its titles.
const ASIDE_AT = / ?\((?:\d{1,3} tuổi|sinh năm \d{4}|SN \d{4})\)/uy
// "Anh Hồ Văn Thái, trưởng bản Rào Tre": a kinship term is not part of the name, nor an honorific.
const ADDRESS_TERM_AT = new RegExp(`${alternation(ADDRESS_TERMS)} `, 'iuy')
// "… tái đắc cử chức Chủ tịch Hội Nông dân huyện", "… được Ban Chấp hành tín nhiệm bầu giữ chức …"
const APPOINTED_AT = new RegExp(
  `(?: đã)?(?: được(?: [^\\s,.;:]{1,12}){0,4}? ${alternation(APPOINTING_VERBS)}(?: tiếp tục)?(?: giữ chức(?: vụ)?| làm| chức(?: vụ)?)?| (?:tiếp tục )?${alternation(HOLDING_VERBS)}(?: chức(?: vụ)?)?) `,
  'iuy',
)
export const spaceAfter = (text: string, r: Range | null, at: number) =>
  r && text[r.end] === ' ' ? r.end + 1 : at

/** [honorific] [rank] [academic] name, starting at `at`. */
export function personAt(text: string, at: number): Person | null {
  const honorific = honorificAt(text, at)
  if (honorific?.plural) return null
  const addressed = honorific ? null : sticky(ADDRESS_TERM_AT, text, at)
  let p = addressed ? at + addressed[0].length : spaceAfter(text, honorific, at)
  const rank = rankAt(text, p)
  p = spaceAfter(text, rank, p)
  const academic = academicAt(text, p)
  p = academic ? (text[academic.end] === ' ' ? academic.end + 1 : academic.end) : p
  const name = personNameAt(text, p)
  if (!name) return null
  return { start: at, end: name.end, name, honorific: honorific?.word ?? null, rank, academic }
}

/** Titles after a name: ", Bí thư Huyện uỷ", " - Chủ tịch UBND huyện", " (Phó Chủ tịch UBND tỉnh)". */
export function titlesAfter(text: string, at: number): { titles: TitleMatch[]; end: number } {
  const aside = sticky(ASIDE_AT, text, at)
  const from = aside ? at + aside[0].length : at
  const opener = sticky(TITLES_OPENER_AT, text, from)
  const titles = opener ? titlesAt(text, from + opener[0].length) : []
  let end = at
  if (titles.length > 0) {
    end = (titles.at(-1) as TitleMatch).end
    if (opener?.[0].includes('(') && text[end] === ')') end++
  }
  // A title the sentence gives the person: "đồng chí X tái đắc cử Chủ tịch Hội CCB huyện".
  const appointed = sticky(APPOINTED_AT, text, end)
  const more = appointed ? titlesAt(text, end + appointed[0].length) : []
  if (more.length > 0) return { titles: [...titles, ...more], end: (more.at(-1) as TitleMatch).end }
  return { titles, end }
}

export function isPerson(
  text: string,
  person: Person,
  titles: readonly TitleMatch[],
  inList: boolean,
): boolean {
  const name = text.slice(person.name.start, person.name.end)
  if (isHistoricalFigure(name)) return false
  if (person.rank || (person.honorific && /^đ/i.test(text.slice(person.honorific.start)))) return true
  // "ông", "bà" or nothing: a family name, or a title, must vouch for the name.
  if (person.honorific || inList) return startsWithSurname(name) || titles.length > 0
  return titles.length > 0 && startsWithSurname(name) && !isPlaceName(name)
}

export const introduce = (
  start: number,
  person: Person,
  titles: readonly TitleMatch[],
  end: number,
): Introduction => ({
  start,
  end: Math.max(end, person.end),
  name: person.name,
  honorific: person.honorific,
  rank: person.rank,
  academic: person.academic,
  titles,
})
