/**
 * Who wrote it and where it came from, one trimmed line of the matching view at a time: bylines
 * ("Tác giả: Minh Phương", a closing "BẢO NGUYÊN"), photo credits ("Ảnh: Đinh Yến"), source tags
 * ("(QNO) -", "QTO -") and attribution lines ("Theo Báo Quảng Nam").
 */
import {
  BARE_CREDITS,
  BYLINE_DESKS,
  BYLINE_PREFIXES,
  CREDIT_PREFIXES,
  EDITOR_PREFIXES,
  NOT_SOURCE_TAGS,
  SOURCE_PREFIXES,
} from '../lexicon/bylines.js'
import { isSpaceUnit } from './chars.js'
import { countTokens, isDateline } from './chrome-lines.js'
import { foldForMatching } from './normalize.js'
import { escapeRegExp } from './pattern.js'
import { alternationTrie } from './phrase-trie.js'

/** Lexicon alternations, for patterns compiled with "iu" (anyCase) or "u" (exact). */
const anyCase = (phrases: readonly string[]) => alternationTrie(phrases, 'iu')
const exact = (phrases: readonly string[]) => alternationTrie(phrases, 'u')

const BYLINE_PREFIX = new RegExp(`^\\(?${anyCase(BYLINE_PREFIXES)}\\s*:\\s*`, 'iu')
const EDITOR_PREFIX = new RegExp(`^\\(?${anyCase(EDITOR_PREFIXES)}\\s*:\\s*`, 'iu')
const DESK = new RegExp(`^\\(?${anyCase(BYLINE_DESKS)}\\)?\\.?$`, 'iu')

/** Length of a writer prefix ("Tác giả: ", "Tin, ảnh: "), 0 when the line has none. */
export function bylinePrefixLength(line: string): number {
  if (line.length > 160) return 0
  const m = BYLINE_PREFIX.exec(line)
  // "Tin: …" must be followed by a name ("Hoàng Anh - Đài TT huyện"), not by a sentence
  if (!m || line.length === m[0].length) return 0
  return leadingNamesLength(line.slice(m[0].length)) > 0 ? m[0].length : 0
}

/** "Biên tập: X", "Người đăng: admin": a staff line that does not name the writer. */
export function isEditorLine(line: string): boolean {
  return line.length <= 120 && EDITOR_PREFIX.test(line)
}

const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’]{0,11}|\\p{Lu}{2,12})"
const INITIALS = '(?:\\p{Lu}{1,2}\\.\\s?){1,3}'
const ONE_NAME = `(?:${INITIALS}${NAME_WORD}(?:\\s${NAME_WORD}){0,4}|${NAME_WORD}(?:\\s${NAME_WORD}){1,5}|${INITIALS}\\p{Lu}{1,2}\\.?)`
const NAMES = new RegExp(
  `^${ONE_NAME}(?:\\s*(?:[-,&]|và)\\s*${ONE_NAME}){0,3}(?:\\s*\\([^()\\n]{1,60}\\))?\\.?$`,
  'u',
)

const LEADING_NAMES = new RegExp(
  `^${ONE_NAME}(?=\\s*(?:[-,&()|]|và\\s|$))(?:\\s*(?:[-,&]|và)\\s*${ONE_NAME}(?=\\s*(?:[-,&()|]|và\\s|$))){0,3}`,
  'u',
)

/** Length of the names a byline starts with, up to an affiliation: "Hoàng Anh" in "Hoàng Anh - Đài TT huyện". */
export function leadingNamesLength(text: string): number {
  if (text.length > 160) return 0
  const desk = /^\(?[^()]{1,30}/u.exec(text)
  if (desk && DESK.test(desk[0].trim())) return desk[0].trim().length
  return LEADING_NAMES.exec(text)?.[0].length ?? 0
}

/** A word in lower case other than "và": no name line has one outside its brackets. */
const LOWER_WORD = /(?:^|\s)(?!và\s)\p{Ll}/u

/** A line that is only a writer's name or names: "Thu Phương", "BẢO NGUYÊN", "X.Trinh", "Minh Phương - Hải Yến". */
export function isNameLine(line: string): boolean {
  if (line.length > 120 || line.length < 2) return false
  // "MINH HẢI |": a byline cut from the dateline that followed it
  const name = line.slice(0, endBeforeSeparators(line))
  if (DESK.test(name)) return true
  const bracket = name.indexOf('(')
  return !LOWER_WORD.test(bracket < 0 ? name : name.slice(0, bracket)) && NAMES.test(name)
}

/**
 * "Minh Anh - 14:20 28/09/2023 GMT+7", "Trương Hồng 24/03/2017 10:21": a name, then (after a dash, a
 * bar or a space) a time stamp. The clock time is required: "Hà Nội, 24/3/2024" is a place dateline.
 */
const DATED_NAME = new RegExp(`^(${ONE_NAME})(?:\\s*[-|]\\s*|\\s+)(?=\\d|[Tt]hứ\\s|[Cc]hủ\\snhật)`, 'u')
const CLOCK = /(?:^|\D)\d{1,2}:\d{2}(?!\d)/u

/** Length of the name a time-stamped byline starts with, 0 when the line is not one. */
export function datedBylineNameLength(line: string): number {
  if (line.length > 100) return 0
  const m = DATED_NAME.exec(line)
  if (!m || m[1] === undefined) return 0
  const stamp = line.slice(m[0].length)
  if (!CLOCK.test(stamp) || !isDateline(stamp) || !isNameLine(m[1])) return 0
  return m[1].length
}

/** Where a trailing run of spaces, bars, bullets, commas and dashes begins. */
function endBeforeSeparators(line: string): number {
  let end = line.length
  while (end > 0 && isTrailingSeparator(line.charCodeAt(end - 1))) end--
  return end
}

// | • · , -
const isTrailingSeparator = (c: number) =>
  c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x2c || c === 0x2d || isSpaceUnit(c)

export function isDeskLine(line: string): boolean {
  return line.length <= 40 && DESK.test(line)
}

const CREDIT_LINE = new RegExp(`^\\(?${anyCase(CREDIT_PREFIXES)}(?:\\s*:[^:]{0,80})?\\)?\\.?$`, 'iu')
const BARE_CREDIT = new RegExp(`^\\(?${anyCase(BARE_CREDITS)}\\)?\\.?$`, 'iu')
/** A credit closing a caption: "… hội nghị. Ảnh: T.A", "… hội nghị (Ảnh: Quang Vinh)", "… - Ảnh minh họa". */
const TRAILING_CREDIT_PAREN = new RegExp(
  `(?:^|[\\s.,;-])(\\(\\s*${anyCase(CREDIT_PREFIXES)}\\s*(?::[^():]{1,60})?\\))\\.?$`,
  'iu',
)
// Case-sensitive: "… hình ảnh: …" inside a sentence is not a credit, "… Ảnh: T.A" is.
const TRAILING_CREDIT_BARE = new RegExp(
  `(?:^|[\\s.,;-])(${exact(CREDIT_PREFIXES)}\\s*:[^():]{1,60}|${exact(BARE_CREDITS)})\\.?$`,
  'u',
)
/** "Ảnh 1: …", "Ảnh trên: …": a numbered caption, not a credit. */
const NUMBERED_PHOTO = /^\(?ảnh\s*(?:\d{1,2}|trên|dưới|trái|phải|bên)\s*:/iu

/** "Ảnh: Đinh Yến", "Ảnh minh họa", "(Ảnh: TL)". */
export function isCreditLine(line: string): boolean {
  if (line.length > 120 || NUMBERED_PHOTO.test(line)) return false
  return CREDIT_LINE.test(line) || BARE_CREDIT.test(line)
}

/** Where a caption's trailing credit begins, or -1. */
export function trailingCreditStart(line: string): number {
  if (line.length > 480) return -1
  // The credit patterns can only match the end of a line shaped for them; most lines are not, and
  // scanning a long line with them costs more than the rest of its classification.
  const paren = endsWithParen(line) ? TRAILING_CREDIT_PAREN.exec(line) : null
  const m = paren ?? (mayEndWithBareCredit(line) ? TRAILING_CREDIT_BARE.exec(line) : null)
  if (!m || m[1] === undefined) return -1
  const start = m.index + m[0].indexOf(m[1])
  return start > 0 ? start : -1
}

/** ")" or ")." at the end: what TRAILING_CREDIT_PAREN needs. */
function endsWithParen(line: string): boolean {
  const last = line.endsWith('.') ? line.length - 2 : line.length - 1
  return line.charCodeAt(last) === 0x29
}

/** "… Ảnh: T.A.": a colon among the last 62 code units with no bracket or colon after it. */
const TAIL_COLON = /:[^():]*$/
/** "… Ảnh minh họa.": the last word of a bare credit (as matched, case-sensitive) at the end. */
const BARE_CREDIT_ENDINGS = [
  ...new Set(BARE_CREDITS.map((c) => foldForMatching(c.normalize('NFC')).trim().split(/ +/u).pop() ?? '')),
]
const BARE_CREDIT_ENDING = new RegExp(`(?:${BARE_CREDIT_ENDINGS.map(escapeRegExp).join('|')})\\.?$`)
const ENDING_LENGTH = Math.max(...BARE_CREDIT_ENDINGS.map((w) => w.length)) + 1

/**
 * What TRAILING_CREDIT_BARE needs at the end of the line: a credit with a colon, or a bare credit.
 * Only the end of the line is read (a search from the start would cost more than the rest of the
 * line's classification).
 */
function mayEndWithBareCredit(line: string): boolean {
  return TAIL_COLON.test(line.slice(-62)) || BARE_CREDIT_ENDING.test(line.slice(-ENDING_LENGTH))
}

export function isNumberedPhotoCaption(line: string): boolean {
  return NUMBERED_PHOTO.test(line)
}

const NOT_TAG = new RegExp(`^${exact(NOT_SOURCE_TAGS)}$`, 'u')
/** "(QNO) -", "(Quang Binh Portal) -", "(Baohaiduong.vn) -", "(PLO)-" at the start of the lead. */
const PAREN_TAG = /^\((?=[^()\n]{2,40}\))[^()\n\d]*\p{L}[^()\n]*\)\s*-\s*/u
/** "(QNO) Sáng nay…": an upper-case tag or a domain in brackets, without the dash. */
const PAREN_TAG_NO_DASH = /^\((?:\p{Lu}[\p{Lu}\d]{1,7}|[\p{L}\d-]{2,30}\.(?:vn|com|net|org))\)\s+(?=\p{Lu})/u
/** "QTO -", "BHG -", "TTXVN -", "Baoquangninh.vn -": an upper-case tag or a domain, then a dash. */
const BARE_TAG =
  /^(?:(\p{Lu}[\p{Lu}\d]{1,7})|[\p{L}\d-]{2,30}\.(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn))\s*-\s+/u

/** Length of the lead's source tag with its dash and the spaces after it, 0 when there is none. */
export function sourceTagLength(line: string): number {
  const paren = PAREN_TAG.exec(line) ?? PAREN_TAG_NO_DASH.exec(line)
  if (paren) return paren[0].length
  const bare = BARE_TAG.exec(line)
  if (!bare) return 0
  if (bare[1] !== undefined && NOT_TAG.test(bare[1])) return 0
  return bare[0].length
}

const SOURCE_LINE = new RegExp(
  `^\\(?${anyCase(SOURCE_PREFIXES)}(?:\\s*:|\\s)\\s*[^,;!?]{2,80}?(?:\\)\\.?)?$`,
  'iu',
)

/** "Theo Báo Quảng Nam", "(Theo TTXVN)", "Nguồn: baothanhhoa.vn". */
export function isSourceLine(line: string): boolean {
  if (line.length > 100 || !SOURCE_LINE.test(line) || countTokens(line) > 12) return false
  // "Theo đó, …" and "Theo kế hoạch …" open sentences; a source names a paper, an agency or a site
  const rest = line.replace(/^\(?\s*(?:theo|nguồn(?:\s+tin|\s+bài)?)\s*:?\s*/iu, '')
  return /^\p{Lu}|^[\p{L}\d-]+\.(?:vn|com|net|org)/u.test(rest)
}
