/**
 * Event names: a head noun and the words that name the event, up to the clause that says where,
 * when or why it happened.
 *
 *   "Hội nghị tổng kết công tác … năm 2023, phương hướng nhiệm vụ năm 2024"   → hội nghị
 *   "Lễ giao nhận quân năm 2024" · "Kỳ họp thứ 7, HĐND huyện khóa XX"          → lễ · kỳ họp
 *   "Đoàn công tác của Tỉnh ủy" · "Giải Bóng đá thiếu niên" · "cuộc diễn tập"   → đoàn công tác · giải
 *
 * Not names: a bare head that refers back ("Toàn cảnh hội nghị", "Tại hội nghị, …"), a head inside
 * a place or a body ("Trung tâm Hội nghị tỉnh", "Ban Chỉ đạo diễn tập"), a plural or a count ("các
 * hội nghị", "25 hội nghị"), and common nouns ("dịp lễ", "chương trình mục tiêu", "giải Nhất").
 */
import {
  AFTER_TIME_STOP,
  BARE_HEADS,
  BODY_LIST_CONTINUATIONS,
  EVENT_HEADS,
  HEAD_BLOCKERS,
  NAME_CONTINUATIONS,
  NAME_STOPS,
  QUALIFIED_HEADS,
  TIME_STOPS,
} from '../lexicon/events.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

export interface EventName {
  /** Offsets into the string searched: the name runs from the head noun to its last word. */
  start: number
  end: number
  headEnd: number
  /** The event type: the lower-case head noun ("hội nghị", "lễ", "đoàn công tác"). */
  type: string
}

const TYPE_OF = new Map(Object.entries(EVENT_HEADS).map(([head, type]) => [canonicalize(head), type]))
const QUALIFIERS = new Map(
  Object.entries(QUALIFIED_HEADS).map(([head, words]) => [
    canonicalize(head),
    new RegExp(`^[ \\t]+(?:"[ \\t]*)?${alternation(words)}${WORD_END}`, 'iu'),
  ]),
)
const BARE = new Set(BARE_HEADS.map(canonicalize))

const HEAD = new RegExp(`${WORD_START}${alternation(Object.keys(EVENT_HEADS))}${WORD_END}`, 'giu')
const BLOCKED_BEFORE = new RegExp(`(?:${WORD_START}${alternation(HEAD_BLOCKERS)}|\\d)[ \\t]+$`, 'iu')
// The second of a list of kinds ("các hội nghị, hội thảo") is as generic as the first.
const LIST_BEFORE = new RegExp(`${WORD_START}${alternation(Object.keys(EVENT_HEADS))}[ \\t]*,[ \\t]*$`, 'iu')
const CAPITAL_LE = /^(?:Lễ|Buổi lễ)$/u

// A stop is the space before a stop word, or punctuation that ends a clause.
const STOP = new RegExp(
  `(?<![ \\t])[ \\t]+(?=${alternation(NAME_STOPS)}${WORD_END})|\\.{2,}|…|[,;:!?]|\\.(?=\\s|$)|\\n`,
  'giu',
)
const CONTINUES = new RegExp(`^[,;][ \\t]*${alternation(NAME_CONTINUATIONS)}${WORD_END}`, 'iu')
const BODY_CONTINUES = new RegExp(`^,[ \\t]*${alternation(BODY_LIST_CONTINUATIONS)}${WORD_END}`, 'iu')
// "buổi làm việc với UBND huyện": the partner is part of a working session's name.
const WITH = /^[ \t]+với(?=[ \t])/u
const TIME_WORD = new RegExp(`^[ \\t]+${alternation(TIME_STOPS)}${WORD_END}`, 'iu')
const TIME_FOLLOWS = new RegExp(
  `^[ \\t]+${alternation(TIME_STOPS)}(?:[ \\t]*\\d|[ \\t]+${alternation(AFTER_TIME_STOP)}${WORD_END})`,
  'iu',
)
const MAX_NAME = 400
const TRAILING = /[\s,;:"'(\-–]+$/u

/** Every event name in `text` (a sentence in the matching view), in order. */
export function recognizeEventNames(text: string): EventName[] {
  const names: EventName[] = []
  for (const m of text.matchAll(HEAD)) {
    const start = m.index
    const headEnd = start + m[0].length
    const head = canonicalize(m[0])
    const before = text.slice(Math.max(0, start - 24), start)
    if (BLOCKED_BEFORE.test(before) || LIST_BEFORE.test(before)) continue
    const qualifier = QUALIFIERS.get(head)
    const after = text.slice(headEnd, headEnd + 60)
    if (qualifier && !qualifier.test(after) && !(CAPITAL_LE.test(m[0]) && !/^[ \t]*[,.;:]/u.test(after))) {
      continue
    }
    const type = TYPE_OF.get(head) ?? head
    const partner = type === 'buổi làm việc' ? WITH.exec(after) : null
    const from = headEnd + (partner ? partner[0].length : 0)
    const end = eventNameEnd(text, from, type === 'đoàn công tác')
    if (end <= from && !BARE.has(head)) continue
    names.push({ start, end: Math.max(end, headEnd), headEnd, type })
  }
  return dropOverlaps(names)
}

/** Where a name that has reached `from` ends: at the first stop that no continuation carries over. */
export function eventNameEnd(text: string, from: number, bodyList = false): number {
  // A window, not the whole text: a name is short, and the search must stay linear in the input.
  const window = text.slice(from, from + MAX_NAME + 40)
  const limit = Math.min(window.length, MAX_NAME)
  STOP.lastIndex = 0
  let end = from + limit
  for (let m = STOP.exec(window); m !== null && m.index < limit; m = STOP.exec(window)) {
    const rest = window.slice(m.index, m.index + 40)
    if (CONTINUES.test(rest) || (bodyList && BODY_CONTINUES.test(rest))) continue
    if (TIME_WORD.test(rest) && !TIME_FOLLOWS.test(rest)) continue
    end = from + m.index
    break
  }
  let name = text.slice(from, end).replace(TRAILING, '')
  // A closing quote ends a quoted name ("Hội thi "Dân vận khéo""): keep it when it pairs one.
  if (text[from + name.length] === '"' && (name.split('"').length - 1) % 2 === 1) name += '"'
  return from + name.length
}

/** A head inside an earlier name ("Lễ trao … tại Lễ kỷ niệm" is two; "Hội nghị … lễ" is one) stays out. */
function dropOverlaps(names: EventName[]): EventName[] {
  const kept: EventName[] = []
  for (const n of names) {
    const last = kept[kept.length - 1]
    if (last && n.start < last.end) continue
    kept.push(n)
  }
  return kept
}
