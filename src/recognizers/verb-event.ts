/**
 * Gatherings told by a verb, with no event noun: meetings a body holds ("UBND tỉnh họp phiên thường
 * kỳ tháng 5", "Hội đồng Thi đua huyện họp xét khen thưởng", "tổ chức họp bàn") and ceremonies a body
 * holds ("tổ chức khánh thành cầu Út Dài", "tổ chức kỷ niệm 45 năm Ngày giải phóng").
 *
 *   "họp phiên thường kỳ tháng 5/2023"     → phiên họp, verb at "họp"
 *   "họp với các thành viên Ban Chỉ đạo"   → cuộc họp
 *   "tổ chức khánh thành cầu Út Dài"       → lễ, verb at "tổ chức"
 *
 *   "bầu bổ sung ông X giữ chức Chủ tịch UBND" → an election, verb at "bầu"
 *
 * Only the verb and what follows are read here: the events extractor keeps a mention only when a
 * body is the subject of the verb, and names an election by its subject (a council holds a session,
 * an executive committee a conference). Not meetings: "họp báo", "họp mặt", "hội họp", "dự họp", "kỳ họp".
 */
import {
  CEREMONY_ACTS,
  CEREMONY_VERBS,
  CONFERENCE_ACTS,
  GET_TOGETHER,
  MEETING_COMPLEMENTS,
  NOT_CEREMONY_BEFORE,
} from '../lexicon/events.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { eventNameEnd } from './event-name.js'
import { TextFinder } from './find-text.js'

export interface VerbEvent {
  /** The name: from the activity ("họp", "khánh thành") to the clause that says where or why. */
  start: number
  end: number
  /** Where the verb whose subject holds the event starts. */
  verbStart: number
  /** An election ("bầu … làm Chủ tịch") is a session of whoever elects: the extractor names it. */
  type: 'cuộc họp' | 'phiên họp' | 'lễ' | 'hội nghị' | 'họp mặt' | 'bầu' | 'tiếp xúc cử tri' | 'trao'
}

// Matched at the places "họp" and "tổ chức" occur (found with indexOf): the patterns are sticky.
const MEETING = new RegExp(
  `(?<verb>(?:tổ chức|tiến hành)[ \\t]+)?họp(?:[ \\t]+(?<session>phiên)${WORD_END})?` +
    `(?=[ \\t]+(?:(?<regular>thường kỳ|định kỳ)|${alternation(MEETING_COMPLEMENTS)})${WORD_END})`,
  'uy',
)
const VERB_BEFORE_MEETING = /(?:tổ chức|tiến hành)[ \t]+$/u
const NOT_MEETING_BEFORE =
  /(?:^|[ \t])(?:dự|kỳ|kì|cuộc|buổi|phiên|hội|tại|trong|sau|trước|các|đầu|cuối)[ \t]+$/iu
// "tổ chức kỷ niệm (chào mừng) 60 năm …", "tổ chức sơ kết công tác …", "tổ chức họp mặt kỷ niệm …".
const CEREMONY = new RegExp(
  `(?<verb>tổ chức[ \\t]+(?:(?:long trọng|trọng thể|trang trọng)[ \\t]+)?)` +
    `(?:(?<act>${alternation(CEREMONY_ACTS)}${WORD_END}|kỷ niệm[ \\t]+(?:(?:chào mừng|lần thứ)[ \\t]+)?(?:\\d{1,3}|[\\p{Ll}]{2,5}(?:[ \\t]+[\\p{Ll}]{2,5}){0,2})[ \\t]+năm${WORD_END})` +
    `|(?<conference>${alternation(CONFERENCE_ACTS)})(?=[ \\t]+\\p{L})|(?<together>${alternation(GET_TOGETHER)})${WORD_END})`,
  'iuy',
)
// "UBND tỉnh đã khánh thành và đưa vào sử dụng cầu …": the act alone, the body its subject.
const CEREMONY_VERB = new RegExp(
  `(?:(?<act>${alternation(CEREMONY_VERBS)})|(?<together>họp mặt))(?=[ \\t]+\\p{L})`,
  'uy',
)
const NOT_CEREMONY = new RegExp(`(?:^|[ \\t])${alternation(NOT_CEREMONY_BEFORE)}[ \\t]+$`, 'iu')
const CEREMONY_VERB_FINDERS = [...CEREMONY_VERBS, 'họp mặt'].map((verb) => new TextFinder(verb))
// "HĐND huyện đã bầu bổ sung ông X giữ chức Chủ tịch UBND huyện": the post follows within the clause.
const ELECTION =
  /bầu(?:[ \t]+bổ sung)?(?=[ \t])(?=[^,.;]{0,80}[ \t](?:làm|giữ chức|giữ các chức danh|vào chức danh)[ \t])/uy
// "Công an các địa phương đồng loạt ra quân …": a rally a body holds, told by its verb.
const NOT_RALLY_BEFORE =
  /(?:^|[ \t])(?:lễ|buổi|đợt|cuộc|lệnh|dịp|tham gia|trong|sau|trước|các|khi|để|sẽ|phải|cần)[ \t]+(?:đồng loạt[ \t]+)?$/iu
// "Đại biểu HĐND tỉnh tổ chức tiếp xúc với cử tri …", "Đoàn ĐBQH tỉnh tiếp xúc cử tri …".
const VOTERS = /(?:tổ chức[ \t]+)?tiếp xúc(?:[ \t]+với)?[ \t]+cử tri(?![\p{L}\p{M}\p{N}])/uy
const NOT_VOTERS_BEFORE =
  /(?:^|[ \t])(?:buổi|cuộc|các|hoạt động|hội nghị|trong|tại|sau|trước|khi|để|việc|công tác|kết quả|dự|tham dự|đợt)[ \t]+$/iu
// "… đã trực tiếp đi trao tặng Huy hiệu …": officials go to hand an award over (a ceremony only
// where the article says so: the extractor's call).
const HANDING =
  /trao(?:[ \t]+tặng)?[ \t]+(?=(?:Huy hiệu|huy hiệu|Huân chương|Kỷ niệm chương|Bằng khen|Giấy khen)(?![\p{L}\p{M}]))/uy
const GO_BEFORE = /(?:^|[ \t])(?:đi|đến|về|tới)[ \t]+$/u
const LETTER = /[\p{L}\p{M}\p{N}]/u
const startsWord = (text: string, at: number) => at === 0 || !LETTER.test(text[at - 1] as string)
// The verbs are searched for in every sentence: by their toned vowel (./find-text.ts).
const HOP = new TextFinder('họp')
const HOLD_VERBS = [new TextFinder('tổ chức'), new TextFinder('Tổ chức')]
const BAU = new TextFinder('bầu')
const RA_QUAN = new TextFinder('ra quân')
const TIEP_XUC = new TextFinder('tiếp xúc')
const TRAO = new TextFinder('trao')

/** Meetings and ceremonies told by their verbs in `text` (a sentence in the matching view), in order. */
export function recognizeVerbEvents(text: string): VerbEvent[] {
  const found: VerbEvent[] = []
  for (let at = HOP.indexIn(text); at >= 0 && found.length === 0; at = HOP.indexIn(text, at + 3)) {
    if (!startsWord(text, at)) continue
    const verb = VERB_BEFORE_MEETING.exec(text.slice(Math.max(0, at - 20), at))
    const from = verb ? at - verb[0].length : at
    if (!verb && NOT_MEETING_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue
    MEETING.lastIndex = from
    const m = MEETING.exec(text)
    if (!m) continue
    const g = m.groups ?? {}
    const end = from + m[0].length
    found.push({
      start: at,
      end: Math.max(eventNameEnd(text, end), end),
      verbStart: from,
      // "họp phiên …", "họp thường kỳ": a body's regular session.
      type: g.session || g.regular ? 'phiên họp' : 'cuộc họp',
    })
  }
  for (const verb of HOLD_VERBS) {
    const length = verb.needle.length
    for (let at = verb.indexIn(text); at >= 0; at = verb.indexIn(text, at + length)) {
      if (!startsWord(text, at)) continue
      CEREMONY.lastIndex = at
      const m = CEREMONY.exec(text)
      if (!m) continue
      const start = at + (m.groups?.verb?.length ?? 0)
      const end = at + m[0].length
      const type = m.groups?.conference ? 'hội nghị' : m.groups?.together ? 'họp mặt' : 'lễ'
      found.push({ start, end: Math.max(eventNameEnd(text, end), end), verbStart: at, type })
      return found.sort((a, b) => a.start - b.start)
    }
  }
  const ceremony = found.length === 0 ? ceremonyVerb(text) : null
  if (ceremony) return [ceremony]
  const other = found.length === 0 ? otherVerbEvent(text) : null
  if (other) return [other]
  if (found.length === 0) {
    for (let at = BAU.indexIn(text); at >= 0; at = BAU.indexIn(text, at + 3)) {
      if (!startsWord(text, at)) continue
      ELECTION.lastIndex = at
      const m = ELECTION.exec(text)
      if (!m) continue
      const end = at + m[0].length
      found.push({ start: at, end: Math.max(eventNameEnd(text, end), end), verbStart: at, type: 'bầu' })
      break
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** A rally ("đồng loạt ra quân"), a meeting with voters, or officials going to hand an award over. */
function otherVerbEvent(text: string): VerbEvent | null {
  const named = (start: number, end: number, verbStart: number, type: VerbEvent['type']): VerbEvent => ({
    start,
    end: Math.max(eventNameEnd(text, end), end),
    verbStart,
    type,
  })
  for (let at = TIEP_XUC.indexIn(text); at >= 0; at = TIEP_XUC.indexIn(text, at + 8)) {
    const verb = /tổ chức[ \t]+$/u.exec(text.slice(Math.max(0, at - 12), at))
    const from = verb ? at - verb[0].length : at
    if (!startsWord(text, at) || NOT_VOTERS_BEFORE.test(text.slice(Math.max(0, from - 16), from))) continue
    VOTERS.lastIndex = from
    const m = VOTERS.exec(text)
    if (m) return named(at, from + m[0].length, from, 'tiếp xúc cử tri')
  }
  for (let at = RA_QUAN.indexIn(text); at >= 0; at = RA_QUAN.indexIn(text, at + 7)) {
    const end = at + RA_QUAN.needle.length
    if (!startsWord(text, at) || (end < text.length && LETTER.test(text[end] as string))) continue
    if (!NOT_RALLY_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return named(at, end, at, 'lễ')
  }
  for (let at = TRAO.indexIn(text); at >= 0; at = TRAO.indexIn(text, at + 4)) {
    const go = GO_BEFORE.exec(text.slice(Math.max(0, at - 6), at))
    HANDING.lastIndex = at
    const m = go && startsWord(text, at) ? HANDING.exec(text) : null
    if (m && go) return named(at, at + m[0].length, at - go[0].trimStart().length, 'trao')
  }
  return null
}

/** A ceremony or a get-together told by its act alone ("UBND tỉnh đã khánh thành cầu …"), the first. */
function ceremonyVerb(text: string): VerbEvent | null {
  let best: VerbEvent | null = null
  for (const finder of CEREMONY_VERB_FINDERS) {
    for (let at = finder.indexIn(text); at >= 0; at = finder.indexIn(text, at + finder.needle.length)) {
      if (best && at >= best.start) break
      // Told by the act alone, the event needs the subject before it ("Họp mặt truyền thống" has none).
      const before = text.slice(Math.max(0, at - 12), at)
      if (!startsWord(text, at) || before.trim() === '' || NOT_CEREMONY.test(before)) continue
      CEREMONY_VERB.lastIndex = at
      const m = CEREMONY_VERB.exec(text)
      if (!m) continue
      const end = at + m[0].length
      const type = m.groups?.together ? 'họp mặt' : 'lễ'
      best = { start: at, end: Math.max(eventNameEnd(text, end), end), verbStart: at, type }
      break
    }
  }
  return best
}
