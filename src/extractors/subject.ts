/**
 * The subject of a figure or a rank: the noun phrase right before its verb, inside its clause.
 *
 *   "Tình hình kinh tế … duy trì đà tăng trưởng, tốc độ giá trị sản xuất tăng hơn 5%" → "tốc độ giá
 *   trị sản xuất" · "Giá trị sản xuất nông, lâm, thủy sản ước đạt …" → the whole list · "Trong đó,
 *   thu nội địa đạt …" → "thu nội địa" · "huyện phấn đấu giảm tỷ lệ hộ nghèo từ 5 đến 6%" → "tỷ lệ hộ
 *   nghèo" (decrease) · with no verb, a measure noun: "Cầu có chiều dài 48 m" → "chiều dài" · after a
 *   link, the measure noun: "Mỹ là thị trường lớn nhất với kim ngạch đạt …" → "kim ngạch" · after a
 *   copula, what it names: "Kế tiếp là thị trường EU đạt …" → "thị trường EU"
 */
import {
  COMPARISON_BASES,
  COMPARISON_INTROS,
  COUNT_NOUNS,
  FRAMINGS,
  METRIC_NOUNS,
  SUBJECT_ANCHORS,
  TOPIC_LEADS,
  VERBS_FIRST,
} from '../lexicon/metric-words.js'
import { canonicalize } from '../text/normalize.js'
import { clauseStart, isSentenceStart, PhraseSet, type Token } from './clause.js'
import { type Direction, isVerbAt } from './run.js'
import {
  type ClauseFacts,
  goesOnPhrase,
  isHeadAt,
  mergeList,
  onlyFillers,
  trimLead,
  trimTail,
} from './subject-edges.js'

export { type ClauseFacts, isYearToken } from './subject-edges.js'

const INTROS = new PhraseSet(COMPARISON_INTROS)
const BASES = new PhraseSet(COMPARISON_BASES)
const TOPICS = new PhraseSet(TOPIC_LEADS)
const ANCHORS = new PhraseSet(SUBJECT_ANCHORS)
const HEADS = new PhraseSet(METRIC_NOUNS)
const COUNTS = new PhraseSet(COUNT_NOUNS)
const FRAMES = new PhraseSet(FRAMINGS)
const FIRST = new PhraseSet(Object.keys(VERBS_FIRST))
const FIRST_KEYS = new Map<string, string>(Object.entries(VERBS_FIRST).map(([k, v]) => [canonicalize(k), v]))
// Words that link a noun to the measure noun of a figure: "7 địa phương có tổng sản phẩm …",
// "325 dự án với tổng vốn đăng ký …", "Cầu có chiều dài 48 m", "17 mặt hàng đạt kim ngạch xuất khẩu
// hơn 1 tỷ USD"; "thì" opens the main clause after a condition ("Không tính … (5.056 tỷ đồng) thì thu
// nội địa thực hiện …").
const LINKS = new Set(['có', 'với', 'là', 'gồm', 'đạt', 'thì'])
// A count after one of these is a part of a phrase, not a figure of the noun before: "Chỉ số … của 17 bộ".
const PREPOSITIONS = new Set(['của', 'cho', 'tại', 'ở', 'trong', 'thuộc'])
// "… như than đá tăng 103,6%": the subject is what the example names; not "như vậy", "như sau".
const NOT_EXAMPLES = new Set(['vậy', 'sau', 'trên', 'thế'])
// "Ước thu ngân sách …", "Theo Bộ, ước tính sản lượng …": an estimate stated before the subject.
const ESTIMATES = new PhraseSet(['ước', 'ước tính'])
// A time word alone is no subject ("có năm tăng trưởng trên 20%").
const TIME_WORDS = new Set(['năm', 'tháng', 'ngày', 'quý', 'tuần'])
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
  /** True when an estimate word leads the subject ("Ước thu ngân sách … là 404 tỷ đồng"). */
  readonly estimated: boolean
}

/**
 * The subject before token `end` (where the run starts). With `hasVerb` false there is no verb
 * between subject and figure, and only a phrase headed by a measure noun counts ("tổng vốn …"); a
 * `count` ("31 xã") takes only a noun that counts ("tổng số", "dân số").
 */
export function subjectBefore(
  tokens: readonly Token[],
  end: number,
  facts: ClauseFacts,
  hasVerb = true,
  count = false,
): SubjectFound {
  // A subject is a few words long: look no further back than a window, so a sentence without commas
  // costs the same per figure as a short one.
  const clause = clauseStart(tokens, end)
  const windowStart = Math.max(clause, end - WINDOW)
  let s = windowStart
  let e = end
  // A figure earlier in the clause ends any subject there: "tăng 3% so cùng kỳ và đạt 49% kế hoạch".
  // A measure noun after it may still head one: "… 325 dự án FDI với tổng vốn đăng ký 4,12 tỷ USD",
  // "7 địa phương có tổng sản phẩm … tăng trưởng trên 10%", "lúa xuân 4.050 ha năng suất … đạt".
  for (let k = e - 1; k >= s; k--) {
    if (!facts.isFigure(tokens[k] as Token)) continue
    let next = hasVerb ? e : k + 1
    for (let j = k + 1; j < e; j++) if ((tokens[j] as Token).word === 'và') next = j + 1
    if (hasVerb) {
      const head = headAfterFigure(tokens, k + 1, e)
      if (head >= 0) next = head
    }
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
  if (!hasVerb && count && PREPOSITIONS.has((tokens[end - 1] as Token | undefined)?.word ?? '')) {
    return noSubject(false, comparedTo)
  }
  e = trimTail(tokens, s, e)
  if (e <= s) return noSubject(hasVerb, comparedTo)
  const leadStart = s
  // Discourse words first ("Trong khi đó số người …"), then a comma list, then framing verbs.
  s = mergeList(tokens, trimLead(tokens, s, e, facts), e, facts)
  for (let k = e - 1; k > s; k--) {
    const n = FRAMES.before(tokens, k + 1)
    if (n === 0 || k + 1 - n < s || (tokens[k] as Token).cap) continue
    // "thu ngân sách do huyện quản lý", "số người chết do TNGT": after a measure noun, "do" and "để"
    // go on with the noun phrase; they frame it only before one.
    if (goesOnPhrase(tokens, s, k + 1 - n)) continue
    s = k + 1
    break
  }
  s = trimLead(tokens, s, e, facts)
  const estimated = estimateIn(tokens, leadStart, s)
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
    // No verb: the subject is the measure-noun phrase that ends right before the figure, starting
    // where the phrase starts or after a link ("Cầu có chiều dài 48 m"). A name is no measure noun
    // ("Quỹ Thiện tâm"); a count takes only a counting noun ("tổng số 150 hộ").
    let h = s
    while (
      h < e &&
      !(
        isHeadAt(tokens, h) &&
        (h === s || isLinkBefore(tokens, h)) &&
        (!(tokens[h] as Token).cap || isSentenceStart(tokens, h) || h === s) &&
        (!count || COUNTS.at(tokens, h) > 0)
      )
    )
      h++
    if (h === e) return noSubject(false, comparedTo)
    s = h
  }
  if (e <= s || onlyFillers(tokens, s, e)) return noSubject(hasVerb, comparedTo)
  if (e === s + 1 && TIME_WORDS.has((tokens[s] as Token).word)) return noSubject(false, comparedTo)
  // Nothing marked where this subject starts inside an over-long clause: too unsure to name one.
  if (s === windowStart && windowStart > clause) return noSubject(false, comparedTo)
  if (fits(tokens, s, e, facts)) {
    return { subject: [narrowed(tokens, s, e), e], comparedTo, empty: false, direction, estimated }
  }
  // Too long, or holding a figure: the measure noun after a link or a name may still be the subject
  // ("Hoa Kỳ tiếp tục là thị trường … lớn nhất từ Việt Nam với trị giá đạt 8,49 tỷ USD").
  for (let h = e - 1; h > s; h--) {
    const before = tokens[h - 1] as Token
    if (!isHeadAt(tokens, h) || (tokens[h] as Token).cap) continue
    if (!(LINKS.has(before.word) || before.cap || facts.isFigure(before))) continue
    return fits(tokens, h, e, facts)
      ? { subject: [h, e], comparedTo, empty: false, direction, estimated }
      : noSubject(false, comparedTo)
  }
  return { ...noSubject(false, comparedTo), direction, estimated }
}

function noSubject(empty: boolean, comparedTo: [number, number] | null = null): SubjectFound {
  return { subject: null, comparedTo, empty, direction: null, estimated: false }
}

/** A subject of a few words, with no figure in it. */
function fits(tokens: readonly Token[], s: number, e: number, facts: ClauseFacts): boolean {
  let words = 0
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token
    if (facts.isFigure(t)) return false
    if (!t.boundary && t.word !== '(' && t.word !== ')') words++
  }
  return words <= MAX_SUBJECT_WORDS
}

/**
 * The phrase the figure is about inside a longer one: after a copula ("Kế tiếp là thị trường EU đạt
 * …" → "thị trường EU"), after "như" ("… như than đá tăng 103,6%"), after "với" before a measure noun
 * ("Mỹ … với kim ngạch đạt …" → "kim ngạch").
 */
function narrowed(tokens: readonly Token[], s: number, e: number): number {
  // "TP. Hà Nội tổng lượng khách du lịch đến": a measure noun right after a name.
  for (let k = s + 1; k < e; k++) {
    const name = tokens[k - 1] as Token
    if (!name.cap || isSentenceStart(tokens, k - 1) || HEADS.at(tokens, k - 1) > 0) continue
    if (!(tokens[k] as Token).cap && isHeadAt(tokens, k)) return narrowed(tokens, k, e)
  }
  for (let k = e - 2; k > s; k--) {
    const t = tokens[k] as Token
    if (t.cap) continue
    if (t.word === 'với' && isHeadAt(tokens, k + 1)) return k + 1
    if (t.word === 'là') return k + 1
    if (t.word === 'như' && !NOT_EXAMPLES.has((tokens[k + 1] as Token).word)) return k + 1
  }
  return s
}

/**
 * A measure noun right after a figure (after its unit) or after a link word, before `e`; not the
 * figure's basis ("89,1% dự toán năm").
 */
function headAfterFigure(tokens: readonly Token[], from: number, e: number): number {
  for (let j = from; j < e; j++) {
    if (!isHeadAt(tokens, j) || (tokens[j] as Token).cap) continue
    if (j === from ? BASES.at(tokens, j) === 0 : isLinkBefore(tokens, j)) return j
  }
  return -1
}

/** An estimate word among the discourse words trimmed before a subject ("Ước thu …"). */
function estimateIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ESTIMATES.at(tokens, k) > 0) return true
  return false
}

/** "Cầu có chiều dài 48 m", "với tổng vốn …": a measure noun after "có"/"với"/"là" heads the subject. */
function isLinkBefore(tokens: readonly Token[], h: number): boolean {
  return LINKS.has((tokens[h - 1] as Token).word)
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
