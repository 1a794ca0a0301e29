/**
 * The edges of a subject: discourse and time words trimmed from its start ("Trong đó, …", "Năm
 * 2023 …", "5 năm qua …", "- "), auxiliaries and time phrases from its end ("… đã", "… cũng", "… từ
 * đầu năm đến ngày 16-4"), and a comma list merged into it ("nông, lâm, thủy sản").
 */
import {
  FRAMINGS,
  METRIC_NOUNS,
  METRIC_RUN_WORDS,
  NOT_METRIC_NOUNS,
  SUBJECT_LEADS,
  SUBJECT_TAILS,
  SUBJECT_TRAILING_PREPOSITIONS,
} from '../lexicon/metric-words.js'
import { canonicalize } from '../text/normalize.js'
import { clauseStart, isSentenceStart, PhraseSet, type Token } from './clause.js'
import { isVerbAt, runWordAt } from './run.js'

/** What the caller knows about the sentence's tokens. */
export interface ClauseFacts {
  /** Inside a time phrase ("năm 2023", "6 tháng đầu năm"). */
  isPeriod(t: Token): boolean
  /** Part of a figure (a quantity): a subject never holds one. */
  isFigure(t: Token): boolean
}

/** A bare year ("2023"): a time word even when no period was recognized around it. */
export function isYearToken(t: Token): boolean {
  // `/^(?:19|20)\d\d$/` without the regex: this is asked of every token many times.
  const w = t.word
  if (w.length !== 4) return false
  const century = w.charCodeAt(0) * 256 + w.charCodeAt(1)
  return (
    (century === 49 * 256 + 57 || century === 50 * 256 + 48) &&
    isDigit(w.charCodeAt(2)) &&
    isDigit(w.charCodeAt(3))
  )
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57

const LEADS = new PhraseSet(SUBJECT_LEADS)
const TAILS = new PhraseSet([...SUBJECT_TAILS, ...SUBJECT_TRAILING_PREPOSITIONS])
const FRAMES = new PhraseSet(FRAMINGS)
const HEADS = new PhraseSet(METRIC_NOUNS)
const NOT_HEADS = new PhraseSet(NOT_METRIC_NOUNS)
// Run words that say nothing by themselves ("bình quân", "lần lượt", "tới"): a subject of only these
// is no subject.
const FILLERS = new Set(
  Object.entries(METRIC_RUN_WORDS)
    .filter(([, entry]) => !('d' in entry) && !('a' in entry))
    .map(([word]) => canonicalize(word)),
)
const BULLETS = new Set(['-', '+', '*', '•', '–'])
// "5 năm qua", "3 tháng đầu năm": a duration leading a clause.
const TIME_UNITS = new Set(['năm', 'tháng', 'ngày', 'tuần', 'quý'])
const DURATION_TAILS = new PhraseSet([
  'qua',
  'vừa qua',
  'gần đây',
  'trở lại đây',
  'liên tiếp',
  'liền',
  'đầu năm',
  'cuối năm',
  'đầu tiên',
])
// "tháng 5.2015 tổng lượt khách …", "quý I/2024 …": a date or a period named with its number.
const DATE_WORDS = new Set(['tháng', 'quý', 'ngày'])
// Prepositions of time before a period: "đến năm 2020 số xã …".
const TIME_PREPOSITIONS = new Set(['đến', 'từ', 'trong', 'tới', 'vào', 'sau', 'trước'])
const SPELLED_SMALL = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'])
const MAX_LIST_ITEM = 4
const MAX_LIST_HEAD = 6
const MAX_MEASURE_LIST_HEAD = 10
const MAX_LIST_SEGMENTS = 6

/** A measure noun starts at token k ("tỷ lệ", "giá trị"), and not a look-alike ("mỗi năm", "thu giữ"). */
export function isHeadAt(tokens: readonly Token[], k: number): boolean {
  return HEADS.at(tokens, k) > 0 && NOT_HEADS.at(tokens, k) === 0
}

/** A comma list before the verb ("nông, lâm, thủy sản", "tỷ lệ điều tra, khám phá án"). */
export function mergeList(tokens: readonly Token[], s: number, e: number, facts: ClauseFacts): number {
  let current = e - s
  // A phrase that starts with a discourse word ("ước tính …") starts there.
  if (LEADS.at(tokens, s) > 0) return s
  for (let n = 0; n < MAX_LIST_SEGMENTS && s > 1 && (tokens[s - 1] as Token).word === ','; n++) {
    let p = clauseStart(tokens, s - 1)
    // "ngành dịch vụ tăng 9,72% và ngành nông, lâm nghiệp …": the list starts after the last figure.
    for (let k = s - 2; k >= p; k--) {
      if (facts.isFigure(tokens[k] as Token)) {
        p = k + 1
        if ((tokens[p] as Token | undefined)?.word === 'và') p++
        break
      }
    }
    // "Công an huyện phấn đấu tỷ lệ điều tra, khám phá án": the list starts after a framing verb.
    for (let k = s - 2; k > p; k--) {
      const n = FRAMES.before(tokens, k + 1)
      if (n === 0 || (tokens[k] as Token).cap || goesOnPhrase(tokens, p, k + 1 - n)) continue
      p = k + 1
      break
    }
    for (let n = LEADS.at(tokens, p); n > 0 && p + n < s - 1; n = LEADS.at(tokens, p)) p += n
    const words = s - 1 - p
    const longest = isHeadAt(tokens, p) ? MAX_MEASURE_LIST_HEAD : MAX_LIST_HEAD
    if (words <= 0 || words > longest || (current > MAX_LIST_ITEM && words > MAX_LIST_ITEM)) break
    // A phrase opening with a measure noun ("mỗi tập thể", "tốc độ …") is whole already.
    if (LEADS.at(tokens, p) > 0 || FRAMES.at(tokens, p) > 0 || HEADS.at(tokens, s) > 0) break
    const span = tokens.slice(p, s - 1)
    if (span.some((t) => facts.isFigure(t) || facts.isPeriod(t) || /\d/.test(t.word))) break
    if (span.some((_, k) => runWordAt(tokens, p + k) > 0 && !tokens[p + k]?.cap && isVerbAt(tokens, p + k)))
      break
    s = p
    current = words
  }
  return s
}

// Framing words that may also go on with a noun phrase: "do" (by, due to), "để" (for).
const IN_PHRASE = new Set(['do', 'để'])

/**
 * True when the framing word at `at` goes on with the measure-noun phrase before it ("thu ngân sách
 * do huyện quản lý", "số người chết do TNGT", "thiệt hại do bão, lũ") instead of framing a clause.
 */
export function goesOnPhrase(tokens: readonly Token[], from: number, at: number): boolean {
  if (!IN_PHRASE.has((tokens[at] as Token | undefined)?.word ?? '')) return false
  for (let k = from; k < at; k++) if (isHeadAt(tokens, k)) return true
  return false
}

export function trimLead(tokens: readonly Token[], s: number, e: number, facts: ClauseFacts): number {
  for (;;) {
    const t = tokens[s]
    if (s >= e || !t) return s
    const n = LEADS.at(tokens, s)
    const next = tokens[s + 1]
    if (n > 0 && s + n <= e && !(n === 1 && t.cap && s > 0 && !isSentenceStart(tokens, s))) s += n
    else if (t.boundary || BULLETS.has(t.word) || facts.isPeriod(t) || isYearToken(t)) s++
    else if (next && TIME_PREPOSITIONS.has(t.word) && (facts.isPeriod(next) || isYearToken(next))) s++
    else if (next && DATE_WORDS.has(t.word) && /^(?:\d|[IVX]+\b)/.test(next.word) && !facts.isFigure(next))
      s += 2
    else if (next && (/^\d+$/.test(t.word) || SPELLED_SMALL.has(t.word)) && TIME_UNITS.has(next.word)) {
      // "5 năm qua", "ba năm liền": a duration.
      s += 2
      s += DURATION_TAILS.at(tokens, s)
    } else return s
  }
}

/** Auxiliaries and prepositions trimmed from the end ("… đã", "… cũng", "… trong"); a period stays. */
export function trimTail(tokens: readonly Token[], s: number, e: number): number {
  for (;;) {
    const t = tokens[e - 1]
    if (e <= s || !t) return e
    const n = TAILS.before(tokens, e)
    if (n > 0 && e - n >= s) e -= n
    else if (t.boundary) e--
    else return e
  }
}

/** True when tokens [s, e) are only words that say nothing by themselves ("bình quân", "lần lượt"). */
export function onlyFillers(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; ) {
    const n = runWordAt(tokens, k)
    if (n === 0 || !FILLERS.has(joinWords(tokens, k, k + n))) return false
    k += n
  }
  return e > s
}

function joinWords(tokens: readonly Token[], from: number, to: number): string {
  let s = (tokens[from] as Token).word
  for (let k = from + 1; k < to; k++) s += ` ${(tokens[k] as Token).word}`
  return s
}
