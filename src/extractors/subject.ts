/**
 * The subject of a figure or a rank: the noun phrase right before its verb, inside its clause.
 *
 *   "Tình hình kinh tế … duy trì đà tăng trưởng, tốc độ giá trị sản xuất tăng hơn 5%" → "tốc độ giá
 *   trị sản xuất" · "Giá trị sản xuất nông, lâm, thủy sản ước đạt …" → the whole list · "Trong đó,
 *   thu nội địa đạt …" → "thu nội địa" · "huyện phấn đấu giảm tỷ lệ hộ nghèo từ 5 đến 6%" → "tỷ lệ hộ
 *   nghèo" (decrease) · with no verb, a measure noun: "Cầu có chiều dài 48 m" → "chiều dài"
 */
import {
  COMPARISON_INTROS,
  FRAMINGS,
  METRIC_NOUNS,
  NOT_METRIC_NOUNS,
  SUBJECT_ANCHORS,
  TOPIC_LEADS,
  VERBS_FIRST,
} from '../lexicon/metric-words.js'
import { canonicalize } from '../text/normalize.js'
import { clauseStart, PhraseSet, type Token } from './clause.js'
import { type Direction, isVerbAt } from './run.js'
import { type ClauseFacts, mergeList, trimLead, trimTail } from './subject-edges.js'

export { type ClauseFacts, isYearToken } from './subject-edges.js'

const INTROS = new PhraseSet(COMPARISON_INTROS)
const TOPICS = new PhraseSet(TOPIC_LEADS)
const ANCHORS = new PhraseSet(SUBJECT_ANCHORS)
const HEADS = new PhraseSet(METRIC_NOUNS)
const NOT_HEADS = new PhraseSet(NOT_METRIC_NOUNS)
const FRAMES = new PhraseSet(FRAMINGS)
const FIRST = new PhraseSet(Object.keys(VERBS_FIRST))
const FIRST_KEYS = new Map<string, string>(Object.entries(VERBS_FIRST).map(([k, v]) => [canonicalize(k), v]))
const MAX_SUBJECT_WORDS = 16
const WINDOW = 40
const MAX_CLAUSE_CHAIN = 3

export interface SubjectFound {
  /** Token indices [start, end) of the subject, or null. */
  readonly subject: readonly [number, number] | null
  /** Token indices of a basis written before the verb ("so dự toán giao đạt 42%"). */
  readonly comparedTo: readonly [number, number] | null
  /** True when nothing stands before the verb in its clause: the figure shares an earlier subject. */
  readonly empty: boolean
  /** The direction of a verb written before the subject ("giảm tỷ lệ hộ nghèo …"). */
  readonly direction: Direction | null
}

/**
 * The subject before token `end` (where the run starts). With `hasVerb` false there is no verb
 * between subject and figure, and only a phrase headed by a measure noun counts ("tổng vốn …").
 */
export function subjectBefore(
  tokens: readonly Token[],
  end: number,
  facts: ClauseFacts,
  hasVerb = true,
): SubjectFound {
  const none = (empty: boolean, comparedTo: [number, number] | null = null): SubjectFound => ({
    subject: null,
    comparedTo,
    empty,
    direction: null,
  })
  // A subject is a few words long: look no further back than a window, so a sentence without commas
  // costs the same per figure as a short one.
  const clause = clauseStart(tokens, end)
  const windowStart = Math.max(clause, end - WINDOW)
  let s = windowStart
  let e = end
  // A figure earlier in the clause ends any subject there: "tăng 3% so cùng kỳ và đạt 49% kế hoạch".
  // Without a verb, the words after the earlier figure may still hold a measure noun ("… 325 dự án
  // FDI với tổng vốn đăng ký 4,12 tỷ USD").
  for (let k = e - 1; k >= s; k--) {
    if (!facts.isFigure(tokens[k] as Token)) continue
    let next = hasVerb ? e : k + 1
    for (let j = k + 1; j < e; j++) if ((tokens[j] as Token).word === 'và') next = j + 1
    s = next
    break
  }
  let comparedTo: [number, number] | null = null
  for (let k = e - 1; k >= s; k--) {
    if ((tokens[k] as Token).word !== 'so' || INTROS.at(tokens, k) === 0) continue
    const n = INTROS.at(tokens, k)
    if (k + n < e) comparedTo = [k + n, e]
    e = k
    break
  }
  e = trimTail(tokens, s, e)
  if (e <= s) return none(hasVerb, comparedTo)
  s = mergeList(tokens, s, e, facts)
  for (let k = e - 1; k > s; k--) {
    const n = FRAMES.before(tokens, k + 1)
    if (n > 0 && k + 1 - n >= s && !(tokens[k] as Token).cap) {
      s = k + 1
      break
    }
  }
  s = trimLead(tokens, s, e, facts)
  let direction: Direction | null = null
  for (let k = e - 2; k >= s; k--) {
    const n = FIRST.at(tokens, k)
    // "tốc độ tăng giá trị …": after a measure noun the verb is part of the subject.
    if (n === 0 || HEADS.at(tokens, k + n) === 0 || (tokens[k] as Token).cap || HEADS.before(tokens, k) > 0)
      continue
    const d = FIRST_KEYS.get(FIRST.key(tokens, k, n))
    direction = d === 'none' ? null : ((d as Direction | undefined) ?? null)
    s = k + n
    break
  }
  if (!hasVerb) {
    // No verb: the subject is the measure-noun phrase that ends right before the figure.
    let h = s
    while (h < e && (HEADS.at(tokens, h) === 0 || NOT_HEADS.at(tokens, h) > 0)) h++
    if (h === e || (h > s && !isLinkBefore(tokens, h))) return none(false, comparedTo)
    s = h
  }
  if (e <= s) return none(hasVerb, comparedTo)
  // Nothing marked where this subject starts inside an over-long clause: too unsure to name one.
  if (s === windowStart && windowStart > clause) return none(false, comparedTo)
  const words = tokens.slice(s, e).filter((t) => !t.boundary && t.word !== '(' && t.word !== ')')
  const ok = words.length <= MAX_SUBJECT_WORDS && !words.some((t) => facts.isFigure(t))
  return { subject: ok ? [s, e] : null, comparedTo, empty: false, direction }
}

/** "Cầu có chiều dài 48 m", "với tổng vốn …": a measure noun after "có"/"với"/"là" heads the subject. */
function isLinkBefore(tokens: readonly Token[], h: number): boolean {
  return ['có', 'với', 'là', 'gồm'].includes((tokens[h - 1] as Token).word)
}

/**
 * The subject shared from the clause before: the subject of its first verb ("tốc độ … tăng hơn 5%
 * …, xếp thứ Nhất …"), or the clause itself when it names a topic ("Về thu ngân sách, ước đạt …").
 */
export function subjectOfClauseBefore(
  tokens: readonly Token[],
  end: number,
  facts: ClauseFacts,
  depth = 0,
): readonly [number, number] | null {
  const s = clauseStart(tokens, end)
  if (s < 2 || (tokens[s - 1] as Token).word !== ',') return null
  const p = clauseStart(tokens, s - 1)
  for (let k = p; k < Math.min(s - 1, p + WINDOW); k++) {
    if (!isVerbAt(tokens, k, true) && ANCHORS.at(tokens, k) === 0) continue
    const found = subjectBefore(tokens, k, facts)
    // "X đạt 85%, tăng 4 bậc …, xếp thứ 3": a chain of clauses shares the first one's subject.
    if (found.empty && clauseStart(tokens, k) === p && depth < MAX_CLAUSE_CHAIN) {
      return subjectOfClauseBefore(tokens, k, facts, depth + 1)
    }
    return clauseStart(tokens, k) === p ? found.subject : null
  }
  const topic = TOPICS.at(tokens, p)
  if (topic === 0 || s - 1 - p > 8 || tokens.slice(p, s - 1).some((t) => /\d/.test(t.word))) return null
  const from = p + topic
  const to = trimTail(tokens, from, s - 1)
  return to > from ? [from, to] : null
}
