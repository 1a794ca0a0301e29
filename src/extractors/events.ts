/**
 * Events: every gathering the article names, the one it reports first.
 *
 * Mentions come from the event-name recognizer (and, in the headline and lead, from visit verbs);
 * mentions of one event are grouped; the primary event is the one the headline or lead reports
 * (held by an organizing verb there, or named in the headline), else one held in the body. With no
 * primary the article reports no gathering and the list is empty. Details of each event are read
 * from the sentences that mention it: organizer, date, place, chair, review and plan periods.
 */
import { type Block, type Doc, type Range, type Sentence, sentencesOf, spanOf, textOf } from '../document.js'
import {
  BACKGROUND_BEFORE,
  DELEGATION_ACTS,
  DOCUMENT_NOUNS,
  EVENT_HEADS,
  HAPPENED_AFTER,
  NOT_HELD_BEFORE_VERB,
  OBJECT_OF_BEFORE,
  ORGANIZING_VERBS,
  RESULT_OF_BEFORE,
  SUBORDINATORS,
  UPCOMING_AFTER,
  UPCOMING_BEFORE,
  UPCOMING_WHEN,
  VERB_TO_HEAD_FILLERS,
  VOTER_MEETING_HOSTS,
} from '../lexicon/events.js'
import { recognizeEventNames } from '../recognizers/event-name.js'
import {
  followsDocumentNumber,
  leadingTimeOfDay,
  recognizeChairName,
  recognizeLocation,
  recognizeStatedDates,
} from '../recognizers/event-setting.js'
import { organizationAt } from '../recognizers/organization.js'
import { bodyLength, isOrganizerPhrase, subjectBefore } from '../recognizers/organizer-phrase.js'
import { phraseEnding, phraseInClause, phraseSet } from '../recognizers/phrase-lookup.js'
import { recognizePeriodPhrases, reviewAndPlan } from '../recognizers/review-plan.js'
import { recognizeVerbEvents } from '../recognizers/verb-event.js'
import { recognizeVisits } from '../recognizers/visit.js'
import type {
  DateMention,
  DateParts,
  Event,
  Official,
  Organization,
  Period,
  Span,
  TimeOfDay,
} from '../schema/records.js'
import { canonicalize, displayOffset } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { partitionPoint } from '../text/sorted.js'

export interface EventContext {
  officials: readonly Official[]
  organizations: readonly Organization[]
  dates: readonly DateMention[]
  periods: readonly Period[]
}

/** One place an event is named, in display offsets. */
export interface EventMention extends Range {
  headEnd: number
  type: string
  /** Whether the name opens with a capital ("Hội nghị …", not "hội nghị …"). */
  capital: boolean
  sentence: Sentence
  block: Block
  /** Held by an organizing verb before it or followed by "diễn ra", "khai mạc"… */
  held: boolean
  /** Only the background of another act ("chào mừng Đại hội…", "dự Hội nghị…"). */
  background: boolean
  organizer: Range | null
  /** Told by verbs ("thăm, chúc Tết"), not by an event noun. */
  visit: boolean
  /** A bare head that refers back to a named event ("Giải do Ban Thường vụ Tỉnh Đoàn tổ chức"). */
  anaphor?: boolean
  /** A meeting or a ceremony told by its verb ("UBND tỉnh họp phiên thường kỳ"). */
  told?: boolean
  /** Held as a habit, not as news ("Hằng năm, UBND xã tổ chức …"). */
  habit?: boolean
  /** Only what another act is about ("đảm bảo ANTT Đại hội …", "kết quả của Đại hội …"): not reported. */
  object?: boolean
}

// Words before a mention are looked up (src/recognizers/phrase-lookup.ts), not matched backwards.
const VERB_BEFORE = phraseSet(
  ORGANIZING_VERBS.flatMap((verb) => [verb, ...VERB_TO_HEAD_FILLERS.map((filler) => `${verb} ${filler}`)]),
)
const HAPPENED = new RegExp(
  `^[ \\t,]*(?:(?:đã|vừa|chính thức|được|sẽ)[ \\t]+){0,3}${alternation(HAPPENED_AFTER)}${WORD_END}`,
  'iu',
)
const BACKGROUND = phraseSet(BACKGROUND_BEFORE)
const OBJECT_OF = phraseSet(OBJECT_OF_BEFORE)
const DELEGATES = phraseSet(VOTER_MEETING_HOSTS)
const RESULT_OF = phraseSet(RESULT_OF_BEFORE)
/** How far back in its clause (to ";", ":" or ".") the act an event is the object of may start. */
const OBJECT_REACH = 100
const COORDINATION = /^[ \t]*(?:,|;|và)?[ \t]*(?:và[ \t]+)?$/u
// "Hằng năm, UBND xã tổ chức Lễ hội …": a habit, not the news.
const HABITUAL =
  /^[ \t]*(?:(?:Hằng|Hàng|Mỗi|hằng|hàng|mỗi)[ \t]+(?:năm|tháng|quý|tuần|dịp)|Thường niên|Định kỳ hằng năm)(?![\p{L}\p{M}])/u
const BY = /^[ \t]+do[ \t]+/u
const COUNCIL = new RegExp(`${WORD_START}(?:HĐND|Hội đồng nhân dân)${WORD_END}`, 'u')
const NAME_PART_AFTER_BODY =
  /[,;(]|(?<![ \t])[ \t]+(?=(?:lần thứ|khóa|nhiệm kỳ|năm[ \t]+\d|giai đoạn)(?![\p{L}\p{M}]))/iu
const ADMIN_UNIT = /(?<![\p{L}\p{M}])(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)(?![\p{L}\p{M}])/u
// "Đại hội đại biểu Đảng bộ …", "Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX".
const BODY_NEXT = /^[ \t]+(?:đại biểu[ \t]+|lần thứ[ \t]+[\p{L}\d]{1,6}[ \t]+)?(?=\p{Lu})/u
const NOMINAL = phraseSet(['trong', 'việc', 'công tác', 'khâu', 'thành tích'])
const HELD_BY = new RegExp(
  `[ \\t]+(?:${alternation(['tổ chức', 'đăng cai', 'phối hợp tổ chức'])})${WORD_END}`,
  'iu',
)
// "không tổ chức", "chỉ tổ chức", "hằng năm tổ chức": the act is denied or general, not reported.
const NOT_HELD = phraseSet(NOT_HELD_BEFORE_VERB)
// "đến khi huyện tổ chức lễ kỷ niệm": a time or a condition in the same clause.
const SUBORDINATE = phraseSet(SUBORDINATORS)
// What a delegation does in its own sentence when it is the news ("… đã đến thăm, làm việc").
const DELEGATION_ACT = new RegExp(`${WORD_START}${alternation(DELEGATION_ACTS)}${WORD_END}`, 'iu')
// "Giải do Ban Thường vụ Tỉnh Đoàn tổ chức …": a bare head that refers back to the named event.
const BACK_REFERENCE = new RegExp(
  `^[ \\t]*(?:(?:Buổi|buổi)[ \\t]+)?(${alternation(Object.keys(EVENT_HEADS))})[ \\t]+(?:(?:lần này|năm nay|được)[ \\t]+)?do[ \\t]+`,
  'iu',
)
const MEETINGS = new Set(['cuộc họp', 'phiên họp'])
// "Đại hội … sắp diễn ra", "sẽ được tổ chức": an event still to come.
const UPCOMING_ACT = phraseSet(UPCOMING_BEFORE)
const UPCOMING = new RegExp(`^[ \\t,]*${alternation(UPCOMING_AFTER)}${WORD_END}`, 'iu')
// "… nhiệm kỳ 2025-2030 sẽ diễn ra vào ngày 20/5": the words that say when an upcoming event is held.
const UPCOMING_DATE = new RegExp(`${WORD_START}${alternation(UPCOMING_WHEN)}${WORD_END}[^.;]{0,40}$`, 'iu')
/** How many events of one type a mention is compared with. */
const MAX_COMPARED = 64
const EXECUTIVE = /^(?:Ban Chấp hành|BCH|Ban Thường vụ|BTV)(?![\p{L}\p{M}])/u
const CAPITAL = /\p{Lu}/u
const ANNIVERSARY = /\([^()\n]{0,20}\d{4}[ \t]*-[ \t]*[^()\n]{0,20}\d{4}[ \t]*\)/gu
// "hướng về sự kiện chính trị trọng đại – Đại hội …": the background word before an appositive.
const APPOSITIVE_BACKGROUND = phraseSet(['hướng về', 'hướng tới', 'tiến tới', 'chào mừng', 'chuẩn bị cho'])
// A meeting or session named with the body that holds it: "Phiên họp thường kỳ UBND tỉnh tháng 6".
const MEETING_BODY_NEXT = /^[ \t]+(?:(?:thường kỳ|định kỳ|thường lệ|trực tuyến|chuyên đề)[ \t]+)?(?=\p{Lu})/u
// "phiên họp thường kỳ tháng 4 của UBND huyện", "Hội nghị lần thứ 20 của Ban Chấp hành Đảng bộ tỉnh".
const MEETING_OF = /[ \t]của[ \t]+(?=\p{Lu})/u
const DOCUMENT_BEFORE = new RegExp(`${WORD_START}${alternation(DOCUMENT_NOUNS)}${WORD_END}`, 'iu')
const HAVE_BEFORE = /(?<![\p{L}\p{M}])có[ \t]$/u
const MEETING_OF_TYPES = new Set(['phiên họp', 'cuộc họp', 'kỳ họp', 'hội nghị'])
const TYPE_OF_HEAD = new Map(Object.entries(EVENT_HEADS).map(([head, type]) => [canonicalize(head), type]))

/**
 * Date and period mentions, kept in the caller's offsets: only those inside a range the events read
 * are converted to display offsets (a conversion is a search of the offset map).
 */
interface Located {
  /** In order of their start (see `byStart`). */
  dates: readonly DateMention[]
  periods: readonly Period[]
  /** The dates stated in a sentence, read once however many events it reports. */
  stated: Map<Sentence, Stated[]>
}

/**
 * `items` in order of their start (the extractors give them in order; sorted once, per extraction,
 * if not).
 */
function byStart<T extends { span: Span }>(items: readonly T[]): readonly T[] {
  const inOrder = items.every((item, i) => i === 0 || (items[i - 1] as T).span.start <= item.span.start)
  return inOrder ? items : [...items].sort((a, b) => a.span.start - b.span.start)
}

/** The mentions inside a display range, with their display ranges; `sorted` is in order of start. */
function within<T extends { span: Span }>(
  doc: Doc,
  sorted: readonly T[],
  range: Range,
): { item: T; range: Range }[] {
  if (sorted.length === 0) return []
  const bounds = doc.text.toSpan(range.start, range.end)
  const found: { item: T; range: Range }[] = []
  // Items sorted by start, searched from the first that may start inside: a range costs its items.
  const first = partitionPoint(sorted.length, (i) => (sorted[i] as T).span.start < bounds.start)
  for (let i = first; i < sorted.length; i++) {
    const item = sorted[i] as T
    if (item.span.start > bounds.end) break
    if (item.span.end > bounds.end) continue
    const display = toDisplay(doc, item.span)
    if (display.start >= range.start && display.end <= range.end) found.push({ item, range: display })
  }
  return found
}

export function extractEvents(doc: Doc, context: EventContext): Event[] {
  // An event named only as what another act is about is not one the article names as news.
  const groups = groupMentions(doc, mentionsOf(doc)).filter((g) => !g.every((m) => m.object))
  const primary = primaryOf(groups, doc.blocks)
  if (!primary) return []
  const located: Located = {
    dates: byStart(context.dates),
    periods: byStart(context.periods),
    stated: new Map(),
  }
  const ordered = [primary, ...groups.filter((g) => g !== primary)]
  return ordered.map((group) => eventOf(doc, group, context, located, group === primary))
}

function mentionsOf(doc: Doc): EventMention[] {
  const mentions: EventMention[] = []
  for (const sentence of sentencesOf(doc)) {
    const block = doc.blocks[sentence.block] as Block
    const text = doc.text.match.slice(sentence.start, sentence.end)
    const found: EventMention[] = []
    for (const n of recognizeEventNames(text, { bareHeads: true })) {
      // A bare head is read only where a verb may hold it ("tổ chức hội nghị để …", not "Tại hội nghị").
      if (n.bare && phraseEnding(text.slice(Math.max(0, n.start - 60), n.start), VERB_BEFORE) < 0) continue
      const m = mentionOf(doc, text, sentence, block, n, false)
      // A bare head is a mention only where a verb holds it ("tổ chức hội nghị để thảo luận").
      if (n.bare && !(m.held && m.organizer)) continue
      found.push(m)
    }
    for (const v of recognizeVerbEvents(text)) {
      const at = { start: sentence.start + v.start, end: sentence.start + v.end }
      if (found.some((f) => f.start < at.end && at.start < f.end)) continue
      const m = mentionOf(doc, text, sentence, block, { ...v, headEnd: v.start }, false, v.verbStart)
      // A meeting or a ceremony told by a verb needs a body that holds it; voters meet delegates, and
      // officials who go to hand an award over on a stated day hold the ceremony the article names.
      const holder =
        m.organizer !== null ||
        (v.type === 'tiếp xúc cử tri' && phraseInClause(text.slice(0, v.verbStart), DELEGATES, 240, '.;:')) ||
        (v.type === 'trao' && handingCeremony(doc, text, sentence, v.verbStart))
      if (!holder) continue
      // An election is the session of the body that elects: "HĐND huyện bầu …", "Ban Chấp hành … bầu …".
      const type =
        v.type === 'bầu'
          ? m.organizer && electingBody(doc.text.match.slice(m.organizer.start, m.organizer.end))
          : v.type === 'trao'
            ? 'lễ'
            : v.type
      if (type) found.push({ ...m, type, told: true })
    }
    const top = block.kind === 'title' || block.kind === 'lead'
    if (found.length === 0 && top) {
      for (const v of recognizeVisits(text)) {
        found.push(mentionOf(doc, text, sentence, block, { ...v, headEnd: v.end }, true))
      }
    }
    if (found.length === 0) {
      const back = backReference(doc, text, sentence, block)
      if (back) found.push(back)
    }
    found.sort((a, b) => a.start - b.start)
    // "chào mừng Đại hội Đảng các cấp và Đại hội toàn quốc lần thứ XIV": coordinated with background.
    for (let i = 1; i < found.length; i++) {
      const [prev, m] = [found[i - 1] as EventMention, found[i] as EventMention]
      if (prev.background && COORDINATION.test(doc.text.match.slice(prev.end, m.start))) m.background = true
    }
    // "X tổ chức Lễ khai mạc Giải …": the event a ceremony opens is held by whoever holds the ceremony.
    for (let i = 1; i < found.length; i++) {
      // Names do not overlap but for this one: the ceremony is the mention just before.
      const [outer, inner] = [found[i - 1] as EventMention, found[i] as EventMention]
      if (!(outer.start < inner.start && inner.start < outer.end) || inner.organizer) continue
      inner.organizer = outer.organizer
      inner.held ||= outer.held
      inner.background ||= outer.background
    }
    // "Đoàn công tác … đã có buổi làm việc với xã …": the session is the delegation's.
    const delegation = found.findIndex((m) => m.type === 'đoàn công tác' && !m.visit)
    if (delegation >= 0) {
      for (const m of found.slice(delegation + 1)) if (m.type === 'buổi làm việc') m.background = true
    }
    mentions.push(...found)
  }
  return mentions
}

function mentionOf(
  doc: Doc,
  text: string,
  sentence: Sentence,
  block: Block,
  n: { start: number; end: number; headEnd: number; type: string },
  visit: boolean,
  verbAt?: number,
): EventMention {
  const before = text.slice(Math.max(0, n.start - 60), n.start)
  let verb = verbAt === undefined ? phraseEnding(before, VERB_BEFORE) : -1
  // "trong tổ chức Ngày hội …" names the organizing, not an act of it.
  if (verb >= 0 && phraseEnding(before.slice(0, verb), NOMINAL) >= 0) verb = -1
  const verbStart = verbAt ?? (verb >= 0 ? n.start - before.length + verb : -1)
  const after = text.slice(n.end, n.end + 200)
  let organizer: Range | null = null
  if (verbStart >= 0) organizer = subjectBefore(text, verbStart)
  // "Ban Chỉ đạo … đã có buổi làm việc tại tỉnh": the body that holds a working session, or that
  // visits (a visit's words open with its verb).
  else if (visit) organizer = subjectBefore(text, n.start)
  else if (n.type === 'buổi làm việc' && HAVE_BEFORE.test(before))
    organizer = subjectBefore(text, n.start - 3)
  const by = BY.exec(after)
  if (!organizer && by) {
    const held = HELD_BY.exec(after.slice(0, 160))
    const clauseEnd = after.search(/[,.;]/u)
    if (held && (clauseEnd < 0 || held.index < clauseEnd)) {
      organizer = subjectBefore(text, n.end + held.index, n.end + by[0].length)
    }
  }
  // Denied, general or subordinate ("không tổ chức", "hằng năm tổ chức", "đến khi huyện tổ chức").
  const toVerb = verbStart >= 0 ? text.slice(Math.max(0, verbStart - 80), verbStart) : before
  const habit = verbStart >= 0 && verbStart < 160 && HABITUAL.test(text)
  const notHeld = phraseEnding(toVerb, NOT_HELD) >= 0 || phraseInClause(toVerb, SUBORDINATE, 70) || habit
  const delegationActs =
    n.type === 'đoàn công tác' && !visit && DELEGATION_ACT.test(text.slice(n.end, n.end + 160))
  const shift = (r: Range | null) => r && { start: sentence.start + r.start, end: sentence.start + r.end }
  const object = !visit && verbStart < 0 && objectOf(text.slice(Math.max(0, n.start - OBJECT_REACH), n.start))
  return {
    start: sentence.start + n.start,
    end: sentence.start + n.end,
    headEnd: sentence.start + n.headEnd,
    type: n.type,
    capital: CAPITAL.test(doc.text.display[sentence.start + n.start] as string),
    sentence,
    block,
    held: !notHeld && (verbStart >= 0 || HAPPENED.test(after) || organizer !== null || delegationActs),
    background:
      notHeld ||
      object ||
      (verbStart < 0 && (phraseEnding(before, BACKGROUND) >= 0 || appositive(before) || greetedList(before))),
    organizer: shift(organizer),
    visit,
    habit,
    object,
  }
}

/**
 * An event that is what another act protects, serves or yields: "kết quả của Đại hội …", "đảm bảo
 * an ninh trật tự Đại hội …", "bảo vệ an toàn các sự kiện, chuỗi lễ hội …" (the act may be several
 * commas back; an event right after a comma opens a clause of its own).
 */
function objectOf(before: string): boolean {
  if (phraseEnding(before, RESULT_OF) >= 0) return true
  if (before.trimEnd().endsWith(',')) return false
  return phraseInClause(before, OBJECT_OF, OBJECT_REACH, ';:.')
}

/**
 * "Chiều ngày 4/7, đồng chí X … đã đi trao tặng Huy hiệu …" with "Phát biểu tại buổi lễ, …" later:
 * a ceremony held on the day the sentence opens with.
 */
function handingCeremony(doc: Doc, text: string, sentence: Sentence, verbStart: number): boolean {
  if (recognizeStatedDates(text.slice(0, verbStart)).length === 0) return false
  return CEREMONY_LATER.test(doc.text.match.slice(sentence.end, sentence.end + CEREMONY_REACH))
}
const CEREMONY_LATER = /(?:buổi|tại|dự)[ \t]+lễ(?![\p{L}\p{M}])/iu
const CEREMONY_REACH = 2000

/** The session an election takes place at, by who elects: a council's "kỳ họp", a committee's "hội nghị". */
function electingBody(subject: string): string | null {
  if (COUNCIL.test(subject)) return 'kỳ họp'
  return EXECUTIVE.test(subject) ? 'hội nghị' : null
}

/** "hướng về sự kiện chính trị trọng đại – Đại hội …": background told before an appositive dash. */
function appositive(before: string): boolean {
  const trimmed = before.trimEnd()
  return trimmed.endsWith('-') && phraseInClause(trimmed.slice(0, -1), APPOSITIVE_BACKGROUND, 60)
}

/** "Giải do Ban Thường vụ Tỉnh Đoàn tổ chức …": the organizer of an event named before. */
function backReference(doc: Doc, text: string, sentence: Sentence, block: Block): EventMention | null {
  const m = BACK_REFERENCE.exec(text)
  if (!m) return null
  const after = text.slice(m[0].length, m[0].length + 160)
  const held = HELD_BY.exec(after)
  if (!held || /[,.;]/u.test(after.slice(0, held.index))) return null
  const organizer = subjectBefore(text, m[0].length + held.index, m[0].length)
  if (!organizer) return null
  const head = m[1] as string
  const start = m.index + m[0].indexOf(head)
  const range = { start: sentence.start + start, end: sentence.start + start + head.length }
  return {
    ...range,
    headEnd: range.end,
    type: TYPE_OF_HEAD.get(canonicalize(head)) ?? canonicalize(head),
    capital: CAPITAL.test(doc.text.display[range.start] as string),
    sentence,
    block,
    held: true,
    background: false,
    organizer: { start: sentence.start + organizer.start, end: sentence.start + organizer.end },
    visit: false,
    anaphor: true,
  }
}

/** Mentions of one event: the same type, and names that agree (one starts the other). */
function groupMentions(doc: Doc, mentions: readonly EventMention[]): EventMention[][] {
  // `titleOnly`: named so far only in the headline, which may shorten the name the lead gives.
  type Group = { at: number; key: string; titleOnly: boolean; told: boolean; mentions: EventMention[] }
  const groups: Group[] = []
  // Groups by type, each compared with its first few only: a page naming thousands of events stays linear.
  const byType = new Map<string, Group[]>()
  for (const m of mentions) {
    // The matching view is already folded: lower-case and single spaces make it canonical.
    const key = m.visit ? '' : nameKey(doc.text.match.slice(m.start, m.end))
    const loose = m.visit || isTitle(m) || m.type === 'đoàn công tác' || m.anaphor === true || m.told === true
    const joins = (g: Group) =>
      sameKind(g.mentions[0], m) &&
      (loose || g.key === '' || g.titleOnly || g.told || sameName(g.key, key) || sameWords(g.key, key))
    let group: Group | undefined
    for (const type of MEETINGS.has(m.type) ? MEETINGS : [m.type]) {
      const found = byType.get(type)?.find((g, i) => i < MAX_COMPARED && joins(g))
      if (found && (!group || found.at < group.at)) group = found
    }
    // A head that refers back joins the event it names, or nothing.
    if (!group && m.anaphor) continue
    if (!group) {
      const created = { at: groups.length, key, titleOnly: isTitle(m), told: m.told === true, mentions: [m] }
      groups.push(created)
      const bucket = byType.get(m.type)
      if (bucket) bucket.push(created)
      else byType.set(m.type, [created])
      continue
    }
    group.mentions.push(m)
    if (group.key === '' || (group.titleOnly && !isTitle(m))) group.key = key
    if (!isTitle(m)) group.titleOnly = false
  }
  return groups.map((g) => g.mentions)
}

/** A name compared lower-case with single spaces (the replacement is skipped where it changes nothing). */
function nameKey(name: string): string {
  const lower = name.toLowerCase()
  return COLLAPSIBLE.test(lower) ? lower.replace(/\s+/gu, ' ') : lower
}
/** A space that the key changes: a run of two, or a space other than " ". */
const COLLAPSIBLE = /[^\S ]|\s\s/u

/** The same type; a meeting told by its verb is the session or meeting the text names elsewhere. */
function sameKind(a: EventMention | undefined, b: EventMention): boolean {
  if (!a) return false
  if (a.type === b.type) return true
  return (a.told === true || b.told === true) && MEETINGS.has(a.type) && MEETINGS.has(b.type)
}

/** One name starts the other, or both open with the same four words ("Lễ giao nhận quân …"). */
function sameName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true
  const wa = a.split(' ')
  const wb = b.split(' ')
  return wa.length >= 4 && wb.length >= 4 && wa.slice(0, 4).join(' ') === wb.slice(0, 4).join(' ')
}

/**
 * Every word of the shorter name is in the longer one: "Đại hội Đảng bộ xã lần thứ XII" is
 * "Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII", "lễ ra quân trấn áp tội phạm" is "lễ ra quân
 * tấn công trấn áp tội phạm" (a head alone or with one word says too little to tell).
 */
function sameWords(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const shortWords = short.match(NAME_WORD) ?? []
  if (shortWords.length < MIN_SHARED_WORDS) return false
  const longWords = new Set(long.match(NAME_WORD) ?? [])
  return shortWords.every((w) => longWords.has(w))
}
const NAME_WORD = /[\p{L}\p{M}\p{N}]+/gu
const MIN_SHARED_WORDS = 4

const isTitle = (m: EventMention) => m.block.kind === 'title'
const isTop = (m: EventMention) => m.block.kind === 'title' || m.block.kind === 'lead'

/**
 * The event the article reports: held in the headline or lead, named in the headline, else held in
 * the paragraph after the lead (a later paragraph holding an event tells background, not news).
 */
function primaryOf(groups: readonly EventMention[][], blocks: readonly Block[]): EventMention[] | null {
  const lead = blocks.findIndex((b) => b.kind === 'lead')
  const firstBody = blocks.findIndex((b, i) => i > lead && b.kind === 'body')
  const secondBody = blocks.findIndex((b, i) => i > firstBody && b.kind === 'body')
  // A first paragraph that only refers to the event ("… mục tiêu mà Đại hội … đã đề ra") leaves the
  // report to the next one: the event it refers to is held there, and is the news.
  const near = (m: EventMention, group: readonly EventMention[]) =>
    m.sentence.block === firstBody ||
    (firstBody >= 0 &&
      m.sentence.block === secondBody &&
      group.some((x) => x.sentence.block === firstBody && !x.held))
  const firstWhere = (ok: (m: EventMention, group: EventMention[]) => boolean) => {
    let best: { group: EventMention[]; at: number } | null = null
    for (const group of groups) {
      const m = group.find((x) => ok(x, group) && !x.background)
      if (m && (best === null || m.start < best.at)) best = { group, at: m.start }
    }
    return best?.group ?? null
  }
  // A headline that only mentions a kind of event in passing ("Nâng cao chất lượng hội thảo khoa
  // học") reports none: a headline names its event with a capital or holds it with a verb.
  const named = (m: EventMention) => !isTitle(m) || m.held || m.capital || m.visit
  // A headline whose event the lead says is held every year is a feature, not news.
  const habitual = new Set(groups.filter((g) => g.some((m) => m.habit && isTop(m))))
  const reported = (m: EventMention, group: EventMention[]) => named(m) && !habitual.has(group)
  return (
    firstWhere((m) => isTop(m) && m.held) ??
    firstWhere((m, group) => isTitle(m) && reported(m, group)) ??
    firstWhere((m, group) => isTop(m) && reported(m, group)) ??
    firstWhere((m, group) => m.held && m.block.kind === 'body' && near(m, group))
  )
}

function eventOf(
  doc: Doc,
  group: readonly EventMention[],
  context: EventContext,
  located: Located,
  primary: boolean,
): Event {
  const reporting = group.filter((m) => !isTitle(m))
  // The name as the report gives it: where the event is held, else where it is first named in full.
  const full = (m: EventMention) => m.end > m.headEnd && !m.visit
  const named =
    reporting.find((m) => m.held && full(m)) ??
    reporting.find(full) ??
    reporting[0] ??
    (group[0] as EventMention)
  const when = dateOf(doc, reportingOf(group), located, group)
  const { review, plan } = periodsOf(doc, named, located.periods)
  return {
    type: named.type,
    name: textOf(doc, named),
    organizer: organizerOf(doc, group),
    date: when.date,
    timeOfDay: when.timeOfDay,
    location: locationOf(doc, reportingOf(group)),
    chair: primary ? chairOf(doc, context.officials) : null,
    reviewPeriod: review,
    planPeriod: plan,
    span: spanOf(doc, named) as Span,
  }
}

function organizerOf(doc: Doc, mentions: readonly EventMention[]): string | null {
  // The lead says it in full where the headline abbreviates ("Đoàn công tác của Tỉnh ủy").
  const group = [...mentions.filter((m) => !isTitle(m)), ...mentions.filter(isTitle)]
  const stated = group.find((m) => m.organizer !== null)
  if (stated?.organizer) return textOf(doc, stated.organizer)
  // A delegation comes from the body its name gives: "Đoàn công tác (của) Tỉnh ủy".
  for (const m of group) {
    if (m.type !== 'đoàn công tác' || m.visit || m.end <= m.headEnd) continue
    const body = delegationBody(doc, m)
    if (body) return body
  }
  return bodyInName(doc, group)
}

/** The body a delegation's name gives: all of it ("của Tỉnh ủy, HĐND, UBND tỉnh"), else the body it opens with. */
function delegationBody(doc: Doc, m: EventMention): string | null {
  const written = doc.text.match.slice(m.headEnd, m.end)
  // "Đoàn công tác số 12 của Tỉnh ủy": a delegation's number is not its body.
  const of = /^[ \t]*(?:số[ \t]+\d{1,3}[ \t]+)?(?:của[ \t]+)?/u.exec(written)?.[0].length ?? 0
  const at = m.headEnd + of
  const rest = textOf(doc, { start: at, end: m.end })
  if (isOrganizerPhrase(rest)) return rest
  const body = organizationAt(doc.text.match, at)
  if (!body || body.start !== at || body.end > m.end) return null
  const found = textOf(doc, { start: at, end: at + bodyLength(doc.text.match.slice(at, body.end)) })
  return isOrganizerPhrase(found) ? found : null
}

/**
 * A council holds its sessions and a body its congress: "Kỳ họp thứ 7, HĐND tỉnh Kon Tum khóa XII"
 * → "HĐND tỉnh Kon Tum"; "Đại hội đại biểu Đảng bộ xã Cao Phong lần thứ I" → "Đảng bộ xã Cao Phong".
 * The most specific reading among the mentions wins (the headline often names the place).
 */
function bodyInName(doc: Doc, mentions: readonly EventMention[]): string | null {
  let best: string | null = null
  for (const m of mentions) {
    if (m.visit || m.end <= m.headEnd) continue
    // The rest of the name, read on its own (offsets from the head's end).
    const text = doc.text.match.slice(m.headEnd, m.end)
    let at = -1
    if (m.type === 'kỳ họp' || m.type === 'phiên họp') {
      const council = COUNCIL.exec(text)
      if (council) at = council.index
    }
    if (at < 0 && (m.type === 'phiên họp' || m.type === 'cuộc họp')) {
      const next = MEETING_BODY_NEXT.exec(text.slice(0, 40))
      if (next) at = next[0].length
    } else if (m.type === 'đại hội' || m.type === 'hội nghị') {
      const next = BODY_NEXT.exec(text)
      if (next) at = next[0].length
    }
    if (at < 0 && MEETING_OF_TYPES.has(m.type)) {
      const of = MEETING_OF.exec(text)
      // "Hội nghị quán triệt Nghị quyết của Trung ương Đảng": "của" gives the document's issuer.
      if (of && !DOCUMENT_BEFORE.test(text.slice(0, of.index))) at = of.index + of[0].length
    }
    if (at < 0) continue
    const body = organizationAt(text, at)
    const end = body && body.start === at ? body.end : headedBodyEnd(text, at)
    if (end === null) continue
    const start = m.headEnd + at
    const found = textOf(doc, { start, end: start + bodyLength(text.slice(at, end)) })
    if (best === null || found.length > best.length) best = found
  }
  return best
}

/** A body named by its head word up to the rest of the event's name ("Công đoàn Giáo dục huyện X lần thứ XX"). */
function headedBodyEnd(text: string, at: number): number | null {
  const rest = text.slice(at, at + 160)
  const stop = NAME_PART_AFTER_BODY.exec(rest)
  const phrase = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
  return isOrganizerPhrase(phrase) && ADMIN_UNIT.test(phrase) ? at + phrase.length : null
}

/**
 * The sentences that report an event: those of the block that first holds it, else of its first
 * reporting mention (an earlier reference, "mục tiêu mà Đại hội … đề ra", tells neither when nor where).
 */
function reportingOf(group: readonly EventMention[]): EventMention[] {
  const reporting = group.filter((m) => !isTitle(m))
  const first =
    reporting.find((m) => m.held && !m.background) ??
    reporting.find((m) => !m.object) ??
    reporting[0] ??
    group[0]
  return first ? (reporting.length > 0 ? reporting : [...group]).filter((m) => m.block === first.block) : []
}

interface When {
  date: DateParts | null
  timeOfDay: TimeOfDay | null
}

/**
 * The first date stated in a reporting sentence, outside the event's name; else in a later sentence
 * that reports the event held ("Sáng 2-3, Bộ Tư lệnh tổ chức lễ ra quân …" after a lead without a date).
 */
function dateOf(
  doc: Doc,
  mentions: readonly EventMention[],
  located: Located,
  group: readonly EventMention[] = [],
): When {
  const held = group.filter((m) => m.held && !isTitle(m) && !mentions.includes(m))
  // An event prepared for or still to come ("chuẩn bị Đại hội …", "trình Đại hội … nhiệm kỳ
  // 2025-2030", "Đại hội … sắp diễn ra") takes a date only where the sentence says when it is held.
  const upcoming = held.length === 0 && mentions.length > 0 && mentions.every((m) => upcomingMention(doc, m))
  for (const [sentence, names] of bySentence([...mentions, ...held])) {
    const outside = (r: Range) =>
      r.start >= sentence.start &&
      r.end <= sentence.end &&
      !names.some((n) => r.start >= n.start && r.end <= n.end) &&
      (!upcoming ||
        names.some((n) => r.start >= n.end && UPCOMING_DATE.test(doc.text.match.slice(n.end, r.start))))
    const stated = statedDates(doc, sentence, located).find(outside)
    if (stated) {
      return {
        date: { day: stated.day, month: stated.month, year: stated.year },
        timeOfDay: stated.timeOfDay,
      }
    }
  }
  const first = mentions[0]
  const opening = first ? doc.text.match.slice(first.sentence.start, first.sentence.end) : ''
  return { date: null, timeOfDay: leadingTimeOfDay(opening) }
}

/** "chào mừng Đại hội Đảng bộ các cấp và Đại hội …": coordinated with a greeted class, not named as an event. */
function greetedList(before: string): boolean {
  return /[ \t]và[ \t]*$/u.test(before) && phraseInClause(before, APPOSITIVE_BACKGROUND, 60, '.;:')
}

/** A mention of an event prepared for or still to come: not held, after "chuẩn bị", "trình" or before "sẽ", "sắp". */
function upcomingMention(doc: Doc, m: EventMention): boolean {
  if (m.held && !m.background) return false
  const before = doc.text.match.slice(Math.max(m.sentence.start, m.start - 120), m.start)
  return (
    // "chuẩn bị Đại hội các Chi bộ …, Đại hội Đảng bộ xã lần thứ XII": the act reaches along the list.
    phraseInClause(before, UPCOMING_ACT, 120, '.;:') ||
    UPCOMING.test(doc.text.match.slice(m.end, Math.min(m.end + 40, m.sentence.end)))
  )
}

/** Mentions grouped by sentence, in order: each sentence is read once however often it names the event. */
function bySentence(mentions: readonly EventMention[]): Map<Sentence, EventMention[]> {
  const map = new Map<Sentence, EventMention[]>()
  for (const m of mentions) {
    const list = map.get(m.sentence)
    if (list) list.push(m)
    else map.set(m.sentence, [m])
  }
  return map
}

type Stated = Range & DateParts & { timeOfDay: TimeOfDay | null }

/** Dates of a sentence: the date recognizer's, parts as stated; where it found none, the stand-in's. */
function statedDates(doc: Doc, sentence: Sentence, located: Located): Stated[] {
  let stated = located.stated.get(sentence)
  if (!stated) {
    stated = readStatedDates(doc, sentence, located)
    located.stated.set(sentence, stated)
  }
  return stated
}

function readStatedDates(doc: Doc, sentence: Sentence, located: Located): Stated[] {
  const text = doc.text.match.slice(sentence.start, sentence.end)
  const own = recognizeStatedDates(text).map((d) => ({
    ...d,
    start: d.start + sentence.start,
    end: d.end + sentence.start,
  }))
  const stated: Stated[] = []
  for (const { item: d, range } of within(doc, located.dates, sentence)) {
    if (followsDocumentNumber(doc.text.match, range.start)) continue
    if (d.inferred || d.relative !== null) {
      // Parts filled from the reference date are not stated: keep only what the words say.
      const words = own.find((o) => o.start < range.end && range.start < o.end)
      if (words)
        stated.push({
          ...words,
          start: range.start,
          end: range.end,
          timeOfDay: d.timeOfDay ?? words.timeOfDay,
        })
      continue
    }
    if (d.day === null && d.month === null && d.year === null) continue
    if (own.length === 0 && !/\d/u.test(d.text)) continue
    stated.push({
      start: range.start,
      end: range.end,
      day: d.day,
      month: d.month,
      year: d.year,
      timeOfDay: d.timeOfDay,
    })
  }
  // Forms the date recognizer leaves out ("Trong 2 ngày (25 và 26/6)") are read by the stand-in.
  for (const o of own) if (!stated.some((d) => d.start < o.end && o.start < d.end)) stated.push(o)
  const anniversaries = anniversarySpans(text, sentence.start)
  return stated
    .filter((d) => !anniversaries.some((a) => d.start >= a.start && d.end <= a.end))
    .sort((a, b) => a.start - b.start)
}

/** "(19/8/1945 - 19/8/2025)", "(20.10.1930 – 2015)": the span an anniversary covers, never the event's date. */
function anniversarySpans(text: string, offset: number): Range[] {
  const spans: Range[] = []
  if (text.includes('(')) {
    for (const m of text.matchAll(ANNIVERSARY)) {
      spans.push({ start: offset + m.index, end: offset + m.index + m[0].length })
    }
  }
  // "kỷ niệm 82 năm Ngày thành lập Đảng 3/2/1930 - 3/2/2012": the same span written without brackets.
  if (text.includes('-')) {
    for (const m of text.matchAll(BARE_ANNIVERSARY)) {
      const before = text.slice(Math.max(0, m.index - ANNIVERSARY_REACH), m.index)
      if (!ANNIVERSARY_WORD.test(before)) continue
      spans.push({ start: offset + m.index, end: offset + m.index + m[0].length })
    }
  }
  return spans
}
const BARE_ANNIVERSARY =
  /(?:\d{1,2}[/.]\d{1,2}[/.])?\d{4}[ \t]*-[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.])?\d{4}(?!\d)/gu
const ANNIVERSARY_WORD = /(?:kỷ niệm|Kỷ niệm|kỉ niệm|Kỉ niệm)[ \t]+[^,;.]{0,100}$/u
const ANNIVERSARY_REACH = 120

function locationOf(doc: Doc, mentions: readonly EventMention[]): string | null {
  for (const [sentence, names] of bySentence(mentions)) {
    const place = recognizeLocation(doc.text.match.slice(sentence.start, sentence.end))
    if (!place) continue
    const range = { start: sentence.start + place.start, end: sentence.start + place.end }
    if (names.some((n) => range.start >= n.start && range.end <= n.end)) continue
    return textOf(doc, range)
  }
  return null
}

/** The chair: the official the officials extractor marked so, else the person before "chủ trì". */
function chairOf(doc: Doc, officials: readonly Official[]): string | null {
  const marked = officials.find((o) => o.roles.includes('chair'))
  if (marked) return marked.name
  for (const sentence of sentencesOf(doc)) {
    const found = recognizeChairName(doc.text.match.slice(sentence.start, sentence.end))
    if (!found) continue
    const name = textOf(doc, { start: sentence.start + found.start, end: sentence.start + found.end })
    const known = officials.find((o) => canonicalize(o.name).endsWith(canonicalize(name)))
    return known ? known.name : name
  }
  return null
}

function periodsOf(doc: Doc, named: EventMention, periods: readonly Period[]) {
  const name = doc.text.match.slice(named.start, named.end)
  // Every period names a year.
  if (!/\d/u.test(name)) return { review: null, plan: null }
  const given = within(doc, periods, named)
    .map(({ range: r }) => r)
    .map((r) => ({ start: r.start - named.start, end: r.end - named.start }))
  const { review, plan } = reviewAndPlan(name, given.length > 0 ? given : recognizePeriodPhrases(name))
  const read = (r: Range | null) =>
    r && textOf(doc, { start: named.start + r.start, end: named.start + r.end })
  return { review: read(review), plan: read(plan) }
}

/** A span of the caller's string → display offsets (the offset map is monotonic). */
function toDisplay(doc: Doc, span: Span): Range {
  return { start: displayOffset(doc.text, span.start), end: displayOffset(doc.text, span.end) }
}
