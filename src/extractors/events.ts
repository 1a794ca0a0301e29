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
  HAPPENED_AFTER,
  ORGANIZING_VERBS,
  VERB_TO_HEAD_FILLERS,
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
import { recognizePeriodPhrases, reviewAndPlan } from '../recognizers/review-plan.js'
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
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

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
  /** The name as written, spaces collapsed. */
  name: string
  sentence: Sentence
  block: Block
  /** Held by an organizing verb before it or followed by "diễn ra", "khai mạc"… */
  held: boolean
  /** Only the background of another act ("chào mừng Đại hội…", "dự Hội nghị…"). */
  background: boolean
  organizer: Range | null
  /** Told by verbs ("thăm, chúc Tết"), not by an event noun. */
  visit: boolean
}

const VERB_BEFORE = new RegExp(
  `${WORD_START}${alternation(ORGANIZING_VERBS)}(?:[ \\t]+${alternation(VERB_TO_HEAD_FILLERS)})?[ \\t]+$`,
  'iu',
)
const HAPPENED = new RegExp(
  `^[ \\t,]*(?:(?:đã|vừa|chính thức|được|sẽ)[ \\t]+){0,3}${alternation(HAPPENED_AFTER)}${WORD_END}`,
  'iu',
)
const BACKGROUND = new RegExp(`${WORD_START}${alternation(BACKGROUND_BEFORE)}[ \\t]+$`, 'iu')
const BY = /^[ \t]+do[ \t]+/u
const COUNCIL = new RegExp(`${WORD_START}(?:HĐND|Hội đồng nhân dân)${WORD_END}`, 'u')
const NAME_PART_AFTER_BODY =
  /[,;(]|(?<![ \t])[ \t]+(?=(?:lần thứ|khóa|nhiệm kỳ|năm[ \t]+\d|giai đoạn)(?![\p{L}\p{M}]))/iu
const ADMIN_UNIT = /(?<![\p{L}\p{M}])(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)(?![\p{L}\p{M}])/u
const BODY_NEXT = /^[ \t]+(?:đại biểu[ \t]+)?(?=\p{Lu})/u
const NOMINAL = new RegExp(
  `${WORD_START}${alternation(['trong', 'việc', 'công tác', 'khâu', 'thành tích'])}[ \\t]+$`,
  'iu',
)
const HELD_BY = new RegExp(
  `[ \\t]+(?:${alternation(['tổ chức', 'đăng cai', 'phối hợp tổ chức'])})${WORD_END}`,
  'iu',
)

export function extractEvents(doc: Doc, context: EventContext): Event[] {
  const groups = groupMentions(mentionsOf(doc))
  const primary = primaryOf(groups, doc.blocks)
  if (!primary) return []
  const ordered = [primary, ...groups.filter((g) => g !== primary)]
  return ordered.map((group) => eventOf(doc, group, context, group === primary))
}

function mentionsOf(doc: Doc): EventMention[] {
  const mentions: EventMention[] = []
  for (const sentence of sentencesOf(doc)) {
    const block = doc.blocks[sentence.block] as Block
    const text = doc.text.match.slice(sentence.start, sentence.end)
    const named = recognizeEventNames(text)
    for (const n of named) mentions.push(mentionOf(doc, text, sentence, block, n, false))
    if (named.length > 0 || (block.kind !== 'title' && block.kind !== 'lead')) continue
    for (const v of recognizeVisits(text)) {
      mentions.push(mentionOf(doc, text, sentence, block, { ...v, headEnd: v.end }, true))
    }
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
): EventMention {
  const before = text.slice(Math.max(0, n.start - 60), n.start)
  let verb = VERB_BEFORE.exec(before)
  // "trong tổ chức Ngày hội …" names the organizing, not an act of it.
  if (verb && NOMINAL.test(before.slice(0, verb.index))) verb = null
  const after = text.slice(n.end, n.end + 200)
  let organizer: Range | null = null
  if (verb) organizer = subjectBefore(text, n.start - before.length + verb.index)
  const by = BY.exec(after)
  if (!organizer && by) {
    const held = HELD_BY.exec(after.slice(0, 160))
    const clauseEnd = after.search(/[,.;]/u)
    if (held && (clauseEnd < 0 || held.index < clauseEnd)) {
      organizer = subjectBefore(text, n.end + held.index, n.end + by[0].length)
    }
  }
  const shift = (r: Range | null) => r && { start: sentence.start + r.start, end: sentence.start + r.end }
  return {
    start: sentence.start + n.start,
    end: sentence.start + n.end,
    headEnd: sentence.start + n.headEnd,
    type: n.type,
    name: textOf(doc, { start: sentence.start + n.start, end: sentence.start + n.end }),
    sentence,
    block,
    held: verb !== null || HAPPENED.test(after) || organizer !== null,
    background: verb === null && BACKGROUND.test(before),
    organizer: shift(organizer),
    visit,
  }
}

/** Mentions of one event: the same type, and names that agree (one starts the other). */
function groupMentions(mentions: readonly EventMention[]): EventMention[][] {
  // `titleOnly`: named so far only in the headline, which may shorten the name the lead gives.
  const groups: { key: string; titleOnly: boolean; mentions: EventMention[] }[] = []
  for (const m of mentions) {
    const key = m.visit ? '' : canonicalize(m.name)
    const loose = m.visit || isTitle(m) || m.type === 'đoàn công tác'
    const group = groups.find(
      (g) => g.mentions[0]?.type === m.type && (loose || g.key === '' || g.titleOnly || sameName(g.key, key)),
    )
    if (!group) {
      groups.push({ key, titleOnly: isTitle(m), mentions: [m] })
      continue
    }
    group.mentions.push(m)
    if (group.key === '' || (group.titleOnly && !isTitle(m))) group.key = key
    if (!isTitle(m)) group.titleOnly = false
  }
  return groups.map((g) => g.mentions)
}

/** One name starts the other, or both open with the same four words ("Lễ giao nhận quân …"). */
function sameName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true
  const wa = a.split(' ')
  const wb = b.split(' ')
  return wa.length >= 4 && wb.length >= 4 && wa.slice(0, 4).join(' ') === wb.slice(0, 4).join(' ')
}

const isTitle = (m: EventMention) => m.block.kind === 'title'
const isTop = (m: EventMention) => m.block.kind === 'title' || m.block.kind === 'lead'

/**
 * The event the article reports: held in the headline or lead, named in the headline, else held in
 * the paragraph after the lead (a later paragraph holding an event tells background, not news).
 */
function primaryOf(groups: readonly EventMention[][], blocks: readonly Block[]): EventMention[] | null {
  const lead = blocks.findIndex((b) => b.kind === 'lead')
  const firstBody = blocks.findIndex((b, i) => i > lead && b.kind === 'body')
  const near = (m: EventMention) => m.sentence.block === firstBody
  const firstWhere = (ok: (m: EventMention) => boolean) => {
    let best: { group: EventMention[]; at: number } | null = null
    for (const group of groups) {
      const m = group.find((x) => ok(x) && !x.background)
      if (m && (best === null || m.start < best.at)) best = { group, at: m.start }
    }
    return best?.group ?? null
  }
  return (
    firstWhere((m) => isTop(m) && m.held) ??
    firstWhere((m) => isTitle(m)) ??
    firstWhere((m) => isTop(m)) ??
    firstWhere((m) => m.held && m.block.kind === 'body' && near(m))
  )
}

function eventOf(doc: Doc, group: readonly EventMention[], context: EventContext, primary: boolean): Event {
  const reporting = group.filter((m) => !isTitle(m))
  const named =
    reporting.find((m) => m.end > m.headEnd && !m.visit) ?? reporting[0] ?? (group[0] as EventMention)
  const when = dateOf(doc, reportingOf(group), context.dates)
  const { review, plan } = periodsOf(doc, named, context.periods)
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
    const rest = textOf(doc, { start: m.headEnd, end: m.end }).replace(/^của\s+/u, '')
    if (isOrganizerPhrase(rest)) return rest
  }
  return bodyInName(doc, group)
}

/**
 * A council holds its sessions and a body its congress: "Kỳ họp thứ 7, HĐND tỉnh Kon Tum khóa XII"
 * → "HĐND tỉnh Kon Tum"; "Đại hội đại biểu Đảng bộ xã Cao Phong lần thứ I" → "Đảng bộ xã Cao Phong".
 * The most specific reading among the mentions wins (the headline often names the place).
 */
function bodyInName(doc: Doc, mentions: readonly EventMention[]): string | null {
  let best: string | null = null
  for (const m of mentions) {
    if (m.visit) continue
    const text = doc.text.match.slice(0, m.end)
    let at = -1
    if (m.type === 'kỳ họp' || m.type === 'phiên họp') {
      const council = COUNCIL.exec(text.slice(m.headEnd))
      if (council) at = m.headEnd + council.index
    } else if (m.type === 'đại hội' || m.type === 'hội nghị') {
      const next = BODY_NEXT.exec(text.slice(m.headEnd))
      if (next) at = m.headEnd + next[0].length
    }
    if (at < 0) continue
    const body = organizationAt(text, at)
    const end = body && body.start === at ? body.end : headedBodyEnd(text, at)
    if (end === null) continue
    const found = textOf(doc, { start: at, end: at + bodyLength(text.slice(at, end)) })
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

/** The sentences that report an event: those of its first reporting mention's block. */
function reportingOf(group: readonly EventMention[]): EventMention[] {
  const reporting = group.filter((m) => !isTitle(m))
  const first = reporting[0] ?? group[0]
  return first ? (reporting.length > 0 ? reporting : [...group]).filter((m) => m.block === first.block) : []
}

interface When {
  date: DateParts | null
  timeOfDay: TimeOfDay | null
}

/** The first date stated in a reporting sentence, outside the event's name. */
function dateOf(doc: Doc, mentions: readonly EventMention[], dates: readonly DateMention[]): When {
  for (const [sentence, names] of bySentence(mentions)) {
    const outside = (r: Range) =>
      r.start >= sentence.start &&
      r.end <= sentence.end &&
      !names.some((n) => r.start >= n.start && r.end <= n.end)
    const stated = statedDates(doc, sentence, dates).find(outside)
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
function statedDates(doc: Doc, sentence: Sentence, dates: readonly DateMention[]): Stated[] {
  const text = doc.text.match.slice(sentence.start, sentence.end)
  const own = recognizeStatedDates(text).map((d) => ({
    ...d,
    start: d.start + sentence.start,
    end: d.end + sentence.start,
  }))
  if (dates.length === 0) return own
  const stated: Stated[] = []
  for (const d of dates) {
    const range = toDisplay(doc, d.span)
    if (range.start < sentence.start || range.end > sentence.end) continue
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
  return stated.length > 0 ? stated.sort((a, b) => a.start - b.start) : own
}

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
  const given = periods
    .map((p) => toDisplay(doc, p.span))
    .filter((r) => r.start >= named.start && r.end <= named.end)
    .map((r) => ({ start: r.start - named.start, end: r.end - named.start }))
  const { review, plan } = reviewAndPlan(name, given.length > 0 ? given : recognizePeriodPhrases(name))
  const read = (r: Range | null) =>
    r && textOf(doc, { start: named.start + r.start, end: named.start + r.end })
  return { review: read(review), plan: read(plan) }
}

/** A span of the caller's string → display offsets (the offset map is monotonic). */
function toDisplay(doc: Doc, span: Span): Range {
  const length = doc.text.display.length
  const at = (offset: number) => {
    let lo = 0
    let hi = length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (doc.text.toSpan(mid, mid + 1).start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return { start: at(span.start), end: at(span.end) }
}
