/**
 * The body that acts: the subject of "tổ chức", "trao", "tặng" (organizer of an event, issuer of an
 * award), read back from the verb to the start of its clause.
 *
 *   "UBND huyện Ngọc Lặc vừa tổ chức …"                 → "UBND huyện Ngọc Lặc"
 *   "Nhân dịp này, Huyện ủy, UBND huyện Ngọc Lặc đã trao" → "Huyện ủy, UBND huyện Ngọc Lặc"
 *   "Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức"   → "huyện Thường Xuân"
 *   "(QNO) - Sáng 7/6, UBND tỉnh tổ chức"                 → "UBND tỉnh"
 *
 * Not organizers: a person ("đồng chí X chủ trì …"), a clause with a verb of its own, anything that
 * does not start with a body's head word (UBND, Huyện ủy, Sở, Hội…) or an administrative unit.
 * A phrase counts when it opens with a body's head word (src/lexicon/events.ts) or with an
 * organization the organization recognizer reads there.
 */
import type { Range } from '../document.js'
import {
  ACTS_AFTER_BODY,
  EVENT_HEADS,
  LEADING_ADJUNCTS,
  MEMBERS_OF_BODY,
  ORGANIZER_HEADS,
  SUBJECT_TRAILERS,
  TITLE_REMNANTS,
} from '../lexicon/events.js'
import { HONORIFICS } from '../lexicon/honorifics.js'
import { foldForMatching } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { organizationAt } from './organization.js'

// "(QNO) -", "QTO -", "VOV.VN -", "(Baothanhhoa.vn) -", or a bare dash that opens the lead.
const SOURCE_TAG = /^(?:\([\p{L}\d.]{2,24}\)[ \t]*|\p{Lu}[\p{L}.]{1,14}[ \t]*)?-[ \t]*/u
const ADJUNCT = new RegExp(`^${alternation(LEADING_ADJUNCTS)}${WORD_END}`, 'iu')
// A time adjunct without its comma: "Sáng ngày 26/02/2024 huyện …", "Ngày 7/6 UBND tỉnh …".
const DATE_ADJUNCT = new RegExp(
  `^(?:${alternation(['sáng', 'chiều', 'tối', 'trưa', 'ngày', 'hôm nay', 'hôm qua'])}[ \\t]+)?` +
    `(?:(?:nay|qua|ngày)[ \\t]+)?\\d{1,2}(?:[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|[ \\t]+tháng[ \\t]+\\d{1,2}(?:[ \\t]+năm[ \\t]+\\d{4})?)[ \\t,]+`,
  'iu',
)
const HEAD = new RegExp(`^${alternation(ORGANIZER_HEADS)}${WORD_END}`, 'iu')
// "Hội nghị đã biểu dương …", "Đại hội đã bầu …": a gathering is not a body, though "Hội" opens both
// ("Đoàn" opens bodies too: "Đoàn Thanh niên").
const EVENT_HEAD = new RegExp(
  `^${alternation(Object.keys(EVENT_HEADS).filter((head) => !head.startsWith('đoàn')))}${WORD_END}`,
  'iu',
)
// A body written lower-case before its capitalised name: "huyện Thường Xuân", "hội Liên hiệp phụ nữ huyện".
const ADMIN_LOWER =
  /^(?:huyện|tỉnh|xã|thị trấn|thị xã|thành phố|phường|quận|hội|ban|sở|phòng|ủy ban|đoàn|trường)[ \t]+\p{Lu}/u
const LOWER_HEAD = /^\p{Ll}/u
const TRAILER = new RegExp(`(?:^|(?<![ \\t])[ \\t]+)${alternation(SUBJECT_TRAILERS)}$`, 'iu')
const PARTNER = /[ \t]+(?:phối hợp|cùng với|cùng)[ \t]/u
// A time adjunct written after the subject: "Ban Chỉ đạo … thành phố Hà Nội sáng nay (25/8),".
const TIME_TRAILER =
  /[ \t,]+(?:sáng|chiều|tối|trưa|ngày|hôm)(?:[ \t]+(?:nay|qua|ngày))?(?:[ \t]*\(?[ \t]*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]*\)?)?[ \t]*,?$/iu
const PLACE_REMNANT =
  /^\p{Lu}\p{Ll}[\p{L}\p{M}]{0,10}(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}]{0,10}){0,3}(?:[ \t]*\([^()]{1,30}\))?[ \t]*,/u
const TITLE_REMNANT = new RegExp(`^${alternation(TITLE_REMNANTS)}${WORD_END}`, 'u')
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
const PERSON = new RegExp(
  `${WORD_START}${alternation([...HONORIFICS, ...HONORIFICS.map(capitalised)])}[ \\t]+\\p{Lu}`,
  'u',
)
// "tổ chức" is a verb inside a phrase but a name in "Ban Tổ chức (Huyện ủy)", "Ban tổ chức hội thi".
const VERB_INSIDE = new RegExp(
  `${WORD_START}(?:${alternation(['được', 'là', 'có', 'đã', 'sẽ', 'cũng', 'đang', 'để', 'nhằm', 'khi', 'nếu', 'thì', 'tham dự', 'đề nghị', 'đề xuất', 'trao', 'tặng', 'ban hành'])}|(?<!và[ \\t]+)vừa|(?<!Ban[ \\t]+)tổ chức)${WORD_END}`,
  'iu',
)
// A body's name ends before its act: "Đảng ủy xã X triển khai kế hoạch" (lower-case after a name's
// last word; "Ban chỉ đạo", "Đoàn giám sát", "Ban Chỉ đạo thực hiện …" name bodies).
const ACT_AFTER_NAME = new RegExp(
  `(?<=(?:\\p{Lu}[\\p{L}\\p{M}]{0,12}|ủy)[ \\t]+)(?<!(?:Ban|Đoàn)[ \\t]+)${alternation(ACTS_AFTER_BODY)}${WORD_END}`,
  'u',
)
// "thầy và trò trường THCS X": the people of a body act in its name.
const MEMBERS = new RegExp(`^${alternation(MEMBERS_OF_BODY)}[ \\t]+(?=\\p{L})`, 'iu')
const DATE_END =
  /(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?|năm[ \t]+\d{4})[ \t]*\)?[ \t]*$/u
const LED = /(?:làm trưởng đoàn|dẫn đầu|làm trưởng ban)$/u
const LOCATOR = /,[ \t]*(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận)[ \t]+\p{Lu}[\p{L}\p{M} ]{0,40}$/u
const TERM = /,?[ \t]+(?:khóa[ \t]+[IVXLC\d]{1,6}|nhiệm kỳ[ \t]+\d{4}[ \t]*-[ \t]*\d{4})$/u
// "(huyện Hải Hậu)", "(Long Hồ)", "(Thừa Thiên - Huế)", "(thuộc Tập đoàn Vingroup)": where it is, whose it is.
const PLACE_IN_BRACKETS =
  /[ \t]*\((?:(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận|thuộc|TP\.?|TX\.?|gọi tắt là|viết tắt là|sau đây gọi là)[ \t][^()]{1,60}|\p{Lu}\p{Ll}[\p{L}\p{M}]{0,10}(?:[ \t]*-?[ \t]*\p{Lu}\p{Ll}[\p{L}\p{M}]{0,10}){0,4}|TP\.?[ \t]?HCM|TPHCM)\)$/u
const REMNANT = /^\p{Ll}/u
const SUBJECT_END_PUNCTUATION = ',;: \t-'
const MAX_WORDS = 22
const MAX_PHRASE = 240
const MAX_CLAUSE = 400

/** The subject phrase in `text` between `clauseStart` and the verb at `verbStart`, or null. */
export function subjectBefore(text: string, verbStart: number, clauseStart = 0): Range | null {
  let begin = clauseStart
  if (verbStart - clauseStart > MAX_CLAUSE) {
    // Too far back to be one subject: read from a comma within reach, if there is one.
    const comma = text.indexOf(',', verbStart - MAX_CLAUSE)
    if (comma < 0 || comma >= verbStart) return null
    begin = comma + 1
  }
  const found = subjectFrom(text, begin, verbStart)
  if (found) return found
  // "Hòa chung với không khí …, hôm nay ngày 05 tháng 09 năm 2023, thầy và trò trường X tổ chức":
  // the subject follows the time adjunct that closes a long opening.
  const comma = text.lastIndexOf(',', verbStart - 1)
  if (comma <= begin || !DATE_END.test(text.slice(Math.max(begin, comma - 40), comma))) return null
  return phraseAt(text, comma + 1, verbStart)
}

function subjectFrom(text: string, begin: number, verbStart: number): Range | null {
  let from = skipAdjuncts(text, begin, verbStart)
  // An adjunct with commas of its own ("Thực hiện Kế hoạch … về tuyển chọn, gọi công dân…, UBND
  // huyện tổ chức") leaves a lower-case remnant: the subject starts after a later comma.
  for (let tries = 0; from !== null && tries < 4; tries++) {
    const found = phraseAt(text, from, verbStart)
    if (found) return found
    const rest = text.slice(from, verbStart).trimStart()
    // A person's titles left by an adjunct ("dưới sự chủ trì của đồng chí X, Phó Bí thư Tỉnh ủy, …"),
    // or the rest of a place ("tại Trung tâm …, Chương Mỹ (Hà Nội), Bộ Quốc phòng khai mạc").
    if (!REMNANT.test(rest) && !TITLE_REMNANT.test(rest) && !PLACE_REMNANT.test(rest)) return null
    const comma = text.indexOf(',', from)
    if (comma < 0 || comma >= verbStart) return null
    from = comma + 1
  }
  return null
}

function phraseAt(text: string, from: number, verbStart: number): Range | null {
  if (verbStart - from > MAX_PHRASE) return null
  let start = from
  let phrase = text.slice(start, verbStart)
  const partner = PARTNER.exec(phrase)
  if (partner) phrase = phrase.slice(0, partner.index)
  for (let m = TRAILER.exec(phrase.trimEnd()); m && m[0].length > 0; m = TRAILER.exec(phrase.trimEnd())) {
    phrase = phrase.trimEnd().slice(0, m.index)
  }
  // "Ban Chỉ đạo … do đồng chí X, Phó Trưởng ban làm trưởng đoàn": who leads it is not the body.
  if (LED.test(phrase.trimEnd())) {
    const by = phrase.lastIndexOf(' do ')
    if (by > 0) phrase = phrase.slice(0, by)
  }
  const time = TIME_TRAILER.exec(phrase.trimEnd())
  if (time && time.index > 0) phrase = phrase.slice(0, time.index)
  start += phrase.length - phrase.trimStart().length
  phrase = phrase.trim()
  const members = MEMBERS.exec(phrase)
  if (members && isOrganizerPhrase(phrase.slice(members[0].length))) {
    start += members[0].length
    phrase = phrase.slice(members[0].length)
  }
  // "Thường trực HĐND huyện, tổ chức …": a comma before the verb is not part of the body.
  let end = phrase.length
  while (end > 0 && SUBJECT_END_PUNCTUATION.includes(phrase.charAt(end - 1))) end--
  phrase = phrase.slice(0, end).trimEnd()
  phrase = phrase.slice(0, bodyLength(phrase))
  return isOrganizerPhrase(phrase) ? { start, end: start + phrase.length } : null
}

/**
 * The length of a body's name without what locates or dates it: ", tỉnh Phú Thọ", "(huyện Hải
 * Hậu)", "khóa XX, nhiệm kỳ 2021 - 2026" ("HĐND huyện Thiệu Hóa khóa XX" is "HĐND huyện Thiệu Hóa").
 */
export function bodyLength(phrase: string): number {
  let length = phrase.length
  for (let guard = 0; guard < 3; guard++) {
    const rest = phrase.slice(0, length)
    const tail = TERM.exec(rest) ?? LOCATOR.exec(rest) ?? PLACE_IN_BRACKETS.exec(rest)
    if (!tail || tail.index === 0) break
    length = rest.slice(0, tail.index).trimEnd().length
  }
  return length
}

/** Whether a phrase reads as a body (or a list of bodies): "UBND huyện Ngọc Lặc", "Huyện ủy, UBND huyện". */
export function isOrganizerPhrase(written: string): boolean {
  const phrase = foldForMatching(written)
  if (phrase.length === 0 || phrase.length > 160) return false
  if (phrase.split(/\s+/u).length > MAX_WORDS) return false
  if (!HEAD.test(phrase) && organizationAt(phrase, 0) === null) return false
  if (EVENT_HEAD.test(phrase)) return false
  if (LOWER_HEAD.test(phrase) && !ADMIN_LOWER.test(phrase)) return false
  if (PERSON.test(phrase) || VERB_INSIDE.test(phrase) || ACT_AFTER_NAME.test(phrase)) return false
  return !/[.;:!?"]/u.test(phrase.replace(/TP\./gu, 'TP'))
}

/** Skips a source tag and adjuncts ("Sáng 22/12,", "Nhân dịp này,"); null if a clause is left open. */
function skipAdjuncts(text: string, from: number, to: number): number | null {
  let at = from
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(at, to)
    const lead = rest.length - rest.trimStart().length
    at += lead
    const tail = rest.trimStart()
    const tag = SOURCE_TAG.exec(tail) ?? DATE_ADJUNCT.exec(tail)
    if (tag) {
      at += tag[0].length
      continue
    }
    if (!ADJUNCT.test(tail)) return at
    const comma = tail.indexOf(',')
    if (comma < 0 || comma > 200) return null
    at += comma + 1
  }
  return at
}
