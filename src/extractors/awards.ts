/**
 * Awards: one record per award type per conferring act, and one per bare commendation with counts.
 *
 * In each sentence, award types and recipient counts are recognized; a count belongs to the type it follows ("trao Giấy khen cho 14 tập thể") or, in the
 * passive, precedes ("14 tập thể được tặng Giấy khen"); a count left over after a commending verb
 * ("khen thưởng 3 tập thể và 5 cá nhân") is a commendation with no award. The issuer is the "của"
 * authority, else the subject of the conferring verb. Mentions of one act in several sentences
 * (headline, lead, a photo caption) are merged, the fullest kept.
 */
import { type Block, type Doc, type Range, type Sentence, sentencesOf, spanOf, textOf } from '../document.js'
import {
  COMMEND_VERBS,
  CONFER_VERBS,
  HONORIFICS_BEFORE_RECIPIENT,
  ISSUING_VERBS,
  NOT_PROPOSE_BEFORE,
  PROPOSE_WORDS,
  REASON_OPENERS,
} from '../lexicon/awards.js'
import { recognizeAwardTypes } from '../recognizers/award-type.js'
import { recognizeDecisionReferences } from '../recognizers/decision-reference.js'
import { isOrganizerPhrase, subjectBefore } from '../recognizers/organizer-phrase.js'
import { type RecipientCount, recognizeRecipientCounts } from '../recognizers/recipient-count.js'
import type { Award, Organization } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

const words = (list: readonly string[]) => `${WORD_START}${alternation(list)}${WORD_END}`
const GAP_TO_COUNT =
  /^[ \t]*,?[ \t]*(?:(?:đã[ \t]+)?được[ \t]+(?:trao[ \t]+)?(?:tặng|trao|công nhận|phong tặng)(?:[ \t]+(?:cho|tặng))?[ \t]+|(?:cho|tặng|tới|đến)[ \t]+)?(?:(?:tổng số|tổng cộng)[ \t]+)?$/iu
const PASSIVE = /^[ \t,]*(?:đã[ \t]+)?(?:vinh dự[ \t]+)?(?:được|nhận|đón nhận)(?![\p{L}\p{M}])/iu
const CONFER = new RegExp(words(CONFER_VERBS), 'iu')
const ISSUING = new RegExp(words(ISSUING_VERBS), 'giu')
const PROPOSE = new RegExp(`(?<!${alternation(NOT_PROPOSE_BEFORE)}[ \\t]+)${words(PROPOSE_WORDS)}`, 'iu')
const COMMEND_BEFORE = new RegExp(`${words(COMMEND_VERBS)}(?:[ \\t]+cho)?[ \\t]*,?[ \\t]*$`, 'iu')
const COMMEND_AFTER = new RegExp(
  `^[ \\t,]*(?:đã[ \\t]+)?được[ \\t]+(?:[^.;]{0,60}?[ \\t]+)?${words(COMMEND_VERBS)}`,
  'iu',
)
const REASON = new RegExp(`^[ \\t,]*(?=${words(REASON_OPENERS)})`, 'iu')
const ON_BEHALF =
  /(?:Thừa ủy quyền|thừa ủy quyền|Thừa lệnh|Thay mặt|thay mặt)(?:[ \t]+của)?[ \t]+([^,.;]{2,80}?)(?=,|[ \t]+(?:trao|tặng|đã))/u
const NAMED_FOR = /^[ \t]+(?:cho|tặng)[ \t]+/u
const NAMED_END = new RegExp(
  `[.;:()]|(?<![ \\t])[ \\t]+(?=${alternation(['vì', 'đã', 'có', 'do', 'nhân', 'tại', 'trong', 'về', 'đạt', 'nhằm'])}${WORD_END})`,
  'u',
)
const HONORIFIC = new RegExp(`^${alternation(HONORIFICS_BEFORE_RECIPIENT)}[ \\t]+`, 'iu')
const NAMED = /^(?:\p{Lu}|(?:xã|huyện|tỉnh|phường|thị trấn|thôn|bản)[ \t]+\p{Lu})/u
const BY_PASSIVE = /(?:^|[ \t])được[ \t]+(?!(?:tặng|trao|nhận|công nhận)(?![\p{L}\p{M}]))/u
const CONNECTIVE =
  /^[ \t,;]*(?:(?:và|còn|đồng thời|ngoài ra|bên cạnh đó|cùng với đó)(?![\p{L}\p{M}])[ \t,]*)?/u

/** How far back a clause is read: an issuer and its adjuncts fit, a runaway sentence does not. */
const MAX_CLAUSE = 300

interface Found {
  award: Award
  /** Said in a headline or a caption, which restate the body. */
  restated: boolean
}

export function extractAwards(doc: Doc, _organizations: readonly Organization[]): Award[] {
  const found: Found[] = []
  for (const sentence of sentencesOf(doc)) {
    const block = doc.blocks[sentence.block] as Block
    const text = doc.text.match.slice(sentence.start, sentence.end)
    for (const award of awardsIn(doc, sentence, text))
      found.push({ award, restated: block.kind !== 'lead' && block.kind !== 'body' })
  }
  return merge(found)
}

function awardsIn(doc: Doc, sentence: Sentence, text: string): Award[] {
  const types = recognizeAwardTypes(text)
  const counts = recognizeRecipientCounts(text)
  const decisions = recognizeDecisionReferences(text)
  const used = new Set<RecipientCount>()
  const shift = (r: Range): Range => ({ start: sentence.start + r.start, end: sentence.start + r.end })
  const read = (r: Range | null) => (r ? textOf(doc, shift(r)) : null)
  const decision = read(decisions[0] ?? null)
  const awards: Award[] = []

  let previousEnd = 0
  types.forEach((type, i) => {
    const limit = types[i + 1]?.start ?? text.length
    const clause = clauseStart(text, Math.max(lastSemicolon(text, type.start) + 1, previousEnd), type.start)
    let count = counts.find(
      (c) =>
        !used.has(c) &&
        c.start >= type.end &&
        c.start < limit &&
        GAP_TO_COUNT.test(text.slice(type.end, c.start)),
    )
    let passiveGap: Range | null = null
    if (!count) {
      const after = types[i - 1]?.end ?? clause
      count = counts.find((c) => {
        const gap = text.slice(c.end, type.start)
        return (
          !used.has(c) &&
          c.start >= after &&
          c.end <= type.start &&
          gap.length < 90 &&
          !/[.;]/u.test(gap) &&
          PASSIVE.test(gap)
        )
      })
      if (count) passiveGap = { start: count.end, end: type.start }
    }
    const named = count ? null : namedRecipients(text, type.end)
    const before = text.slice(clause, type.start)
    if (!count && type.count === null && !CONFER.test(before)) return
    const issuer =
      type.issuer ??
      passiveIssuer(text, passiveGap ?? { start: clause, end: type.start }) ??
      proposedIssuer(text, clause, type.start) ??
      activeIssuer(text, clause, type.start)
    // An award with no recipients and no authority is a mention ("hồ sơ đề nghị xét tặng Bằng khen"), not an act.
    if (!count && !named && !issuer && type.count === null) return
    if (count) used.add(count)
    const tail = Math.max(type.end, count?.end ?? 0, named?.end ?? 0)
    previousEnd = tail
    const range = { start: Math.min(type.start, count?.start ?? type.start), end: tail }
    awards.push({
      text: textOf(doc, shift(range)),
      award: textOf(doc, shift({ start: type.awardStart, end: type.awardEnd }))
        .replace(/["“”]/gu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
      issuer: read(issuer),
      collectives: count?.collectives ?? null,
      individuals: count?.individuals ?? null,
      total: count?.total ?? type.count,
      reason: read(reasonAfter(text, tail, limit)),
      decision,
      recipients: named?.names.map((n) => textOf(doc, shift(n))) ?? [],
      proposed: PROPOSE.test(before),
      span: spanOf(doc, shift(range)),
    })
  })

  for (const count of counts) {
    if (used.has(count)) continue
    const before = text.slice(Math.max(0, count.start - 60), count.start)
    const verb = COMMEND_BEFORE.exec(before)
    if (!verb && !COMMEND_AFTER.test(text.slice(count.end, count.end + 120))) continue
    const verbStart = verb ? count.start - before.length + verb.index : count.start
    const clause = lastSemicolon(text, verbStart) + 1
    const range = { start: verbStart, end: count.end }
    awards.push({
      text: textOf(doc, shift(range)),
      award: null,
      issuer: read(verb ? subjectBefore(text, verbStart, clause) : null),
      collectives: count.collectives,
      individuals: count.individuals,
      total: count.total,
      reason: read(reasonAfter(text, count.end, text.length)),
      decision,
      recipients: [],
      proposed: PROPOSE.test(text.slice(clause, verbStart)),
      span: spanOf(doc, shift(range)),
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
  ISSUING.lastIndex = 0
  const verb = ISSUING.exec(text.slice(from, gap.end))
  return verb ? subjectBefore(text, from + verb.index, from) : null
}

/** "đề nghị Bộ trưởng Bộ Công an tặng": the authority asked to confer. */
function proposedIssuer(text: string, clause: number, at: number): Range | null {
  const proposal = PROPOSE.exec(text.slice(clause, at))
  if (!proposal) return null
  const from = clause + proposal.index + proposal[0].length
  ISSUING.lastIndex = 0
  const verb = ISSUING.exec(text.slice(from, at))
  return verb ? subjectBefore(text, from + verb.index, from) : null
}

/** Where the clause of an award starts: after a ";" or the award before it, connectives left out. */
function clauseStart(text: string, from: number, at: number): number {
  const connective = CONNECTIVE.exec(text.slice(from, at))
  return from + (connective ? connective[0].length : 0)
}

/** The last ";" before `at` within reach of a clause (-1 for none), or where reach ends. */
function lastSemicolon(text: string, at: number): number {
  const from = Math.max(0, at - MAX_CLAUSE)
  const found = text.slice(from, at).lastIndexOf(';')
  return found >= 0 ? from + found : from - 1
}

/** The subject of the first conferring verb of the clause, or the body it acts for ("Thay mặt UBND tỉnh"). */
function activeIssuer(text: string, clause: number, at: number): Range | null {
  const before = text.slice(clause, at)
  ISSUING.lastIndex = 0
  const verb = ISSUING.exec(before)
  const subject = verb ? subjectBefore(text, clause + verb.index, clause) : null
  if (subject) return subject
  const behalf = ON_BEHALF.exec(before)
  const body = behalf?.[1]
  if (!behalf || !body || !isOrganizerPhrase(body.trim())) return null
  const start = clause + behalf.index + behalf[0].length - body.length
  return { start, end: start + body.trimEnd().length }
}

/** The reason right after the recipients, to the next award or the end of the clause. */
function reasonAfter(text: string, at: number, limit: number): Range | null {
  const lead = REASON.exec(text.slice(at, limit))
  if (!lead) return null
  const start = at + lead[0].length
  const semicolon = text.indexOf(';', start)
  let end = semicolon >= 0 && semicolon < limit ? semicolon : limit
  const reason = text.slice(start, end).replace(/(?:[ \t]*(?:,|và|\.\/\.|[./]))+[ \t]*$/u, '')
  end = start + reason.trimEnd().length
  return end > start ? { start, end } : null
}

/** Named recipients after "cho": "cho đồng chí Nguyễn Văn A", "cho Tổng công ty May 10 và ông B". */
function namedRecipients(text: string, at: number): { names: Range[]; end: number } | null {
  const lead = NAMED_FOR.exec(text.slice(at, at + 200))
  if (!lead) return null
  const from = at + lead[0].length
  const rest = text.slice(from, from + 200)
  const stop = NAMED_END.exec(rest)
  const phrase = rest.slice(0, stop ? stop.index : rest.length)
  const names: Range[] = []
  let offset = 0
  for (const piece of phrase.split(/(,[ \t]*|[ \t]+và[ \t]+)/u)) {
    const start = from + offset
    offset += piece.length
    if (/^(?:,[ \t]*|[ \t]+và[ \t]+)$/u.test(piece)) continue
    const honorific = HONORIFIC.exec(piece)
    const name = piece.slice(honorific ? honorific[0].length : 0).trimEnd()
    if (!NAMED.test(name) || name.split(/\s+/u).length > 12) break
    const nameStart = start + (honorific ? honorific[0].length : 0)
    names.push({ start: nameStart, end: nameStart + name.length })
  }
  if (names.length === 0) return null
  return { names, end: (names[names.length - 1] as Range).end }
}

/** One record per act: mentions with the same award and agreeing counts are one, the fuller kept. */
function merge(found: readonly Found[]): Award[] {
  const kept: Found[] = []
  for (const f of found) {
    const same = kept.find((k) => sameAct(k, f))
    if (!same) {
      kept.push(f)
      continue
    }
    const [base, other] = fullness(f) > fullness(same) ? [f, same] : [same, f]
    same.award = fillFrom(base.award, other.award)
    same.restated = base.restated
  }
  // A commendation restating a named award's counts is that award.
  return kept
    .map((k) => k.award)
    .filter(
      (a, _, all) =>
        a.award !== null || !all.some((b) => b.award !== null && b.total === a.total && b.total !== null),
    )
}

function sameAct(x: Found, y: Found): boolean {
  const [a, b] = [x.award, y.award]
  if ((a.award === null) !== (b.award === null)) return false
  if (a.award !== null && canonicalize(a.award) !== canonicalize(b.award ?? '')) return false
  if (a.proposed !== b.proposed) return false
  // A caption or headline without counts shows an award the text gives in full.
  if ((x.restated && a.total === null) || (y.restated && b.total === null)) return true
  if (a.issuer !== null && b.issuer !== null && canonicalize(a.issuer) !== canonicalize(b.issuer))
    return false
  // Counted recipients and named ones are two acts ("… cho 10 tập thể; … cho Ban CHQS huyện").
  if ((a.total !== null && b.recipients.length > 0) || (b.total !== null && a.recipients.length > 0))
    return false
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
