/**
 * The edges of a subject: discourse and time words trimmed from its start ("Trong đó, …", "Năm
 * 2023 …"), auxiliaries from its end ("… đã", "… cũng"), and a comma list merged into it ("nông,
 * lâm, thủy sản").
 */
import {
  FRAMINGS,
  METRIC_NOUNS,
  SUBJECT_LEADS,
  SUBJECT_TAILS,
  SUBJECT_TRAILING_PREPOSITIONS,
} from '../lexicon/metric-words.js'
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
export const isYearToken = (t: Token): boolean => /^(?:19|20)\d\d$/.test(t.word)

const LEADS = new PhraseSet(SUBJECT_LEADS)
const TAILS = new PhraseSet([...SUBJECT_TAILS, ...SUBJECT_TRAILING_PREPOSITIONS])
const FRAMES = new PhraseSet(FRAMINGS)
const HEADS = new PhraseSet(METRIC_NOUNS)
const MAX_LIST_ITEM = 4
const MAX_LIST_HEAD = 6
const MAX_LIST_SEGMENTS = 6

/** A comma list before the verb ("nông, lâm, thủy sản", "tỷ lệ điều tra, khám phá án"). */
export function mergeList(tokens: readonly Token[], s: number, e: number, facts: ClauseFacts): number {
  let current = e - s
  for (let n = 0; n < MAX_LIST_SEGMENTS && s > 1 && (tokens[s - 1] as Token).word === ','; n++) {
    // "Công an huyện phấn đấu tỷ lệ điều tra, khám phá án": the list starts after a framing verb.
    let p = clauseStart(tokens, s - 1)
    for (let k = s - 2; k > p; k--) {
      if (FRAMES.before(tokens, k + 1) > 0 && !(tokens[k] as Token).cap) {
        p = k + 1
        break
      }
    }
    for (let n = LEADS.at(tokens, p); n > 0 && p + n < s - 1; n = LEADS.at(tokens, p)) p += n
    const words = s - 1 - p
    if (words === 0 || words > MAX_LIST_HEAD || (current > MAX_LIST_ITEM && words > MAX_LIST_ITEM)) break
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

export function trimLead(tokens: readonly Token[], s: number, e: number, facts: ClauseFacts): number {
  for (;;) {
    const t = tokens[s]
    if (s >= e || !t) return s
    const n = LEADS.at(tokens, s)
    if (n > 0 && s + n <= e && !(n === 1 && t.cap && s > 0 && !isSentenceStart(tokens, s))) s += n
    else if (t.boundary || facts.isPeriod(t) || isYearToken(t)) s++
    else return s
  }
}

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
