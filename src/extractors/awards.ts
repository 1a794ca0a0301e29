/**
 * Awards: one record per award type per conferring act, and one per bare commendation with counts.
 *
 * In each sentence, award types and recipient counts are recognized; a count belongs to the type it follows ("trao Giấy khen cho 14 tập thể") or, in the
 * passive, precedes ("14 tập thể được tặng Giấy khen"); a count left over after a commending verb
 * ("khen thưởng 3 tập thể và 5 cá nhân") is a commendation with no award. The issuer is the "của"
 * authority, else the subject of the conferring verb. Mentions of one act in several sentences
 * (headline, lead, a photo caption) are merged, the fullest kept. Classes told as shares of a whole
 * counted before are left to the whole, so that totals add up (see `sharesOfWholes`).
 */
import { type Block, type Doc, type Range, type Sentence, sentencesOf, spanOf, textOf } from '../document.js'
import {
  CLASS_RECIPIENTS,
  COMMEND_VERBS,
  CONFER_VERBS,
  CONFERRED_BY_VERBS,
  GOAL_WORDS,
  HONORIFICS_BEFORE_RECIPIENT,
  ISSUER_TITLES,
  ISSUING_VERBS,
  NOT_PROPOSE_BEFORE,
  PRESENTERS,
  PROPOSE_WORDS,
  REASON_OPENERS,
  RECEIVING_VERBS,
  RECIPIENT_QUALIFIERS,
} from '../lexicon/awards.js'
import { ORGANIZER_HEADS } from '../lexicon/events.js'
import { SURNAMES } from '../lexicon/surnames.js'
import { recognizeAwardTypes } from '../recognizers/award-type.js'
import { recognizeDecisionReferences } from '../recognizers/decision-reference.js'
import { isOrganizerPhrase, subjectBefore } from '../recognizers/organizer-phrase.js'
import { phraseEnding, phraseFirst, phraseInClause, phraseSet } from '../recognizers/phrase-lookup.js'
import { type RecipientCount, recognizeRecipientCounts } from '../recognizers/recipient-count.js'
import type { Award, Organization } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { partitionPoint } from '../text/sorted.js'

const words = (list: readonly string[]) => `${WORD_START}${alternation(list)}${WORD_END}`
// "Bằng khen phong trào: 202 tập thể …": a lower-case kind of the award may come before the colon.
const GAP_TO_COUNT =
  /^(?:(?:[ \t]+[\p{Ll}\p{M}]{1,10}){1,3}(?=[ \t]*:))?[ \t]*[,:]?[ \t]*(?:(?:đã[ \t]+)?được[ \t]+(?:trao[ \t]+)?(?:tặng|trao|công nhận|phong tặng)(?:[ \t]+(?:cho|tặng))?[ \t]+|(?:cho|tặng|tới|đến)[ \t]+)?(?:(?:tổng số|tổng cộng)[ \t]+)?$/iu
// "14 tập thể được tặng …", "13 đảng viên thuộc Đảng bộ UBND tỉnh được trao …" (where they belong first).
// "04 cá nhân xuất sắc đã vinh dự nhận …": praise may stand between the count and its verb.
const PASSIVE = new RegExp(
  `^[ \\t,]*(?:${alternation(RECIPIENT_QUALIFIERS)}[ \\t]+)?(?:(?:thuộc|của|ở|tại|trên địa bàn)[ \\t][^,.;:]{1,50}?[ \\t,]+)?(?:đã[ \\t]+)?(?:vinh dự[ \\t]+)?(?:được|nhận|đón nhận|đạt|giành|đoạt)(?![\\p{L}\\p{M}])`,
  'iu',
)
// "Kỷ niệm chương … do Trung ương Hội LHPN Việt Nam trao tặng": the authority told after the award.
const CONFERRED_BY = new RegExp(
  `^[ \\t,]*do[ \\t]+(?<issuer>[^,.;:()"]{2,80}?)[ \\t]+${alternation(CONFERRED_BY_VERBS)}${WORD_END}`,
  'u',
)
// A count followed by its own receiving verb belongs to the award after it ("…, 10 gia đình nhận …").
const RECEIVES_AFTER =
  /^[ \t]*(?:đã[ \t]+)?(?:vinh dự[ \t]+)?(?:được|nhận|đón nhận|đạt|giành|đoạt)(?![\p{L}\p{M}])/iu
// The verbs around an award are looked up word by word (src/recognizers/phrase-lookup.ts): a pattern
// with a leading look-behind or anchored at the end is tried at every position of the clause.
const CONFER = phraseSet(CONFER_VERBS)
const ISSUING = phraseSet(ISSUING_VERBS)
const PROPOSE = phraseSet(PROPOSE_WORDS)
const NOT_PROPOSE = phraseSet(NOT_PROPOSE_BEFORE)
const COMMEND = phraseSet(COMMEND_VERBS)
const COMMEND_TAIL = /(?:[ \t]+cho)?[ \t]*,?[ \t]*$/u
const COMMEND_AFTER = new RegExp(
  `^[ \\t,]*(?:đã[ \\t]+)?được[ \\t]+(?:[^.;]{0,60}?[ \\t]+)?${words(COMMEND_VERBS)}`,
  'iu',
)
// A sentence with no award type is read for commendations only when one of these is in it.
// One search for the four words rather than four: the engine searches a two-byte text for a string
// of several characters slowly.
const COMMEND_CUE = /khen|dương|vinh|Khen/
const commendCue = (text: string) => COMMEND_CUE.test(text)
const RECEIVED = phraseSet([...RECEIVING_VERBS, ...RECEIVING_VERBS.map((v) => `${v} thưởng`)])
const GOAL = phraseSet(GOAL_WORDS)
// "Trong đó, 2 đồng chí …", "…, trong số đó có …": what follows in the sentence details a whole.
const SHARE_OF = /(?:^|[^\p{L}\p{M}])[Tt]rong (?:đó|số đó)(?![\p{L}\p{M}])/u
const FOR_CLASS = new RegExp(`^[ \\t]+(?:cho|tặng)[ \\t]+${alternation(CLASS_RECIPIENTS)}${WORD_END}`, 'iu')
/** "…, trong đó có 1 giải Nhì": a count inside a total told before, within reach and in the clause. */
function breakdownBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at)
  const said = before.toLowerCase().lastIndexOf('trong đó')
  return said >= 0 && !/[.;]/u.test(before.slice(said))
}

/** "đề nghị", "đề xuất" in a clause, not "theo đề nghị của …" (which names who asked, not a proposal). */
function proposal(text: string): Range | null {
  for (let from = 0; from < text.length; ) {
    const found = phraseFirst(text, PROPOSE, from)
    if (!found) return null
    if (phraseEnding(text.slice(0, found.start), NOT_PROPOSE) < 0) return found
    from = found.end
  }
  return null
}
/**
 * What a clause says after a colon that opens a conferring verb ("…, thống nhất: Tặng danh hiệu …"):
 * a proposal told before the colon is what was reviewed, not this act.
 */
function conferredPart(before: string): string {
  const colon = before.lastIndexOf(':')
  if (colon < 0) return before
  const after = before.slice(colon + 1)
  return phraseFirst(after, CONFER) === null ? before : after
}
// The next item of a list separated by ";" ("… cho 07 cá nhân; tập thể lao động xuất sắc cho …"), the
// recipients of the item before may be described before the ";" ("cho 69 đơn vị dẫn đầu các cụm, khối; …").
const LIST_ITEM = /^[^.;:]{0,120};[ \t]*(?:và[ \t]+)?$/u
const COORDINATED =
  /^[ \t]*,[ \t]*(?:và[ \t]+)?(?:(?:trao|tặng|trao tặng|tặng thưởng|đề nghị tặng)[ \t]+)?(?:các[ \t]+)?$/iu
// "… cho 5 đơn vị và bằng khen … cho 74 đơn vị": "và" alone joins a second act to one with a count.
const AND_NEXT = /^[ \t]+và[ \t]+(?:các[ \t]+)?$/u
const DECISION_OF = new RegExp(
  `(?:Quyết định|quyết định|QĐ)[^;]{0,60}?của[ \\t]+(?<issuer>(?:${alternation(ISSUER_TITLES)}|${alternation(ORGANIZER_HEADS)})${WORD_END}[^,.;]{0,60}?)[ \\t]+(?:về việc[ \\t]+)?(?:tặng|trao|khen thưởng|công nhận|phong tặng|truy tặng)${WORD_END}`,
  'u',
)
// "… Giấy khen theo Quyết định số 15/QĐ-UBND của UBND huyện": the authority of a decision told after.
const DECISION_AFTER = new RegExp(
  `^[ \\t,]*(?:theo|tại)[ \\t]+(?:Quyết định|quyết định|QĐ)(?![\\p{L}\\p{M}])[^;.]{0,60}?[ \\t]của[ \\t]+(?<issuer>(?:${alternation(ISSUER_TITLES)}|${alternation(ORGANIZER_HEADS)})${WORD_END}[^,.;()]{0,60}?)(?=[ \\t]*(?:[,.;()]|$)|[ \\t]+(?:về|ngày|vì|cho|do)${WORD_END})`,
  'u',
)
const RESIDENCE =
  /^[ \t]*,?[ \t]*(?:trú|ở|thuộc|quê|công tác)(?![\p{L}\p{M}])[^.;:()]{1,100}?(?=[ \t,]+(?:vì|do|đã|có)[ \t])/u
// An office acting: "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ" (not a deputy, not a named person);
// "Thủ tướng Chính phủ (đã ký) quyết định tặng …": whoever decides to confer is the authority.
const OFFICE = new RegExp(
  `^[ \\t]*${alternation(ISSUER_TITLES)}[ \\t]+(?<body>[^,;.]{2,80}?)(?:[ \\t]+(?:đã|vừa|cũng|ký))*(?:[ \\t]+quyết định)?[ \\t]*$`,
  'u',
)
// An office confers ("tặng", "khen thưởng"); a person hands over ("trao").
// "Thủ tướng Chính phủ quyết định tặng …": a decision to confer confers.
const CONFERS =
  /^(?:(?:(?:ra|có)[ \t]+)?quyết định[ \t]+)?(?:tặng|khen thưởng|công nhận|truy tặng|phong tặng)(?![\p{L}\p{M}])/u
const OFFICE_BODY = /^(?:nước|Chính phủ)$/u
const PERSON_IN_CLAUSE = /(?:^|[ \t])(?:đồng chí|đ\/c|Đồng chí|Đ\/c|ông|Ông|bà|Bà)[ \t]+\p{Lu}/u
const NAMED_PERSON = new RegExp(`(?:^|[ \\t])${alternation(SURNAMES)}[ \\t]+\\p{Lu}`, 'u')
// "Thủ tướng Chính phủ Phạm Minh Chính": an office held by a named person.
const TITLED = new RegExp(`^${alternation(ISSUER_TITLES)}${WORD_END}`, 'u')
const PRESENTER = new RegExp(`^${alternation(PRESENTERS)}$`, 'u')
const REASON = new RegExp(`^[ \\t,]*(?=${words(REASON_OPENERS)})`, 'iu')
const ON_BEHALF =
  /(?:Thừa ủy quyền|thừa ủy quyền|Thừa lệnh|Thay mặt|thay mặt)(?:[ \t]+của)?[ \t]+([^,.;]{2,80}?)(?=,|[ \t]+(?:trao|tặng|đã))/u
const NAMED_FOR = /^[ \t]+(?:cho|tặng)[ \t]+/u
const LISTED = /^[ \t]*[,(]?[ \t]*(?:gồm có|gồm|cụ thể là|cụ thể|là)[ \t]*:[ \t]*/iu
const NAMED_END = new RegExp(
  `[.;:()]|(?<![ \\t])[ \\t]+(?=${alternation(['vì', 'đã', 'có', 'do', 'nhân', 'tại', 'trong', 'về', 'đạt', 'nhằm', 'là', 'thuộc', 'trú', 'ở'])}${WORD_END})`,
  'u',
)
const HONORIFIC = new RegExp(`^${alternation(HONORIFICS_BEFORE_RECIPIENT)}[ \\t]+`, 'iu')
// A recipient may open with up to three lower-case words that describe it ("thợ lò Phạm Đình Duẩn",
// "đảng viên Nguyễn Văn Hảo", "các Sở …"): the name is read from its first capital.
const DESCRIBED = /^(?:[\p{Ll}\p{M}]{1,12}[ \t]+){0,3}(?=\p{Lu})/u
const NAMED = /^(?:\p{Lu}|(?:xã|huyện|tỉnh|phường|thị trấn|thôn|bản)[ \t]+\p{Lu})/u
const TITLE_PIECE =
  /^(?:nguyên[ \t]+)?(?:Ủy viên|Uỷ viên|Bí thư|Phó|Chủ tịch|Giám đốc|Trưởng|Chỉ huy|Thứ trưởng|Bộ trưởng|Tổng)(?![\p{L}\p{M}])/u
// "và" joins two recipients only when a recipient opens after it, not inside "Sở Tài nguyên và Môi trường".
const RECIPIENT_OPENS = new RegExp(
  `^(?:${alternation([...HONORIFICS_BEFORE_RECIPIENT, ...ORGANIZER_HEADS])}${WORD_END}|\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}]{0,10}){1,4}(?![ \\t]*\\p{L}))`,
  'u',
)
const BY_PASSIVE = /(?:^|[ \t])được[ \t]+(?!(?:tặng|trao|nhận|công nhận)(?![\p{L}\p{M}]))/u
const CONNECTIVE =
  /^[ \t,;]*(?:(?:và|còn|đồng thời|ngoài ra|bên cạnh đó|cùng với đó)(?![\p{L}\p{M}])[ \t,]*)?/u

/** How far back a clause is read: an issuer and its adjuncts fit, a runaway sentence does not. */
const MAX_CLAUSE = 300

interface Found {
  award: Award
  /** Said in a headline or a caption, which restate the body. */
  restated: boolean
  /** Given to a class with no count ("trao Giấy khen cho các tập thể"): kept only if the body says it. */
  weak: boolean
  /** Prizes counted inside a total told before ("…, trong đó có 1 giải Nhì"). */
  breakdown: boolean
  /**
   * Told as a share of an act rather than as an act: received ("2 đồng chí nhận …", "đồng chí A
   * nhận …") or after "trong đó" in its sentence. Dropped when it is a class of a whole counted before.
   */
  share: boolean
}

type Candidate = Omit<Found, 'restated'>

export function extractAwards(doc: Doc, _organizations: readonly Organization[]): Award[] {
  const found: Found[] = []
  for (const sentence of sentencesOf(doc)) {
    const block = doc.blocks[sentence.block] as Block
    const text = doc.text.match.slice(sentence.start, sentence.end)
    const restated = block.kind !== 'lead' && block.kind !== 'body'
    for (const { award, weak, breakdown, share } of awardsIn(doc, sentence, text)) {
      found.push({ award, weak, breakdown, share, restated })
    }
  }
  return merge(found)
}

function awardsIn(doc: Doc, sentence: Sentence, text: string): Candidate[] {
  const types = recognizeAwardTypes(text)
  // Most sentences name no award and commend no one: they are not searched for counts.
  if (types.length === 0 && !commendCue(text)) return []
  const counts = recognizeRecipientCounts(text)
  if (types.length === 0 && counts.length === 0) return []
  const used = new Set<RecipientCount>()
  const shift = (r: Range): Range => ({ start: sentence.start + r.start, end: sentence.start + r.end })
  const read = (r: Range | null) => (r ? textOf(doc, shift(r)) : null)
  // Read once per sentence, whether or not it names a decision.
  let decisionText: string | null | undefined
  const decision = () => {
    if (decisionText === undefined) decisionText = read(recognizeDecisionReferences(text)[0] ?? null)
    return decisionText
  }
  // Where "trong đó" first opens a breakdown in the sentence (Infinity for none): searched once.
  let shareAt: number | undefined
  const shareFrom = () => {
    if (shareAt === undefined) {
      const said = SHARE_OF.exec(text)
      shareAt = said ? said.index : Number.POSITIVE_INFINITY
    }
    return shareAt
  }
  const awards: Candidate[] = []

  let previousEnd = 0
  let previous: Award | null = null
  types.forEach((type, i) => {
    const next = types[i + 1]
    const limit = next?.start ?? text.length
    const clause = clauseStart(text, Math.max(lastSemicolon(text, type.start) + 1, previousEnd), type.start)
    // Counts are in order: those after the award up to the next one, then those just before it.
    const firstAfter = firstStartingAt(counts, type.end)
    let count: RecipientCount | undefined
    for (let k = firstAfter; k < counts.length && !count; k++) {
      const c = counts[k] as RecipientCount
      if (c.start >= limit) break
      if (
        !used.has(c) &&
        GAP_TO_COUNT.test(text.slice(type.end, c.start)) &&
        !(next && next.start - c.end < 60 && RECEIVES_AFTER.test(text.slice(c.end, next.start)))
      )
        count = c
    }
    let passiveGap: Range | null = null
    if (!count) {
      const after = types[i - 1]?.end ?? clause
      // The nearest count that receives it ("trong đó có 4 tập thể và 2 cá nhân được tặng …").
      for (let k = firstStartingAt(counts, type.start) - 1; k >= 0 && !count; k--) {
        const c = counts[k] as RecipientCount
        if (c.start < after || type.start - c.end >= MAX_PASSIVE_GAP) break
        if (used.has(c) || c.end > type.start) continue
        const gap = text.slice(c.end, type.start)
        if (!/[.;]/u.test(gap) && PASSIVE.test(gap)) count = c
      }
      if (count) passiveGap = { start: count.end, end: type.start }
    }
    // "3 điển hình được nhận Bằng khen của Trung ương Đoàn gồm: anh A, …; anh B …": the list follows the award.
    const named = count
      ? (listedRecipients(text, count.end) ?? (passiveGap ? listedPeople(text, type.end) : null))
      : namedRecipients(text, type.end)
    const before = text.slice(clause, type.start)
    const joining = text.slice(previousEnd, type.start)
    const coordinated =
      previous !== null && (COORDINATED.test(joining) || (previous.total !== null && AND_NEXT.test(joining)))
    // "Đề nghị tặng A cho …; B cho …": an item with no verb of its own is proposed as the list is.
    const listedAfter =
      previous?.proposed === true &&
      LIST_ITEM.test(text.slice(previousEnd, type.start)) &&
      phraseFirst(before, CONFER) === null
    if (!count && type.count === null && !coordinated && phraseFirst(before, CONFER) === null) return
    const issuer =
      type.issuer ??
      passiveIssuer(text, passiveGap ?? { start: clause, end: type.start }) ??
      proposedIssuer(text, clause, type.start) ??
      activeIssuer(text, clause, type.start) ??
      decisionAfter(text, Math.max(type.end, count?.end ?? 0), limit) ??
      conferredBy(text, type.end, limit)
    // Received or conferred as an act with no count: "được tặng Bằng khen", "đạt giải Nhất".
    const received =
      phraseEnding(before.replace(/"[ \t]*$/u, ''), RECEIVED) >= 0 && !phraseInClause(before, GOAL, 60, '.;')
    const forClass = !count && !named ? FOR_CLASS.exec(text.slice(type.end, type.end + 60)) : null
    // An award with no recipients and no authority is a mention ("hồ sơ đề nghị xét tặng Bằng khen"), not an act.
    if (!count && !named && !issuer && type.count === null && !received && !forClass && !coordinated) return
    if (count) used.add(count)
    const tail = Math.max(type.end + (forClass?.[0].length ?? 0), count?.end ?? 0, named?.end ?? 0)
    previousEnd = tail
    const range = { start: Math.min(type.start, count?.start ?? type.start), end: tail }
    const inherited = coordinated ? previous : null
    const award: Award = {
      text: textOf(doc, shift(range)),
      award: textOf(doc, shift({ start: type.awardStart, end: type.awardEnd }))
        .replace(/["“”]/gu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
      issuer: read(issuer) ?? inherited?.issuer ?? null,
      collectives: count?.collectives ?? null,
      individuals: count?.individuals ?? null,
      total: count?.total ?? type.count,
      reason: read(reasonAfter(text, tail, limit)),
      decision: decision(),
      recipients: named?.names.map((n) => textOf(doc, shift(n))) ?? [],
      proposed: proposal(conferredPart(before)) !== null || (inherited?.proposed ?? false) || listedAfter,
      span: spanOf(doc, shift(range)),
    }
    previous = award
    awards.push({
      award,
      weak: forClass !== null && !issuer && !received && type.count === null,
      breakdown: type.count !== null && breakdownBefore(text, type.start),
      share: passiveGap !== null || received || shareFrom() < range.start,
    })
  })

  for (const count of counts) {
    if (used.has(count)) continue
    const before = text.slice(Math.max(0, count.start - 60), count.start)
    const tail = COMMEND_TAIL.exec(before)
    const verbAt = phraseEnding(before.slice(0, tail?.index ?? before.length), COMMEND, false)
    if (verbAt < 0 && !COMMEND_AFTER.test(text.slice(count.end, count.end + 120))) continue
    const verb = verbAt >= 0
    const verbStart = verb ? count.start - before.length + verbAt : count.start
    const clause = lastSemicolon(text, verbStart) + 1
    const range = { start: verbStart, end: count.end }
    awards.push({
      award: {
        text: textOf(doc, shift(range)),
        award: null,
        issuer: read(verb ? subjectBefore(text, verbStart, clause) : null),
        collectives: count.collectives,
        individuals: count.individuals,
        total: count.total,
        reason: read(reasonAfter(text, count.end, text.length)),
        decision: decision(),
        recipients: [],
        proposed: proposal(text.slice(clause, verbStart)) !== null,
        span: spanOf(doc, shift(range)),
      },
      weak: false,
      breakdown: false,
      share: false,
    })
  }
  return awards
}

/** "được UBND huyện tặng": the body between "được" and the verb. */
function passiveIssuer(text: string, gap: Range): Range | null {
  const g = text.slice(gap.start, gap.end)
  const by = BY_PASSIVE.exec(g)
  if (!by) return null
  const from = gap.start + by.index + by[0].length
  const verb = phraseFirst(text.slice(from, gap.end), ISSUING)
  return verb ? subjectBefore(text, from + verb.start, from) : null
}

/** "đề nghị Bộ trưởng Bộ Công an tặng": the authority asked to confer. */
function proposedIssuer(text: string, clause: number, at: number): Range | null {
  const asked = proposal(text.slice(clause, at))
  if (!asked) return null
  const from = clause + asked.end
  const verb = phraseFirst(text.slice(from, at), ISSUING)
  return verb ? subjectBefore(text, from + verb.start, from) : null
}

/** Where the clause of an award starts: after a ";" or the award before it, connectives left out. */
function clauseStart(text: string, from: number, at: number): number {
  const connective = CONNECTIVE.exec(text.slice(from, at))
  return from + (connective ? connective[0].length : 0)
}

/** "… do Trung ương Hội LHPN Việt Nam trao tặng" right after the award: the authority named. */
function conferredBy(text: string, at: number, limit: number): Range | null {
  const by = CONFERRED_BY.exec(text.slice(at, Math.min(limit, at + 120)))
  const issuer = by?.groups?.issuer
  if (!by || !issuer || !isOrganizerPhrase(issuer)) return null
  const start = at + by[0].indexOf(issuer, by[0].indexOf('do') + 2)
  return { start, end: start + issuer.length }
}

/** The last ";" before `at` within reach of a clause (-1 for none), or where reach ends. */
function lastSemicolon(text: string, at: number): number {
  const from = Math.max(0, at - MAX_CLAUSE)
  const found = text.slice(from, at).lastIndexOf(';')
  return found >= 0 ? from + found : from - 1
}

/** The authority a decision told after the award names: "… theo Quyết định số 15/QĐ-UBND của UBND huyện". */
function decisionAfter(text: string, at: number, limit: number): Range | null {
  const decided = DECISION_AFTER.exec(text.slice(at, Math.min(limit, at + 200)))
  const by = decided?.groups?.issuer?.trimEnd()
  if (!decided || !by) return null
  const start = at + decided[0].lastIndexOf(by)
  return { start, end: start + by.length }
}

/**
 * An office as the subject of a conferring verb: "Chủ tịch UBND tỉnh tặng Bằng khen …", "Thủ tướng
 * Chính phủ tặng …" is the authority. A person who hands an award over is not ("đồng chí Nguyễn Văn
 * A, Chủ tịch UBND huyện tặng …", "Phó Chủ tịch UBND huyện tặng …", "Chủ tịch UBND tỉnh trao …").
 */
function titledIssuer(text: string, clause: number, verbStart: number): Range | null {
  const before = text.slice(clause, verbStart)
  if (PERSON_IN_CLAUSE.test(before)) return null
  const comma = before.lastIndexOf(',')
  const from = comma + 1
  const office = OFFICE.exec(before.slice(from))
  const named = office?.groups?.body
  if (!office || !named) return null
  // "Thủ tướng Chính phủ Phạm Minh Chính quyết định tặng …": the office, without who holds it.
  const person = NAMED_PERSON.exec(named)
  const body = person ? named.slice(0, person.index).trimEnd() : named
  if (body.length < 2 || (!OFFICE_BODY.test(body) && !isOrganizerPhrase(body))) return null
  const at = clause + from + office.index
  const start = at + (office[0].length - office[0].trimStart().length)
  return { start, end: at + office[0].indexOf(named) + body.length }
}

/** The subject of the first conferring verb of the clause, or the body it acts for ("Thay mặt UBND tỉnh"). */
function activeIssuer(text: string, clause: number, at: number): Range | null {
  const before = text.slice(clause, at)
  const verb = phraseFirst(before, ISSUING)
  if (verb) {
    const verbStart = clause + verb.start
    const confers = CONFERS.test(before.slice(verb.start))
    const found = subjectBefore(text, verbStart, clause)
    const said = found ? text.slice(found.start, found.end) : ''
    // A named office holder confers as the office; a board that hands awards over confers nothing.
    const person = found !== null && TITLED.test(said) && NAMED_PERSON.test(said)
    const subject =
      found && !person && !PRESENTER.test(said)
        ? found
        : (found === null || person) && confers
          ? titledIssuer(text, clause, verbStart)
          : null
    if (subject) return subject
  }
  // "Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh tặng …": the authority the decision names.
  const decided = DECISION_OF.exec(before)
  const by = decided?.groups?.issuer
  if (decided && by) {
    const start = clause + decided.index + decided[0].indexOf(by, decided[0].indexOf('của'))
    return { start, end: start + by.length }
  }
  const behalf = ON_BEHALF.exec(before)
  const body = behalf?.[1]
  if (!behalf || !body || !isOrganizerPhrase(body.trim())) return null
  const start = clause + behalf.index + behalf[0].length - body.length
  return { start, end: start + body.trimEnd().length }
}

/** The index of the first count that starts at or after `at` (counts are in order). */
function firstStartingAt(counts: readonly RecipientCount[], at: number): number {
  return partitionPoint(counts.length, (i) => (counts[i] as RecipientCount).start < at)
}

/** How far before an award a count that receives it may end ("… 8 cá nhân được tặng Giấy khen"). */
const MAX_PASSIVE_GAP = 90
/** A reason is read this far at most: a clause, not the rest of a run-on sentence. */
const MAX_REASON = 400

/** The reason right after the recipients, to the next award or the end of the clause. */
function reasonAfter(text: string, at: number, until: number): Range | null {
  const limit = Math.min(until, at + MAX_REASON)
  // Where a named recipient lives or works comes first: "cho ông A, trú tại thôn 3, xã B vì …".
  const where = RESIDENCE.exec(text.slice(at, Math.min(limit, at + 120)))
  const from = where ? at + where[0].length : at
  const lead = REASON.exec(text.slice(from, limit))
  if (!lead) return null
  const start = from + lead[0].length
  const semicolon = text.slice(start, limit).indexOf(';')
  let end = semicolon >= 0 ? start + semicolon : limit
  // Cut at the reach: the reason ends with the last whole word.
  if (semicolon < 0 && limit < until) end = start + Math.max(0, text.slice(start, limit).lastIndexOf(' '))
  const reason = text.slice(start, end).replace(/(?:[ \t]*(?:,|và|\.\/\.|[./]))+[ \t]*$/u, '')
  end = start + reason.trimEnd().length
  return end > start ? { start, end } : null
}

/** Named recipients after "cho": "cho đồng chí Nguyễn Văn A", "cho Tổng công ty May 10 và ông B". */
function namedRecipients(text: string, at: number): Recipients | null {
  const lead = NAMED_FOR.exec(text.slice(at, at + 200))
  if (!lead) return null
  const from = at + lead[0].length
  const rest = text.slice(from, from + 200)
  const stop = NAMED_END.exec(rest)
  return recipientsIn(from, rest.slice(0, stop ? stop.index : rest.length), /(,[ \t]*|[ \t]+và[ \t]+)/u)
}

/** The recipients a count lists: "cho 3 tập thể gồm: xã A, xã B và Trường THCS C". */
function listedRecipients(text: string, at: number): Recipients | null {
  const lead = LISTED.exec(text.slice(at, at + 40))
  if (!lead) return null
  const from = at + lead[0].length
  const rest = text.slice(from, from + 400)
  const stop = /[.:()]|\n/u.exec(rest)
  return recipientsIn(from, rest.slice(0, stop ? stop.index : rest.length), /([,;][ \t]*|[ \t]+và[ \t]+)/u)
}

// "gồm: anh Lê Minh Quân, Bí thư …; anh Lê Quốc Anh, … và chị Lê Thị Ngọc Giàu, …": people listed
// with an honorific each; an item may carry a title and a place (with dots: "TX.Bến Cát").
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}]{0,7}(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4}(?![\p{L}\p{M}])/u
const ITEM_SEPARATOR = new RegExp(
  `;[ \\t]*(?:và[ \\t]+)?|[ \\t]+và[ \\t]+(?=${alternation(HONORIFICS_BEFORE_RECIPIENT)}[ \\t]+\\p{Lu})`,
  'gu',
)

/** People listed after "gồm:", each with an honorific: their names, to the last of them. */
function listedPeople(text: string, at: number): Recipients | null {
  const lead = LISTED.exec(text.slice(at, at + 40))
  if (!lead) return null
  const from = at + lead[0].length
  const rest = text.slice(from, from + 600)
  const names: Range[] = []
  let itemStart = 0
  const separators = [...rest.matchAll(ITEM_SEPARATOR), null]
  for (const sep of separators) {
    const item = rest.slice(itemStart)
    const honorific = HONORIFIC.exec(item)
    const name = honorific ? PERSON_NAME.exec(item.slice(honorific[0].length))?.[0] : undefined
    if (!honorific || !name) break
    const start = from + itemStart + honorific[0].length
    names.push({ start, end: start + name.length })
    if (!sep || sep.index === undefined) break
    itemStart = sep.index + sep[0].length
  }
  if (names.length < 2) return null
  return { names, end: (names[names.length - 1] as Range).end }
}

interface Recipients {
  names: Range[]
  end: number
}

/** Names in `phrase` (which starts at `from`), split by `separators`, up to the first that is not one. */
function recipientsIn(from: number, phrase: string, separators: RegExp): Recipients | null {
  const names: Range[] = []
  let offset = 0
  const pieces = phrase.split(separators)
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k] as string
    const start = from + offset
    offset += piece.length
    if (/^(?:[,;][ \t]*|[ \t]+và[ \t]+)$/u.test(piece)) continue
    // "Sở Tài nguyên và Môi trường Quảng Bình" is one recipient: "và" joins two only before a new one.
    while (
      /^[ \t]+và[ \t]+$/u.test(pieces[k + 1] ?? '') &&
      /^\p{Lu}/u.test(pieces[k + 2] ?? '') &&
      !RECIPIENT_OPENS.test(pieces[k + 2] ?? '')
    ) {
      piece += `${pieces[k + 1]}${pieces[k + 2]}`
      offset += (pieces[k + 1] as string).length + (pieces[k + 2] as string).length
      k += 2
    }
    // After a comma, a title ("…, nguyên Ủy viên Bộ Chính trị") ends the list; after "và" comes
    // another recipient, which may be described ("và nguyên điều dưỡng Trần Thị Phương Hằng").
    const afterComma = names.length > 0 && !/và/u.test(pieces[k - 1] ?? '')
    if (afterComma && TITLE_PIECE.test(piece)) break
    const honorific = HONORIFIC.exec(piece)
    const skip = honorific
      ? honorific[0].length
      : NAMED.test(piece) || afterComma
        ? 0
        : (DESCRIBED.exec(piece)?.[0].length ?? 0)
    const name = piece.slice(skip).trimEnd()
    if (!NAMED.test(name) || name.split(/\s+/u).length > 12) break
    names.push({ start: start + skip, end: start + skip + name.length })
  }
  if (names.length === 0) return null
  return { names, end: (names[names.length - 1] as Range).end }
}

/** One record per act: mentions with the same award and agreeing counts are one, the fuller kept. */
function merge(found: readonly Found[]): Award[] {
  const kept: Found[] = []
  // Mentions of one act name one award: each is compared with the acts of its award only, and with
  // the first of them only, so that a page listing thousands of awards stays linear.
  const byAward = new Map<string, Found[]>()
  for (const f of found) {
    const key = f.award.award === null ? '' : canon(f.award.award)
    const bucket = byAward.get(key) ?? []
    const same = bucket.find((k, i) => i < MAX_COMPARED && sameAct(k, f))
    if (!same) {
      kept.push(f)
      bucket.push(f)
      byAward.set(key, bucket)
      continue
    }
    const [base, other] = fullness(f) > fullness(same) ? [f, same] : [same, f]
    same.award = fillFrom(base.award, other.award)
    same.restated = base.restated
    same.weak = base.weak && other.weak
    same.share = base.share && other.share
  }
  // Prizes counted again inside a total told before are that total's ("trong đó có 1 giải Nhì").
  const largest = new Map<string, number>()
  const covered = new Set<Found>()
  for (const k of kept) {
    const a = k.award
    if (a.award === null || a.total === null) continue
    const key = canon(a.award)
    const before = largest.get(key)
    if (k.breakdown && before !== undefined && before >= a.total) covered.add(k)
    if (before === undefined || a.total > before) largest.set(key, a.total)
  }
  for (const k of sharesOfWholes(kept)) covered.add(k)
  const awards = kept
    // A class given an award in a headline or a caption only shows what the body tells, or nothing.
    .filter((k) => !(k.weak && k.restated) && !covered.has(k))
    .map((k) => k.award)
  // What the named awards say: their totals, and the general awards their classes make up.
  const namedTotals = new Set<number>()
  const generals = new Set<string>()
  for (const b of awards) {
    if (b.award === null) continue
    if (b.total !== null) namedTotals.add(b.total)
    for (const general of generalsOf(canon(b.award))) generals.add(general)
  }
  return awards.filter(
    (a) =>
      // A commendation restating a named award's counts is that award.
      (a.award !== null || a.total === null || !namedTotals.has(a.total)) &&
      // "Huân chương Độc lập" with no count, where its classes are given ("… hạng Nhất", "… hạng Ba").
      !(isGeneral(a) && generals.has(canon(a.award as string))),
  )
}

/** How many counted acts before a share are tried as its whole. */
const MAX_WHOLES = 16

/**
 * Classes told as shares of a whole counted before ("… trao Huy hiệu 65 năm, 55 năm và 50 năm tuổi
 * Đảng cho 4 đồng chí. Trong đó, … 2 đồng chí nhận Huy hiệu 55 năm tuổi Đảng; …"): the whole keeps
 * the count, so that summing records never counts a recipient twice. A share belongs to the latest
 * whole that it is a class of, that has room for it (the shares never add up to more than the
 * whole) and whose authority does not differ from its own; an act told with its own authority and
 * verb ("Đảng ủy xã B trao Huy hiệu 50 năm tuổi Đảng cho 2 đảng viên") is never a share.
 */
function sharesOfWholes(kept: readonly Found[]): Found[] {
  const wholes: { whole: Award; given: number }[] = []
  const shares: Found[] = []
  for (const k of kept) {
    const a = k.award
    if (a.award === null) continue
    const size = a.total ?? a.recipients.length
    const whole = k.share
      ? wholes
          .slice(-MAX_WHOLES)
          .reverse()
          .find(
            (w) =>
              w.given + size <= (w.whole.total as number) &&
              isClassOf(a.award as string, w.whole.award as string) &&
              (a.issuer === null || (w.whole.issuer !== null && canon(a.issuer) === canon(w.whole.issuer))),
          )
      : undefined
    if (whole) {
      whole.given += size
      shares.push(k)
    } else if (a.total !== null) wholes.push({ whole: a, given: 0 })
  }
  return shares
}

/**
 * "Huy hiệu 55 năm tuổi Đảng" is a class of "Huy hiệu 65 năm, 55 năm và 50 năm tuổi Đảng" (its years
 * are among the whole's) and of "Huy hiệu Đảng"; "Huân chương Lao động hạng Ba" of "Huân chương Lao động".
 */
function isClassOf(part: string, whole: string): boolean {
  const [p, w] = [canon(part), canon(whole)]
  if (p === w) return false
  if (generalsOf(p).includes(w)) return true
  if (
    !p.startsWith('huy hiệu ') ||
    !w.startsWith('huy hiệu ') ||
    !p.includes('đảng') ||
    !w.includes('đảng')
  ) {
    return false
  }
  const years = (s: string) => s.match(/\d{2}/gu) ?? []
  const wholeYears = new Set(years(w))
  const partYears = years(p)
  return (
    partYears.length > 0 && partYears.length < wholeYears.size && partYears.every((y) => wholeYears.has(y))
  )
}

/** How many acts of one award a mention is compared with. */
const MAX_COMPARED = 64

/**
 * The general awards a class belongs to: "huân chương lao động hạng ba" → "huân chương lao động",
 * "huân chương"…; "huy hiệu 30 năm tuổi đảng" → "huy hiệu đảng" too.
 */
function generalsOf(award: string): string[] {
  const words = award.split(' ')
  const generals: string[] = []
  for (let n = 1; n < words.length; n++) generals.push(words.slice(0, n).join(' '))
  if (award !== 'huy hiệu đảng' && award.startsWith('huy hiệu ') && award.includes('đảng')) {
    generals.push('huy hiệu đảng')
  }
  return generals
}

const isGeneral = (a: Award) => a.award !== null && a.total === null && a.recipients.length === 0

/** Canonical forms of award names and issuers, computed once each: merging compares every pair. */
const CANONICAL = new Map<string, string>()
function canon(s: string): string {
  let c = CANONICAL.get(s)
  if (c === undefined) {
    c = canonicalize(s)
    if (CANONICAL.size > 5000) CANONICAL.clear()
    CANONICAL.set(s, c)
  }
  return c
}

function sameAct(x: Found, y: Found): boolean {
  const [a, b] = [x.award, y.award]
  if ((a.award === null) !== (b.award === null)) return false
  if (a.award !== null && canon(a.award) !== canon(b.award ?? '')) return false
  if (a.proposed !== b.proposed) return false
  // A caption or headline without counts shows an award the text gives in full.
  if ((x.restated && a.total === null) || (y.restated && b.total === null)) return true
  // A headline count of the people the body names ("… cho hai cán bộ y tế" / "cho A và B").
  if (x.restated && a.total !== null && a.total === b.recipients.length) return true
  if (y.restated && b.total !== null && b.total === a.recipients.length) return true
  if (a.issuer !== null && b.issuer !== null && canon(a.issuer) !== canon(b.issuer)) return false
  // Counted recipients and named ones are two acts ("… cho 10 tập thể; … cho Ban CHQS huyện").
  const namedOnly = (x: Award) => x.total === null && x.recipients.length > 0
  if ((a.total !== null && namedOnly(b)) || (b.total !== null && namedOnly(a))) return false
  if (a.total !== null && b.total !== null) return a.total === b.total
  if (a.award === null) return false
  const names = (x: Award) => x.recipients.map(canonicalize).join('|')
  return a.recipients.length === 0 || b.recipients.length === 0 || names(a) === names(b)
}

const fullness = (f: Found) => {
  const a = f.award
  const filled = [a.collectives, a.individuals, a.total, a.issuer, a.reason].filter((v) => v !== null).length
  return filled * 2 + (f.restated ? 0 : 1)
}

function fillFrom(base: Award, other: Award): Award {
  return {
    ...base,
    issuer: base.issuer ?? other.issuer,
    reason: base.reason ?? other.reason,
    decision: base.decision ?? other.decision,
    recipients: base.recipients.length > 0 ? base.recipients : other.recipients,
  }
}
