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
  TITLE_JOINERS,
  TITLE_TERMS,
} from '../lexicon/titles.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { lexiconAt } from './lexicon-at.js'
import { type OrganizationMatch, organizationAt } from './organization.js'
import { placeAt } from './place.js'

export interface TitleMatch extends Range {
  /** The office without its body ("Phó Chủ tịch"). */
  readonly office: Range
  readonly organization: OrganizationMatch | null
}

// Any office may take "Phó" (deputy): "Phó Chủ nhiệm Chính trị", "Phó Sư đoàn trưởng".
const officeAt = lexiconAt(OFFICES, { prefix: { pattern: 'phó ', words: ['phó'] } })
const PREFIX_AT = new RegExp(`${alternation(OFFICE_PREFIXES)} `, 'iuy')
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
const INNER_WORD = / (?=\p{L})/gu

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at
  return re.exec(text)
}

/** One title starting exactly at `at`. */
export function titleAt(text: string, at: number): TitleMatch | null {
  const prefix = sticky(PREFIX_AT, text, at)
  const officeStart = prefix ? at + prefix[0].length : at
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
  if (organization) end = organization.end
  else if (innerPlaceEnd > 0) end = innerPlaceEnd
  else {
    const place = text[end] === ' ' ? placeAt(text, end + 1) : null
    if (place) end = place.end
    else if (NEEDS_BODY.has(canonicalize(m[0]))) return null
  }
  const term = sticky(TERM_AT, text, end)
  if (term) end += term[0].length
  return { start: at, end, office, organization }
}

/** Titles of one person from `at`: "Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh". */
export function titlesAt(text: string, at: number): TitleMatch[] {
  const titles: TitleMatch[] = []
  let title = titleAt(text, at)
  while (title) {
    titles.push(title)
    const separator = sticky(SEPARATOR_AT, text, title.end)
    title = separator ? titleAt(text, title.end + separator[0].length) : null
  }
  return titles
}
