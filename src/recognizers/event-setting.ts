/**
 * The setting of an event in its reporting sentence: when ("Sáng 22/12", "ngày 26/02/2024"), where
 * ("tại Hội trường UBND huyện") and who chaired ("do đồng chí X … chủ trì").
 *
 *   "Sáng 22/12, …"             → {day 22, month 12, year null, morning}
 *   "Chiều ngày 12/02/2020, …"  → {12, 2, 2020, afternoon}
 *   "Trong 2 ngày (25 và 26/6)" → {25, 6, null}: a span of days is dated by its first
 *   "tại Hội trường UBND huyện" → "Hội trường UBND huyện"
 *   "Đồng chí Lê Quang Trung, Chủ tịch UBND huyện chủ trì hội nghị" → "Lê Quang Trung"
 *
 * The date half is a stand-in for the date recognizer: the events extractor uses it only when the
 * article's date mentions are not available. Dates after a document number ("Kế hoạch số 282/KH-UBND
 * ngày 29/9/2023") are not the event's.
 */
import type { Range } from '../document.js'
import { EVENT_HEADS, PLACE_NOUNS, TIME_OF_DAY_WORDS } from '../lexicon/events.js'
import { HONORIFICS } from '../lexicon/honorifics.js'
import type { TimeOfDay } from '../schema/records.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { TextFinder } from './find-text.js'
import { numbered } from './numbered-groups.js'

export interface StatedDate extends Range {
  day: number | null
  month: number | null
  year: number | null
  timeOfDay: TimeOfDay | null
}

const TIME_WORD = alternation(Object.keys(TIME_OF_DAY_WORDS))
// The word start is checked by hand: a leading look-behind, tried at every position, is slow.
// Groups are read by number (./numbered-groups.ts): a `groups` object per match is slow to build.
const DATE = numbered(
  `(?:(?<time>${TIME_WORD})(?:[ \\t]+(?:nay|qua|mai))?(?:[ \\t]+|(?=\\()))?(?:(?:hôm nay|hôm qua)[ \\t,]+)?` +
    `(?<ngay>(?:các[ \\t]+)?ngày[ \\t]+|\\([ \\t]*(?:từ[ \\t]+(?:ngày[ \\t]+)?)?)?` +
    `(?<day>\\d{1,2})(?:[ \\t]*(?:-|và|đến|,)[ \\t]*(?:ngày[ \\t]+)?\\d{1,2}(?=[/.-]\\d))?` +
    `(?:[/.-](?<month>\\d{1,2})(?:[/.-](?<year>\\d{4}))?` +
    `|[ \\t]+tháng[ \\t]+(?<monthWord>\\d{1,2})(?:[ \\t]+năm[ \\t]+(?<yearWord>\\d{4}))?)(?![\\d/.,]\\d)`,
  'giu',
  'time',
  'ngay',
  'day',
  'month',
  'year',
  'monthWord',
  'yearWord',
)
// Every DATE match holds a day followed by its month ("22/12", "22-12", "22 tháng 12"; a range's
// first day is followed by a second day that is): most sentences with a number have none.
const STATED_CUE = /\d(?:[/.-]\d|[ \t]+tháng)/iu
const DOCUMENT_BEFORE = /(?:\d[\p{L}\d]*\/[\p{L}Đđ-]+|số[ \t]+\S+)[ \t]+$/u
const TIME_ONLY = new RegExp(`^(?:[\\p{L}\\p{M} ]{0,30}?,[ \\t]*)?(${TIME_WORD})${WORD_END}`, 'iu')
const TIMES = TIME_OF_DAY_WORDS as Record<string, TimeOfDay>

/** Dates stated in `text`, in order: with a time word, "ngày", parentheses, or at the start. */
export function recognizeStatedDates(text: string): StatedDate[] {
  const dates: StatedDate[] = []
  if (!STATED_CUE.test(text)) return dates
  const G = DATE.G
  for (const m of text.matchAll(DATE.re)) {
    if (m.index > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[m.index - 1] as string)) continue
    const g = {
      time: m[G.time],
      ngay: m[G.ngay],
      day: m[G.day],
      month: m[G.month],
      year: m[G.year],
      monthWord: m[G.monthWord],
      yearWord: m[G.yearWord],
    }
    const atStart = text.slice(0, m.index).trim() === ''
    if (!g.time && !g.ngay && !atStart && !/hôm/iu.test(m[0])) continue
    if (followsDocumentNumber(text, m.index)) continue
    const day = Number(g.day)
    const month = Number(g.month ?? g.monthWord)
    const yearText = g.year ?? g.yearWord
    if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) continue
    dates.push({
      start: m.index,
      end: m.index + m[0].length,
      day,
      month,
      year: yearText ? Number(yearText) : null,
      timeOfDay: g.time ? (TIMES[g.time.toLowerCase()] ?? null) : null,
    })
  }
  return dates
}

/** Whether the date at `at` dates a document ("Kế hoạch số 282/KH-UBND ngày 29/9/2023"). */
export function followsDocumentNumber(text: string, at: number): boolean {
  return DOCUMENT_BEFORE.test(text.slice(Math.max(0, at - 40), at))
}

/** A time of day that opens the sentence without a date ("Sáng nay, …", "Chiều qua, …"). */
export function leadingTimeOfDay(text: string): TimeOfDay | null {
  const m = TIME_ONLY.exec(text.trimStart())
  return m ? (TIMES[(m[1] as string).toLowerCase()] ?? null) : null
}

const PLACE_START = new RegExp(`^(?:\\p{Lu}|${alternation(PLACE_NOUNS)}${WORD_END})`, 'u')
const EVENT_HEAD = new RegExp(`^(?:buổi[ \\t]+)?${alternation(Object.keys(EVENT_HEADS))}${WORD_END}`, 'iu')
const AT = new RegExp(`${WORD_START}tại[ \\t]+`, 'giu')
const PLACE_END = new RegExp(
  `[,.;:()]|(?<![ \\t])[ \\t]+(?=${alternation(['với sự', 'với', 'nhằm', 'do', 'vào', 'để', 'có sự', 'trong', 'và', 'đã', 'diễn ra', 'sáng', 'chiều', 'ngày', 'cho', 'theo', 'chính thức', 'long trọng', 'tổ chức'])}${WORD_END})`,
  'giu',
)

// "điều động đến công tác tại Huyện ủy X", "sinh sống tại …": where someone works or lives.
const POSTED_AT =
  /(?:(?<!(?:đoàn|Đoàn)[ \t])công tác|điều động|luân chuyển|cư trú|sinh sống|thường trú|tạm trú)[ \t]+$/u

/** The place after the first "tại" that names one ("tại Hội trường UBND huyện"), not an event. */
export function recognizeLocation(text: string): Range | null {
  for (const m of text.matchAll(AT)) {
    const start = m.index + m[0].length
    const rest = text.slice(start, start + 160)
    if (!PLACE_START.test(rest) || EVENT_HEAD.test(rest)) continue
    if (POSTED_AT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    PLACE_END.lastIndex = 0
    const stop = PLACE_END.exec(rest)
    const place = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
    if (place.length < 3 || place.split(/\s+/u).length > 14) continue
    return { start, end: start + place.length }
  }
  return null
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
const SYL = '\\p{Lu}[\\p{Ll}\\p{M}]{0,10}'
const CHAIR_PERSON = new RegExp(
  `${WORD_START}${alternation([...HONORIFICS, ...HONORIFICS.map(capitalised)])}[ \\t]+` +
    `(?:(?:Đại|Thượng|Trung|Thiếu)[ \\t]+(?:tướng|tá|úy|uý)[ \\t]+)?(?<name>${SYL}(?:[ \\t]+${SYL}){1,4})`,
  'gu',
)
const CHAIRS = new RegExp(
  `${WORD_START}chủ trì(?![ \\t,]+(?:phối hợp|thực hiện|xây dựng|tham mưu|triển khai|soạn thảo|hướng dẫn))${WORD_END}`,
  'iu',
)

// Every content sentence is searched for it when no official was marked the chair (./find-text.ts).
const CHAIR_WORD = new TextFinder('hủ trì')
const FIRST_CHAIR_PERSON = new RegExp(CHAIR_PERSON.source, 'u')
const CHAIR_AFTER = /^[ \t]+(?:của|(?:[\p{L}\p{M} ]{1,30}?[ \t])?(?:có|là))[ \t]/u

/** The person named before "chủ trì" in `text` (the nearest one), or after "chủ trì của", "Chủ trì … có". */
export function recognizeChairName(text: string): Range | null {
  if (CHAIR_WORD.indexIn(text) < 0) return null
  const verb = CHAIRS.exec(text)
  if (!verb) return null
  // "Dưới sự chủ trì của đồng chí X", "Chủ trì hội nghị có đồng chí X": the person comes after.
  const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 120)
  if (CHAIR_AFTER.test(after)) {
    const m = FIRST_CHAIR_PERSON.exec(after)
    const name = m?.groups?.name
    if (m && name && !/[.;]/u.test(after.slice(0, m.index))) {
      const start = verb.index + verb[0].length + m.index + m[0].length - name.length
      return { start, end: start + name.length }
    }
  }
  let found: Range | null = null
  for (const m of text.slice(0, verb.index).matchAll(CHAIR_PERSON)) {
    const name = m.groups?.name as string
    const start = m.index + m[0].length - name.length
    found = { start, end: start + name.length }
  }
  return found
}
