/**
 * Titles: an office and the body it heads ("Bí thư Huyện uỷ", "Chủ tịch UBND huyện Ngọc Lặc",
 * "Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh"), and lists of them joined by ",", "-",
 * "kiêm" or "đồng thời". A title ends where its body ends, so verbs and function words after it
 * stay out ("Bí thư Huyện uỷ đã đánh giá cao" → "Bí thư Huyện uỷ"), and a comma inside a body's
 * name never splits it ("Giám đốc Sở Văn hóa, Thể thao và Du lịch").
 */
import type { Range } from '../document.js'
import {
  OFFICE_PREFIXES,
  OFFICE_QUALIFIERS,
  OFFICES,
  OFFICES_NEEDING_BODY,
  OFFICES_TAKING_FIELD,
  TITLE_JOINERS,
  TITLE_TERMS,
} from '../lexicon/titles.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { lexiconAt, matchKey, startWordIds, wordBeforeSpaceAt } from './lexicon-at.js'
import { type OrganizationMatch, organizationAt } from './organization.js'
import { sectorNameAt } from './organization-name.js'
import { personNameAt, startsWithSurname } from './person-name.js'
import { placeAt } from './place.js'

export interface TitleMatch extends Range {
  /** The office without its body ("Phó Chủ tịch"). */
  readonly office: Range
  readonly organization: OrganizationMatch | null
}

// Any office may take "Phó" (deputy): "Phó Chủ nhiệm Chính trị", "Phó Sư đoàn trưởng".
const officeAt = lexiconAt(OFFICES, { prefix: { words: ['phó'] } })
const prefixAt = wordBeforeSpaceAt(OFFICE_PREFIXES)
/** Lower-cased words a title starts with ("bí", "phó", "nguyên"…), for scanners to skip others. */
export const TITLE_STARTS: ReadonlySet<number> = new Set([
  ...officeAt.starts,
  ...startWordIds(OFFICE_PREFIXES),
])
// A person's titles are a handful; a longer chain is a list of bodies, read in bounded pieces.
const MAX_TITLES = 12
const QUALIFIER_AT = new RegExp(` ${alternation(OFFICE_QUALIFIERS)}${WORD_END}`, 'uy')
const TERM_AT = new RegExp(
  ` ${alternation(TITLE_TERMS)} (?:[IVXL]{1,6}|\\d{1,2}|\\d{4} ?- ?\\d{4})(?![\\p{L}\\p{N}])`,
  'iuy',
)
// Case-sensitive: with the i flag, \p{Lu} would match lower case too.
const SEPARATOR_AT = new RegExp(
  `(?: ?, ?(?:${alternation(TITLE_JOINERS)} )?| - | ?-(?=\\p{Lu})| ${alternation(TITLE_JOINERS)} )`,
  'uy',
)
const NEEDS_BODY = new Set(OFFICES_NEEDING_BODY.map(canonicalize))
const TAKES_FIELD = new Set(OFFICES_TAKING_FIELD.map(canonicalize))
const INNER_WORD = / (?=\p{L})/gu

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at
  return re.exec(text)
}

/**
 * True when a bare body word is the family name of the person after the title: "Phó Chủ tịch Đoàn
 * Văn Hải" names Mr Đoàn Văn Hải, while in "Bí thư Đoàn Nguyễn Văn An" a full name follows the body.
 */
function surnameNotBody(text: string, organization: OrganizationMatch): boolean {
  if (!organization.bare || !startsWithSurname(text.slice(organization.start, organization.end))) return false
  const name = personNameAt(text, organization.start)
  if (!name || name.end <= organization.end) return false
  const after = text[organization.end] === ' ' ? personNameAt(text, organization.end + 1) : null
  return !after || !startsWithSurname(text.slice(after.start, after.end))
}

/** One title starting exactly at `at`. */
export function titleAt(text: string, at: number): TitleMatch | null {
  const officeStart = at + prefixAt(text, at)
  const m = officeAt(text, officeStart)
  if (!m) return null
  let office: Range = { start: officeStart, end: officeStart + m[0].length }
  // "Phó Chủ tịch Thường trực", "Phó Chủ tịch TT": the qualifier belongs to the office
  const qualifier = sticky(QUALIFIER_AT, text, office.end)
  if (qualifier) office = { start: office.start, end: office.end + qualifier[0].length }
  let end = office.end
  let organization = text[end] === ' ' ? organizationAt(text, end + 1, { inTitle: true }) : null
  // The office may end with the body's own first word: "Trưởng Ban Tổ chức Huyện ủy", "Trưởng Đoàn
  // đại biểu Quốc hội tỉnh". Take the reading that reaches further.
  let innerPlaceEnd = -1
  for (const inner of m[0].matchAll(INNER_WORD)) {
    const start = officeStart + inner.index + 1
    const body = organizationAt(text, start, { inTitle: true })
    if (body && body.end > (organization?.end ?? end)) {
      organization = body
      office = { start: officeStart, end: officeStart + inner.index }
    }
    // "trưởng bản Rào Tre": the office's last word is the unit of the place
    const place = organization ? null : placeAt(text, start)
    if (place?.name && place.end > end) innerPlaceEnd = place.end
  }
  if (organization && surnameNotBody(text, organization)) organization = null
  if (organization) end = organization.end
  else if (innerPlaceEnd > 0) end = innerPlaceEnd
  else {
    const place = text[end] === ' ' ? placeAt(text, end + 1) : null
    // the match view is folded: lower case and single spaces make the office's key
    const key = matchKey(m[0])
    const field =
      !place && text[end] === ' ' && TAKES_FIELD.has(key) ? sectorNameAt(text, end + 1, true) : null
    if (place) end = place.end
    else if (field) end = field.end
    else if (NEEDS_BODY.has(key)) return null
  }
  const term = sticky(TERM_AT, text, end)
  if (term) end += term[0].length
  return { start: at, end, office, organization }
}

/** How a title is read at a position: `titleAt`, or the same remembered by a scanner. */
export type TitleAt = (text: string, at: number) => TitleMatch | null

/** Titles of one person from `at`: "Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh". */
export function titlesAt(text: string, at: number, readTitle: TitleAt = titleAt): TitleMatch[] {
  const titles: TitleMatch[] = []
  let title = readTitle(text, at)
  while (title && titles.length < MAX_TITLES) {
    titles.push(title)
    const separator = sticky(SEPARATOR_AT, text, title.end)
    title = separator ? readTitle(text, title.end + separator[0].length) : null
  }
  return titles
}
