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
 * hội nghị", "25 hội nghị", "hàng trăm buổi diễn tập"), and common nouns ("dịp lễ", "chương trình
 * mục tiêu", "giải Nhất"). With `bareHeads`, a bare head that names no more ("tổ chức hội nghị để …")
 * is returned too, flagged: only the caller knows whether a verb holds it.
 */
import {
  AFTER_TIME_STOP,
  BARE_HEADS,
  BODY_LIST_CONTINUATIONS,
  EVENT_HEADS,
  GENERIC_LEVEL_BODIES,
  GENERIC_LEVELS,
  HEAD_BLOCKERS,
  HEAD_CLASSIFIERS,
  LISTED_KINDS,
  NAME_CONTINUATIONS,
  NAME_STOPS,
  PILOT_PREDICATES,
  PLURAL_BLOCKERS,
  QUALIFIED_HEADS,
  STOP_COMPOUND_FIRSTS,
  STOP_CONTINUATIONS,
  TIME_STOPS,
} from '../lexicon/events.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { alternationTrie } from '../text/phrase-trie.js'
import { isWhiteSpace } from './char-class.js'
import { phraseEnding, phraseSet } from './phrase-lookup.js'

export interface EventName {
  /** Offsets into the string searched: the name runs from the head noun to its last word. */
  start: number
  end: number
  headEnd: number
  /** The event type: the lower-case head noun ("hội nghị", "lễ", "đoàn công tác"). */
  type: string
  /** A head with no words naming it (only with `bareHeads`). */
  bare?: boolean
  /** Where the event a ceremony opens or closes may be named ("Lễ khai mạc [VCK Giải …]"). */
  opens?: number
}

const TYPE_OF = new Map(Object.entries(EVENT_HEADS).map(([head, type]) => [canonicalize(head), type]))
const QUALIFIERS = new Map(
  Object.entries(QUALIFIED_HEADS).map(([head, words]) => [
    canonicalize(head),
    new RegExp(`^[ \\t]+(?:"[ \\t]*)?${alternation(words)}${WORD_END}`, 'iu'),
  ]),
)
const BARE = new Set(BARE_HEADS.map(canonicalize))
// Bare heads a verb can hold ("tổ chức hội nghị để …"); "lễ", "giải", "chương trình" are too common.
const HOLDABLE_BARE = new Set(
  Object.keys(EVENT_HEADS)
    .map(canonicalize)
    .filter((h) => !QUALIFIERS.has(h)),
)
const DELEGATION = new Set(
  Object.entries(EVENT_HEADS)
    .filter(([, type]) => type === 'đoàn công tác')
    .map(([head]) => canonicalize(head)),
)

// The word start is checked by hand (NOT_WORD_BEFORE): a leading look-behind, tried at every
// position, makes the search several times slower than the alternation alone.
// Both word boundaries are checked by hand (LETTER): a look-behind before the heads, tried at every
// position, or a look-ahead after them makes the search much slower than the grouped heads alone.
const HEAD = new RegExp(alternationTrie(Object.keys(EVENT_HEADS), 'giu'), 'giu')
const LETTER = /[\p{L}\p{M}\p{N}]/u
// The words before a head are looked up (phrase-lookup.ts), not matched: an end-anchored pattern is
// tried at every position of the text before it.
const BLOCKERS = phraseSet(HEAD_BLOCKERS)
const CLASSIFIERS = phraseSet(HEAD_CLASSIFIERS)
const PLURALS = phraseSet(PLURAL_BLOCKERS)
const HEADS = phraseSet([...Object.keys(EVENT_HEADS), ...LISTED_KINDS])
const CAPITAL_LE = /^(?:Lễ|Buổi lễ)$/u
// "được chọn là đại hội điểm": a pilot, said of a congress, not the name of one.
const PILOT = /^[ \t]+điểm(?![\p{L}\p{M}\p{N}])/u
const PREDICATES = phraseSet(PILOT_PREDICATES)
const COUNT = /(?:^|[ \t])(\d+)[ \t]+$/u
// "đại hội các cấp", "Đại hội cấp trên", "đại hội đảng bộ cấp cơ sở": a class of congresses, not one.
const GENERIC_LEVEL = new RegExp(
  `^[ \\t]+(?:${alternation(GENERIC_LEVEL_BODIES)}[ \\t]+)?${alternation(GENERIC_LEVELS)}${WORD_END}`,
  'iu',
)
// "Đại hội Đảng bộ cơ sở Trường THPT X": a capital after the level names one congress.
const NAMED_AFTER = /^[ \t]+\p{Lu}/u
// "chuẩn bị", "thiết bị": the stop "bị" as the second syllable of a compound stops nothing.
const BI = /^[ \t]+bị(?![\p{L}\p{M}])/u
const COMPOUND_FIRST = new RegExp(`(?:^|[ \\t])${alternation(STOP_COMPOUND_FIRSTS)}$`, 'iu')
const ORDINAL = /(?:^|[ \t])thứ[ \t]+\d+[ \t]+$/iu
/** Heads with a capital, as a headline or a name writes them ("Hội nghị", "Lễ"). */
function capitalised(heads: readonly string[]): string {
  return alternation(heads.map((h) => h.charAt(0).toUpperCase() + h.slice(1)))
}
const HEAD_KEYS = new Map<string, string>()
/** A head as written → its lexicon key, computed once per spelling. */
function headKey(written: string): string {
  let key = HEAD_KEYS.get(written)
  if (key === undefined) {
    key = canonicalize(written)
    // Spellings come from the input (any mix of case): bounded, so a long-running process over an
    // archive does not keep growing it.
    if (HEAD_KEYS.size >= 1024) HEAD_KEYS.clear()
    HEAD_KEYS.set(written, key)
  }
  return key
}

/** "các hội nghị", "25 hội nghị", "hàng trăm buổi diễn tập", "Trung tâm Hội nghị": not an event's name. */
function blockedBefore(before: string, delegation: boolean): boolean {
  // A classifier between the blocker and the head: "nhiều cuộc hội thảo".
  const classifier = phraseEnding(before, CLASSIFIERS)
  const words = classifier >= 0 ? before.slice(0, classifier) : before
  // A count ("25 hội nghị"), not an ordinal ("năm thứ 21 giải") or a date ("12/04/2022 Đoàn …").
  if (COUNT.test(words)) return !ORDINAL.test(words)
  if (delegation && phraseEnding(words, PLURALS) >= 0) return false
  return phraseEnding(words, BLOCKERS) >= 0
}

/** The second of a list of kinds ("các hội nghị, hội thảo", "các kỳ thi, cuộc thi") is as generic as the first. */
function listBefore(before: string): boolean {
  const trimmed = before.trimEnd()
  return trimmed.endsWith(',') && phraseEnding(trimmed.slice(0, -1), HEADS, false) >= 0
}

// A stop is the space before a stop word, or punctuation that ends a clause.
const STOP = new RegExp(
  `(?<![ \\t])[ \\t]+(?=${alternationTrie(NAME_STOPS, 'giu')}${WORD_END})|\\.{2,}|…|[,;:!?]|\\.(?=\\s|$|\\p{Lu})|\\n`,
  'giu',
)
const CONTINUES = new RegExp(`^[,;][ \\t]*${alternation(NAME_CONTINUATIONS)}${WORD_END}`, 'iu')
const STOP_CONTINUES = new RegExp(`^[ \\t]+${alternation(STOP_CONTINUATIONS)}${WORD_END}`, 'iu')
// "lễ trao Huy hiệu 30, 40 và 50 năm tuổi Đảng": a comma inside a list of numbers.
const NUMBER_LIST_CONTINUES =
  /^,[ \t]*\d{1,3}(?=(?:[ \t]+năm)?(?:[ \t]*,|[ \t]+(?:và|năm|tuổi)(?![\p{L}\p{M}])))/u
const BODY_CONTINUES = new RegExp(`^,[ \\t]*${alternation(BODY_LIST_CONTINUATIONS)}${WORD_END}`, 'iu')
// "Hội thảo: "Ươm mầm tri thức …"": a quoted name announced by a colon.
const QUOTED_AFTER_COLON = /^:[ \t]*"/u
// "buổi làm việc với UBND huyện": the partner is part of a working session's name.
const WITH = /^[ \t]+với(?=[ \t])/u
const TIME_WORD = new RegExp(`^[ \\t]+${alternation(TIME_STOPS)}${WORD_END}`, 'iu')
const TIME_FOLLOWS = new RegExp(
  `^[ \\t]+${alternation(TIME_STOPS)}(?:[ \\t]*\\d|[ \\t]+${alternation(AFTER_TIME_STOP)}${WORD_END})`,
  'iu',
)
const CAPITALISED_WORD = /^[ \t]+\p{Lu}\p{Ll}/u
const OPENING = /khai mạc|bế mạc/iu
// "Lễ khai mạc VCK Giải …", "Lễ bế mạc vòng chung kết Hội thi …": how far the opened event may start.
const INNER_REACH = 20
const MAX_NAME = 400
const AND_EVENT = new RegExp(`[ \\t]+và[ \\t]+(?=${capitalised(Object.keys(EVENT_HEADS))}${WORD_END})`, 'u')
// What a name does not end with: white space and `, ; : " ' ( - –`. Trimmed by a loop from the end,
// not a `[…]+$` pattern, which is tried at every position of the name.
const isTrailing = (c: number) =>
  isWhiteSpace(c) ||
  c === 0x2c ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x22 ||
  c === 0x27 ||
  c === 0x28 ||
  c === 0x2d ||
  c === 0x2013

export interface EventNameOptions {
  /** Also return bare heads that a verb may hold ("tổ chức hội nghị để thảo luận"), flagged `bare`. */
  bareHeads?: boolean
}

/** Every event name in `text` (a sentence in the matching view), in order. */
export function recognizeEventNames(text: string, options: EventNameOptions = {}): EventName[] {
  const names: EventName[] = []
  HEAD.lastIndex = 0
  for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
    const start = m.index
    const headEnd = start + m[0].length
    if (start > 0 && LETTER.test(text[start - 1] as string)) continue
    if (headEnd < text.length && LETTER.test(text[headEnd] as string)) continue
    const head = headKey(m[0])
    const delegation = DELEGATION.has(head)
    const qualifier = QUALIFIERS.get(head)
    const after = text.slice(headEnd, headEnd + 60)
    const qualified = qualifier?.exec(after)
    if (qualifier && !qualified && !(CAPITAL_LE.test(m[0]) && !/^[ \t]*[,.;:]/u.test(after))) continue
    const before = text.slice(Math.max(0, start - 30), start)
    if (listBefore(before) || blockedBefore(before, delegation)) continue
    if (PILOT.test(after) && phraseEnding(before, PREDICATES) >= 0) continue
    const level = GENERIC_LEVEL.exec(after)
    if (level && !NAMED_AFTER.test(after.slice(level[0].length))) continue
    const type = TYPE_OF.get(head) ?? head
    const partner = type === 'buổi làm việc' ? WITH.exec(after) : null
    // The qualifier is part of the name even where it is a stop word elsewhere ("Lễ khai mạc …").
    const from = headEnd + (partner?.[0].length ?? qualified?.[0].length ?? 0)
    const end = eventNameEnd(text, from, delegation)
    if (end <= headEnd && !BARE.has(head)) {
      if (options.bareHeads && HOLDABLE_BARE.has(head))
        names.push({ start, end: headEnd, headEnd, type, bare: true })
      continue
    }
    const opens = qualified && OPENING.test(qualified[0]) ? from : undefined
    names.push({ start, end: Math.max(end, headEnd), headEnd, type, opens })
  }
  return dropOverlaps(names)
}

/** Where a name that has reached `from` ends: at the first stop that no continuation carries over. */
export function eventNameEnd(text: string, from: number, bodyList = false): number {
  // A window, not the whole text: a name is short, and the search must stay linear in the input.
  const window = text.slice(from, from + MAX_NAME + 40)
  // "Hội thảo: "…" và Hội nghị tổng kết …": a second event named after "và" ends the first.
  const second = AND_EVENT.exec(window)
  const limit = Math.min(window.length, MAX_NAME, second ? second.index : MAX_NAME)
  STOP.lastIndex = 0
  let end = from + limit
  for (let m = STOP.exec(window); m !== null && m.index < limit; m = STOP.exec(window)) {
    const rest = window.slice(m.index, m.index + 40)
    if (CONTINUES.test(rest) || STOP_CONTINUES.test(rest) || NUMBER_LIST_CONTINUES.test(rest)) continue
    if (bodyList && BODY_CONTINUES.test(rest)) continue
    if (BI.test(rest) && COMPOUND_FIRST.test(window.slice(Math.max(0, m.index - 12), m.index))) continue
    if (m.index === 0 && QUOTED_AFTER_COLON.test(rest)) continue
    if (TIME_WORD.test(rest) && !TIME_FOLLOWS.test(rest)) continue
    // A stop word written with a capital inside a sentence opens a proper name ("Kỷ niệm chương Vì sự
    // nghiệp Dân vận", "Giải Việt dã - Vì hòa bình"); a name written in capitals has no lower case.
    if (CAPITALISED_WORD.test(rest) && !TIME_WORD.test(rest)) continue
    end = from + m.index
    break
  }
  let nameEnd = end
  while (nameEnd > from && isTrailing(text.charCodeAt(nameEnd - 1))) nameEnd--
  // A closing quote ends a quoted name ("Hội thi "Dân vận khéo""): keep it when it pairs one.
  if (text[nameEnd] === '"' && (text.slice(from, nameEnd).split('"').length - 1) % 2 === 1) nameEnd++
  return nameEnd
}

/**
 * A head inside an earlier name ("Lễ trao … tại Lễ kỷ niệm" is two; "Hội nghị … lễ" is one) stays
 * out, except the event a ceremony opens or closes ("Lễ khai mạc Giải bóng đá …" names the Giải too).
 */
function dropOverlaps(names: EventName[]): EventName[] {
  const kept: EventName[] = []
  let outer: EventName | undefined
  for (const n of names) {
    if (outer && n.start < outer.end) {
      if (outer.opens !== undefined && n.start - outer.opens <= INNER_REACH) kept.push(n)
      continue
    }
    kept.push(n)
    outer = n
  }
  // Written out rather than spread: every sentence's names pass here.
  return kept.map(({ start, end, headEnd, type, bare }) =>
    bare === undefined ? { start, end, headEnd, type } : { start, end, headEnd, type, bare },
  )
}
