/**
 * The name part of an organization, after its head: a sector ("Sở" + "Văn hóa, Thể thao và Du
 * lịch", "Phòng" + "Kinh tế - Hạ tầng"), a proper name ("Báo" + "Thanh Hóa", "Công ty" + "TNHH Minh
 * Phát"), a school ("Trường" + "THCS Nguyễn Du") or a number ("Quân khu" + "4"). Known sectors are
 * matched whole, so the comma inside "Văn hóa, Thể thao và Du lịch" never splits a title; unknown
 * names are read as capitalised words, each with at most one lower-case syllable ("Y tế", "Nội
 * vụ"), joined by "và", "-" or "&". Used by ./organization.ts.
 */
import type { Range } from '../document.js'
import { NAME_PHRASES, ORGANIZATION_HEADS, SCHOOL_TYPES, SECTOR_NAMES } from '../lexicon/organizations.js'
import { NAME_STOP_WORDS } from '../lexicon/places.js'
import { RANKS } from '../lexicon/ranks.js'
import { OFFICES } from '../lexicon/titles.js'
import { lexiconAt, stickyAt } from './lexicon-at.js'
import { capitalisedSyllablesAt, startsWithSurname } from './person-name.js'

// Sectors are written with "&" for "và" and with or without spaces around "-" ("Nông nghiệp &
// Phát triển nông thôn", "VH - TT&DL"): every known name is matched in each of these spellings.
const sectorSpellings = (name: string) => {
  const spaced = name.replace(/ ?- ?/g, ' - ')
  return [
    name,
    spaced,
    name.replace(/ - /g, '-'),
    name.replace(/ và /g, ' & '),
    spaced.replace(/ và /g, ' & '),
  ]
}
const sectorAt = lexiconAt(SECTOR_NAMES.flatMap(sectorSpellings))
const namePhraseAt = lexiconAt(NAME_PHRASES, { flags: 'u' })
const schoolTypeAt = lexiconAt(SCHOOL_TYPES, { flags: 'u' })
// A capitalised word, an abbreviation ("KH&ĐT", "PT-TH"), or a number.
const WORD_AT =
  /(?:\p{Lu}[\p{Ll}\p{M}]{0,10}|\p{Lu}[\p{Lu}\p{N}]{0,9}(?:[&-]\p{Lu}[\p{Lu}\p{N}]{0,9}){0,3}|\d{1,4})(?![\p{L}\p{M}\p{N}&])/uy
const LOWER_AT = /[\p{Ll}][\p{Ll}\p{M}]{0,10}(?![\p{L}\p{M}\p{N}])/uy
const JOINER_AT = /(?: và | - |-| & |&|, | )/uy
const UNIT_WORDS = [
  'tỉnh',
  'huyện',
  'xã',
  'thị xã',
  'thị trấn',
  'thành phố',
  'quận',
  'phường',
  'thôn',
  'bản',
  'khu vực',
]
// Where a name cannot go on: an office, a body of its own (the parent), a unit, a verb, a rank
// ("Phòng PC03, PA06 và Đại tá Trần Anh Sơn": the officer is no part of the list of bodies).
const endsNameAtLexicon = lexiconAt([
  ...OFFICES.filter((o) => o.includes(' ')),
  ...RANKS,
  ...ORGANIZATION_HEADS.flatMap((h) => h.forms).filter((f) => f.includes(' ') || /^\p{Lu}{2}/u.test(f)),
  ...UNIT_WORDS,
  ...NAME_STOP_WORDS,
])

const endsNameAt = (text: string, at: number) => endsNameAtLexicon.endAt(text, at) >= 0
// Two capitalised syllables led by a family name: a person, not the rest of a body's name.
const personStartsAt = (text: string, at: number) => {
  const run = capitalisedSyllablesAt(text, at, 3)
  return run.length >= 2 && startsWithSurname(text.slice(at, (run.at(-1) as Range).end))
}

/**
 * Capitalised words from `at` (the first one required): at most `maxWords`, each optionally with
 * `lowerPerWord` lower-case syllables. `people` lets person names through (schools, newspapers) and
 * lets the name open with a unit word ("Đồn Biên phòng Bản Giàng"). A comma joins words only when a
 * "và" follows ("Kinh tế, Hạ tầng và Đô thị"); otherwise it ends the name.
 */
function wordsAt(
  text: string,
  at: number,
  maxWords: number,
  lowerPerWord: number,
  people: boolean,
): Range | null {
  let end = -1
  let p = at
  let safeEnd = -1
  let closed = true
  let nameLike = false
  for (let words = 0; words < maxWords; words++) {
    if (!(people && words === 0) && endsNameAt(text, p)) break
    if (!people && personStartsAt(text, p)) break
    const word = namePhraseAt(text, p) ?? stickyAt(WORD_AT, text, p)
    if (!word) break
    end = p + word[0].length
    // After a word written as a name ("Lê Lợi", "Ba Sơn"), a lower-case syllable is the verb of the
    // sentence ("Trường THCS Lê Lợi nằm"), not part of a compound word ("Xây dựng", "Đa khoa").
    const lowerAllowed = nameLike ? 0 : lowerPerWord
    let lowers = 0
    for (; lowers < lowerAllowed && text[end] === ' ' && !endsNameAt(text, end + 1); lowers++) {
      const lower = stickyAt(LOWER_AT, text, end + 1)
      if (!lower) break
      end += 1 + lower[0].length
    }
    if (lowers === 0 && /^\p{Lu}\P{Lu}*$/u.test(word[0])) nameLike = true
    if (closed) safeEnd = end
    const joiner = stickyAt(JOINER_AT, text, end)
    const next = joiner ? end + joiner[0].length : -1
    if (!joiner || !(stickyAt(WORD_AT, text, next) ?? namePhraseAt(text, next))) break
    if (joiner[0] === ', ') closed = false
    else if (joiner[0] === ' và ') closed = true
    p = end + joiner[0].length
  }
  return safeEnd < 0 ? null : { start: at, end: safeEnd }
}

/** A sector name: known ("Văn hóa, Thể thao và Du lịch") or, unless `knownOnly`, by grammar. */
export function sectorNameAt(text: string, at: number, knownOnly = false): Range | null {
  const known = sectorAt(text, at)
  // a sector name is written capitalised ("Sở Y tế"); "Sở tham mưu" is a verb phrase
  if (known && /^\p{Lu}/u.test(known[0])) return { start: at, end: at + known[0].length }
  return knownOnly ? null : wordsAt(text, at, 5, 1, false)
}

// A company's legal form, then its line of business in lower case, then its name: "TNHH cơ khí
// Quyết Tiến", "Cổ phần xuất nhập khẩu nông sản Xanh Việt", "cổ phần Cà phê Phước An".
const LEGAL_FORM_AT =
  /(?:TNHH(?: MTV)?|CP|MTV|Cổ phần|cổ phần|trách nhiệm hữu hạn(?: một thành viên)?)(?= \p{L})/uy
const BUSINESS_WORD_AT = /\p{Ll}[\p{Ll}\p{M}]{0,10}(?![\p{L}\p{M}\p{N}])/uy
const MAX_BUSINESS_WORDS = 8

// "Thiết bị": a compound's second syllable that is also a function word
const COMPOUND_SECOND = new Set(['bị'])
// verbs that end a company's name ("Công ty TNHH An tặng quà …")
const VERBS_AFTER_NAME = new Set(['trao', 'tặng', 'nhận', 'dự', 'thăm', 'gửi'])
const CAPITALISED_WORD_AT = /\p{Lu}[\p{Ll}\p{M}]{0,10}(?![\p{L}\p{M}\p{N}])/uy

/**
 * After a legal form, a line of business whose first word is capitalised, then the name: "TNHH
 * Thiết bị giáo dục Hồng Hà", "TNHH Xây dựng và thương mại An Phát". Null unless lower-case words
 * follow the first one and a name that is no body of its own ends the run.
 */
function capitalisedBusinessAt(text: string, at: number): number {
  const first = stickyAt(CAPITALISED_WORD_AT, text, at)
  if (!first) return -1
  let p = at + first[0].length
  for (let k = 0; k < MAX_BUSINESS_WORDS && text[p] === ' '; k++) {
    const word = stickyAt(BUSINESS_WORD_AT, text, p + 1)
    if (!word) {
      if (k === 0 || endsNameAt(text, p + 1)) return -1
      const name = wordsAt(text, p + 1, 5, 1, true)
      return name ? name.end : -1
    }
    const allowed = word[0] === 'và' || (k === 0 && COMPOUND_SECOND.has(word[0])) || !endsNameAt(text, p + 1)
    if (!allowed || VERBS_AFTER_NAME.has(word[0])) return -1
    p += 1 + word[0].length
  }
  return -1
}

/** A proper name: capitalised words, abbreviations and numbers ("TNHH Minh Phát", "Nhân Dân"). */
export function properNameAt(text: string, at: number): Range | null {
  const legal = stickyAt(LEGAL_FORM_AT, text, at)
  const business =
    legal && text[at + legal[0].length] === ' ' ? capitalisedBusinessAt(text, at + legal[0].length + 1) : -1
  if (business > 0) return { start: at, end: business }
  if (legal) {
    let p = at + legal[0].length
    for (let k = 0; k <= MAX_BUSINESS_WORDS && text[p] === ' '; k++) {
      const name = wordsAt(text, p + 1, 5, 1, true)
      if (name) return { start: at, end: name.end }
      // "sản xuất và thương mại": "và" joins the lines of business
      const joins = text.startsWith('và ', p + 1)
      if (k === MAX_BUSINESS_WORDS || (!joins && endsNameAt(text, p + 1))) break
      const word = stickyAt(BUSINESS_WORD_AT, text, p + 1)
      if (!word) break
      p += 1 + word[0].length
    }
  }
  return wordsAt(text, at, 6, 1, true)
}

/** A school: its type, its name, or both ("THCS Nguyễn Du", "Mầm non Hoa Sen", "Lê Lợi"). */
export function schoolNameAt(text: string, at: number): Range | null {
  const type = schoolTypeAt(text, at)
  const afterType = type ? at + type[0].length : at
  const name = text[afterType] === ' ' || !type ? properNameAt(text, afterType + (type ? 1 : 0)) : null
  if (name) return { start: at, end: name.end }
  return type ? { start: at, end: afterType } : null
}

const NUMBER_AT = /(?:\d{1,4}|[IVX]{1,5})(?![\p{L}\p{N}])/uy

/** A unit number ("Quân khu 4", "Sư đoàn 324") or, failing that, a proper name ("Quân khu Thủ đô"). */
export function unitNumberAt(text: string, at: number): Range | null {
  const m = stickyAt(NUMBER_AT, text, at)
  return m ? { start: at, end: at + m[0].length } : wordsAt(text, at, 2, 0, false)
}

/** The name a head takes ("sector", "known", "proper", "school", "number") starting at `at`. */
export function headNameAt(takes: string, text: string, at: number): Range | null {
  switch (takes) {
    case 'sector':
      return sectorNameAt(text, at)
    case 'known':
      return sectorNameAt(text, at, true)
    case 'proper':
      return properNameAt(text, at)
    case 'school':
      return schoolNameAt(text, at)
    case 'number':
      return unitNumberAt(text, at)
    default:
      return null
  }
}
