/**
 * Rankings: a stated position with the field it is in.
 *
 *   "xếp thứ Nhất các huyện miền núi và thứ 7 toàn tỉnh" → (1, "các huyện miền núi"), (7, "toàn
 *   tỉnh"), one subject · "đứng thứ 2 toàn tỉnh" · "vị thứ 10 cả nước" · "xếp hạng 15/63" → 15 of 63,
 *   scope "63" · "dẫn đầu toàn tỉnh", "đứng đầu cả nước", "cao nhất cả nước" → 1
 *
 * Not rankings: a rank with no scope ("đứng đầu" alone), sessions and terms ("kỳ họp thứ 7", "lần
 * thứ VIII"), group membership ("nằm trong nhóm 10 tỉnh dẫn đầu", "top 10"), awards ("Cờ dẫn đầu",
 * "giải Nhất").
 */
import { type Doc, type Range, sentencesOf, spanOf, textOf } from '../document.js'
import { GROUP_WORDS, RANK_NOUNS, RANK_ONE, RANK_VERBS, SESSION_HEADS } from '../lexicon/metric-words.js'
import { findOrdinals } from '../recognizers/ordinal.js'
import { findQuantities } from '../recognizers/quantity.js'
import { WordMatcher } from '../recognizers/word-scan.js'
import type { Ranking } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { clauseStart, markTokens, PhraseSet, rangeOf, type Token, tokenIndexAt, tokenize } from './clause.js'
import { adminListEnd, scopeAt, startsAdminNoun } from './scope.js'
import { type ClauseFacts, isYearToken, subjectBefore, subjectOfClauseBefore } from './subject.js'

const VERBS = new PhraseSet(RANK_VERBS)
const NOUNS = new PhraseSet(RANK_NOUNS)
const ONE = new PhraseSet(RANK_ONE)
const SESSIONS = new PhraseSet(SESSION_HEADS)
const GROUPS = new Set(GROUP_WORDS.map(canonicalize))
const HANG = /^(\d{1,3})(?:\/\d{1,3})?$/u
// Every ranking holds one of these words: sentences without them are skipped before tokenizing.
const RANK_CUE_WORDS = ['thứ', 'hạng', ...RANK_ONE]
const RANK_CUE = new WordMatcher(RANK_CUE_WORDS, alternation, WORD_END)
// The same words anywhere, in any case, in the text as it is: a necessary condition for RANK_CUE,
// checked without lower-casing the sentence (no "u" flag: the cue letters fold the same either way).
const RANK_CUE_ANYWHERE = new RegExp(alternation(RANK_CUE_WORDS), 'i')

interface Found {
  lead: number // token index where the ranking's text starts
  rank: number
  of: number | null
  scope: Range
  end: number // offset where the ranking's text ends
}

export function extractRankings(doc: Doc): Ranking[] {
  const text = doc.text.match
  const out: { ranking: Ranking; lead: boolean }[] = []
  for (const sentence of sentencesOf(doc)) {
    if (!RANK_CUE_ANYWHERE.test(text.slice(sentence.start, sentence.end))) continue
    if (!RANK_CUE.test(text, sentence.start, sentence.end)) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const found: Found[] = []
    // "thứ N", "vị trí thứ N", "hạng N/M" after a ranking verb, or "và thứ N" after a ranking.
    const numerals = [
      ...findOrdinals(text, sentence.start, sentence.end)
        .filter((o) => o.head === 'thứ' && o.form !== 'roman')
        .map((o) => ({ at: tokenIndexAt(tokens, o.start), rank: o.value, numeralEnd: o.end })),
      ...tokens.flatMap((t, k) => {
        const rank = k > 0 && tokens[k - 1]?.word === 'hạng' ? HANG.exec(t.word)?.[1] : undefined
        return rank ? [{ at: k - 1, rank: Number(rank), numeralEnd: t.start + rank.length }] : []
      }),
    ].sort((a, b) => a.at - b.at)
    for (const { at, rank, numeralEnd } of numerals) {
      if (rank < 1 || SESSIONS.before(tokens, at) > 0) continue
      const noun = NOUNS.before(tokens, at)
      const verb = VERBS.before(tokens, at - noun)
      const previous = found[found.length - 1]
      const continues = previous !== undefined && joinsPrevious(tokens, previous, at)
      if (noun === 0 && verb === 0 && tokens[at]?.word !== 'hạng' && !continues) continue
      const ranked = scopeAfter(tokens, numeralEnd)
      if (!ranked) continue
      found.push({ lead: at - noun - verb, rank, of: ranked.of, scope: ranked.scope, end: ranked.scope.end })
    }
    // "dẫn đầu toàn tỉnh", "đứng đầu cả nước", "cao nhất cả nước".
    for (let k = 0; k < tokens.length; k++) {
      const n = ONE.at(tokens, k)
      if (n === 0 || isGroupOrAward(tokens, k)) continue
      const ranked = scopeAt(tokens, k + n)
      if (!ranked) continue
      const scope = rangeOf(tokens, ...ranked.scope) as Range
      found.push({ lead: k, rank: 1, of: ranked.of, scope, end: scope.end })
    }
    found.sort((a, b) => a.lead - b.lead)
    const quantities = found.length > 0 ? findQuantities(text, sentence.start, sentence.end) : []
    const figures = markTokens(tokens, quantities)
    const facts = new FigureFacts(figures)
    const kind = doc.blocks[sentence.block]?.kind
    let subject: string | null = null
    for (const [index, f] of found.entries()) {
      // "… và thứ 7 toàn tỉnh" shares the subject of the ranking it continues.
      if (index === 0 || !joinsPrevious(tokens, found[index - 1] as Found, f.lead)) {
        const s = subjectBefore(tokens, f.lead, facts)
        const shared = s.empty ? subjectOfClauseBefore(tokens, f.lead, facts) : null
        const words = s.subject ?? shared
        subject = words ? textOf(doc, rangeOf(tokens, ...words) as Range) : null
      }
      const range = { start: (tokens[f.lead] as Token).start, end: f.end }
      const ranking: Ranking = {
        text: textOf(doc, range),
        rank: f.rank,
        of: f.of,
        scope: textOf(doc, f.scope),
        subject,
        span: spanOf(doc, range),
      }
      out.push({ ranking, lead: kind === 'title' || kind === 'lead' })
    }
  }
  const key = (r: Ranking) => `${r.rank}|${canonicalize(r.scope)}`
  const body = new Set(out.filter((o) => !o.lead).map((o) => key(o.ranking)))
  return out.filter((o) => !o.lead || !body.has(key(o.ranking))).map((o) => o.ranking)
}

/** What the sentence's figures say about a token (a class: closures made per sentence cost more). */
class FigureFacts implements ClauseFacts {
  constructor(private readonly figures: readonly number[]) {}
  isPeriod(t: Token): boolean {
    return isYearToken(t)
  }
  isFigure(t: Token): boolean {
    return this.figures[t.index] === 1
  }
}

/** The scope after a rank numeral, with "/63" read as the size of the field. */
function scopeAfter(
  tokens: readonly Token[],
  numeralEnd: number,
): { scope: Range; of: number | null } | null {
  const k = tokenIndexAt(tokens, numeralEnd)
  const holder = tokens[k - 1]
  if (!holder) return null
  const of =
    holder.end > numeralEnd ? /^\/(\d{1,3})$/.exec(holder.word.slice(numeralEnd - holder.start)) : null
  if (of) {
    // "15/63 tỉnh, thành phố" → "63 tỉnh, thành phố"; "15/63" alone → "63".
    const start = holder.end - (of[1] as string).length
    const end = startsAdminNoun(tokens, k) ? (tokens[adminListEnd(tokens, k) - 1] as Token).end : holder.end
    return { scope: { start, end }, of: Number(of[1]) }
  }
  if (holder.end > numeralEnd) return null
  const ranked = scopeAt(tokens, k)
  if (!ranked) return null
  return { scope: rangeOf(tokens, ...ranked.scope) as Range, of: ranked.of }
}

/** "…, xếp thứ Nhất A và thứ 7 B": only "và" or a comma between one ranking and the next. */
function joinsPrevious(tokens: readonly Token[], previous: Found, at: number): boolean {
  const from = tokenIndexAt(tokens, previous.end)
  if (from >= at || at - from > 3) return false
  for (let k = from; k < at; k++) {
    const word = (tokens[k] as Token).word
    if (word !== 'và' && word !== ',') return false
  }
  return true
}

/** "nằm trong nhóm 10 tỉnh dẫn đầu", "Cờ thi đua dẫn đầu", "giải Nhất": not a rank in a field. */
function isGroupOrAward(tokens: readonly Token[], k: number): boolean {
  const from = Math.max(clauseStart(tokens, k), k - 6)
  for (let j = from; j < k; j++) if (GROUPS.has((tokens[j] as Token).word)) return true
  return false
}
