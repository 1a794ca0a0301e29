/**
 * One introduced person: [honorific] [rank] [academic degree] name, and the titles written after
 * the name (", Bí thư Huyện uỷ", " - Chủ tịch UBND huyện", " (Phó Chủ tịch UBND tỉnh)", or given by
 * a verb: "… tái đắc cử Chủ tịch Hội Nông dân huyện"). The parts come from their own recognizers;
 * ./introduction.ts puts people into lists and reads titles written before names.
 */
import type { Range } from '../document.js'
import { ACADEMIC_DEGREES } from '../lexicon/academic.js'
import { ADDRESS_TERMS } from '../lexicon/honorifics.js'
import { ROLE_VERBS } from '../lexicon/roles.js'
import { APPOINTING_VERBS, COPULAS, HOLDING_VERBS } from '../lexicon/titles.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { academicAt } from './academic.js'
import { capitalsNameAt } from './capitals-name.js'
import { isUpperLetter } from './char-class.js'
import { honorificAt } from './honorific.js'
import { isUpperCase, wordBeforeSpaceAt } from './lexicon-at.js'
import { isHistoricalFigure, type NameMatch, personNameAt, startsWithSurname } from './person-name.js'
import { isPlaceName } from './place.js'
import { rankAt } from './rank.js'
import { type TitleAt, type TitleMatch, titleAt, titlesAt } from './title.js'

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
const addressTermAt = wordBeforeSpaceAt(ADDRESS_TERMS)
// "… tái đắc cử chức Chủ tịch Hội Nông dân huyện", "… được Ban Chấp hành tín nhiệm bầu giữ chức …",
// "… được điều động, bổ nhiệm giữ chức vụ …", "… làm Trưởng Công an xã", "… cũng là Chủ tịch Hội"
const APPOINTED_AT = new RegExp(
  `,?(?: (?:đã|cũng|vừa|chính thức)){0,2}(?: được(?: [^\\s.;:]{1,12}){0,5}? ${alternation(APPOINTING_VERBS)}(?: tiếp tục)?(?: ${alternation([...HOLDING_VERBS, ...COPULAS])}| chức(?: vụ)?)?| (?:tiếp tục )?${alternation(HOLDING_VERBS)}(?: chức(?: vụ)?)?| ${alternation(COPULAS)}) `,
  'iuy',
)
// "… làm trưởng đoàn": leading a delegation is a role (src/recognizers/role.ts), not a position
const DELEGATION_HEAD_AT = new RegExp(` ${alternation(ROLE_VERBS.delegation_head)}${WORD_END}`, 'iuy')
// "Giám đốc Công an tỉnh (trước khi sáp nhập) giữ chức vụ …": an aside before the verb
const TITLE_ASIDE_AT = / \([^()\n]{1,40}\)/uy
export const spaceAfter = (text: string, r: Range | null, at: number) =>
  r && text[r.end] === ' ' ? r.end + 1 : at

// Degrees are matched case-sensitively: when all start with a capital, none starts at another letter.
const DEGREES_START_CAPITALISED = ACADEMIC_DEGREES.every((degree) => /^\p{Lu}/u.test(degree))

/**
 * False only where `personAt` surely finds no one: no capital (nor a letter with a capital's case)
 * at `at`, and no honorific, kinship term, rank or degree. A cheap test for the scanners, which try
 * many lower-case words.
 */
export function mayStartPersonAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (isUpperLetter(c) || isUpperCase(c)) return true
  return (
    honorificAt(text, at) !== null ||
    addressTermAt(text, at) > 0 ||
    rankAt(text, at) !== null ||
    (!DEGREES_START_CAPITALISED && academicAt(text, at) !== null)
  )
}

/** [honorific] [rank] [academic] name, starting at `at`. */
export function personAt(text: string, at: number): Person | null {
  const honorific = honorificAt(text, at)
  if (honorific?.plural) return null
  const addressed = honorific ? 0 : addressTermAt(text, at)
  let p = addressed > 0 ? at + addressed : spaceAfter(text, honorific, at)
  const rank = rankAt(text, p)
  p = spaceAfter(text, rank, p)
  const academic = academicAt(text, p)
  p = academic ? (text[academic.end] === ' ' ? academic.end + 1 : academic.end) : p
  const name = personNameAt(text, p) ?? capitalsNameAt(text, p)
  if (!name) return null
  return { start: at, end: name.end, name, honorific: honorific?.word ?? null, rank, academic }
}

export interface TitlesAfter {
  /** Every title, the written ones first. */
  readonly titles: TitleMatch[]
  /** Those a verb gives ("… tái đắc cử Chủ tịch Hội"): shared by a list of people before the verb. */
  readonly appointed: TitleMatch[]
  readonly end: number
}

/**
 * True when a person follows `at`: a full name led by a family name (not a place such as "Hà Nội"),
 * possibly after a rank or a degree ("Trưởng Công an huyện Thượng tá Nguyễn Quang Thành").
 */
function personNameFollows(text: string, at: number): boolean {
  const person = text[at] === ' ' ? personAt(text, at + 1) : null
  if (!person || person.honorific) return false
  if (person.rank) return true
  const written = text.slice(person.name.start, person.name.end)
  return startsWithSurname(written) && !isPlaceName(written)
}

/** The index of the first title after the last comma between `titles`; 0 when there is none. */
function lastCommaGroup(text: string, titles: readonly TitleMatch[]): number {
  for (let i = titles.length - 1; i > 0; i--) {
    if (text.slice((titles[i - 1] as TitleMatch).end, (titles[i] as TitleMatch).start).includes(',')) return i
  }
  return 0
}

/**
 * Titles after a name: ", Bí thư Huyện uỷ", " - Chủ tịch UBND huyện", " (Phó Chủ tịch UBND tỉnh)".
 * `readTitle` reads one title (a scanner passes one that remembers them).
 */
export function titlesAfter(text: string, at: number, readTitle: TitleAt = titleAt): TitlesAfter {
  const aside = sticky(ASIDE_AT, text, at)
  const from = aside ? at + aside[0].length : at
  const opener = sticky(TITLES_OPENER_AT, text, from)
  let titles = opener ? titlesAt(text, from + opener[0].length, readTitle) : []
  let end = at
  if (titles.length > 0) {
    end = (titles.at(-1) as TitleMatch).end
    if (opener?.[0].includes('(') && text[end] === ')') end++
    // "A, Phó Bí thư Thành ủy B, Phó Chủ tịch UBND TP C": titles right before a name are that name's;
    // "A, Trưởng ban Dân vận, Trưởng Công an huyện Thượng tá B": those after the last comma are.
    if (!opener?.[0].includes('(') && personNameFollows(text, end)) {
      const next = lastCommaGroup(text, titles)
      titles = titles.slice(0, next)
      end = next > 0 ? (titles.at(-1) as TitleMatch).end : at
    }
  }
  // A title the sentence gives the person: "đồng chí X tái đắc cử Chủ tịch Hội CCB huyện".
  const titleAside = titles.length > 0 ? sticky(TITLE_ASIDE_AT, text, end) : null
  const verbAt = titleAside ? end + titleAside[0].length : end
  const verb = sticky(DELEGATION_HEAD_AT, text, verbAt) ? null : sticky(APPOINTED_AT, text, verbAt)
  const appointed = verb ? titlesAt(text, verbAt + verb[0].length, readTitle) : []
  if (appointed.length > 0) {
    return { titles: [...titles, ...appointed], appointed, end: (appointed.at(-1) as TitleMatch).end }
  }
  return { titles, appointed: [], end }
}

const LOCAL_LEVELS = new Set(['province', 'district', 'commune'])
// A title that ties its holder to a province, a district or a commune: no founder or hero held one
// in the articles' time, so a historical name with such a title is a namesake in office.
const namesLocalBody = (title: TitleMatch) =>
  title.organization !== null &&
  (title.organization.place !== null || LOCAL_LEVELS.has(title.organization.level ?? ''))

export function isPerson(
  text: string,
  person: Person,
  titles: readonly TitleMatch[],
  inList: boolean,
): boolean {
  const name = text.slice(person.name.start, person.name.end)
  if (isHistoricalFigure(name) && !titles.some(namesLocalBody)) return false
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
