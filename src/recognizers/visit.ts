/**
 * Visits and working sessions told by their verbs, with no event noun: what a headline says when an
 * official goes somewhere.
 *
 *   "thăm, chúc Tết Ban Thường vụ Huyện ủy"     → đoàn công tác
 *   "đến thăm, làm việc tại xã Trà Sơn"          → đoàn công tác
 *   "thăm và tặng quà các gia đình chính sách"   → đoàn công tác
 *   "làm việc với UBND huyện Quan Hóa"           → buổi làm việc
 *
 * Not visits: "thăm khám", "thăm dò", "thăm quan", "thời gian làm việc", "đi làm việc tại nước
 * ngoài" (labour abroad), "làm việc" without "với"/"tại".
 */
import { VISIT_SECOND_VERBS, VISIT_VERBS } from '../lexicon/events.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { eventNameEnd } from './event-name.js'

export interface Visit {
  start: number
  end: number
  type: 'đoàn công tác' | 'buổi làm việc'
}

// Second verbs in both cases ("chúc Tết", "chúc tết"): the pattern is case-sensitive for the \p{Lu} below.
const SECOND_VERBS = [...VISIT_SECOND_VERBS, ...VISIT_SECOND_VERBS.map((v) => v.toLowerCase())]
const capitalised = (v: string) => v.charAt(0).toUpperCase() + v.slice(1)
const VERBS = [...VISIT_VERBS, ...VISIT_VERBS.map((v) => v.toLowerCase()), ...VISIT_VERBS.map(capitalised)]
const VISIT = new RegExp(
  `${WORD_START}${alternation(VERBS)}(?:(?:,|[ \\t]+và)?[ \\t]+${alternation(SECOND_VERBS)}${WORD_END}` +
    `|(?=[ \\t]+(?:các[ \\t]+)?(?:gia đình|Mẹ Việt Nam|hộ|cán bộ|chiến sĩ|đơn vị|bệnh nhân|trẻ em|học sinh|người có công|\\p{Lu})))`,
  'gu',
)
const NOT_A_VISIT = /^thăm[ \t]+(?:khám|dò|quan|ruộng|đồng|nuôi)/iu
const WORKING = new RegExp(
  `${WORD_START}(?:có[ \\t]+buổi[ \\t]+)?làm việc[ \\t]+(?:với|tại)${WORD_END}`,
  'giu',
)
const NOT_WORKING_BEFORE = new RegExp(
  `${WORD_START}${alternation(['đi', 'lao động', 'người', 'công việc', 'thời gian', 'môi trường', 'điều kiện', 'nơi', 'chỗ', 'chương trình', 'buổi'])}[ \\t]+$`,
  'iu',
)

/** Visits and working sessions in `text` (a sentence in the matching view), in order. */
export function recognizeVisits(text: string): Visit[] {
  const visits: Visit[] = []
  // Without the first letter: a headline may open with the verb ("Thăm, chúc Tết …").
  if (!text.includes('hăm') && !text.includes('àm việc') && !text.includes('húc')) return visits
  for (const m of text.matchAll(VISIT)) {
    if (NOT_A_VISIT.test(text.slice(m.index, m.index + 16))) continue
    const end = Math.max(eventNameEnd(text, m.index + m[0].length), m.index + m[0].length)
    visits.push({ start: m.index, end, type: 'đoàn công tác' })
  }
  if (visits.length > 0) return visits
  for (const m of text.matchAll(WORKING)) {
    if (NOT_WORKING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    const end = Math.max(eventNameEnd(text, m.index + m[0].length), m.index + m[0].length)
    visits.push({ start: m.index, end, type: 'buổi làm việc' })
    break
  }
  return visits
}
