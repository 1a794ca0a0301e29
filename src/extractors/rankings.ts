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
import {
  CLASS_DETERMINERS,
  CLASS_NOUNS,
  GROUP_WORDS,
  RANK_MOVE_VERBS,
  RANK_NOUNS,
  RANK_ONE,
  RANK_ONE_BARE_SCOPE,
  RANK_TITLE_VERBS,
  RANK_TITLES,
  RANK_VERBS,
  SESSION_HEADS,
} from '../lexicon/metric-words.js'
import { findOrdinals } from '../recognizers/ordinal.js'
import { findQuantities } from '../recognizers/quantity.js'
import { WordMatcher } from '../recognizers/word-scan.js'
import type { Ranking } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { clauseStart, markTokens, PhraseSet, rangeOf, type Token, tokenIndexAt, tokenize } from './clause.js'
import { adminListEnd, indexScopeAt, scopeAt, startsAdminNoun } from './scope.js'
import { type ClauseFacts, isYearToken, subjectBefore, subjectOfClauseBefore } from './subject.js'

const VERBS = new PhraseSet(RANK_VERBS)
const NOUNS = new PhraseSet(RANK_NOUNS)
const ONE = new PhraseSet(RANK_ONE)
const SESSIONS = new PhraseSet(SESSION_HEADS)
const BARE = new PhraseSet(RANK_ONE_BARE_SCOPE)
const TITLES = new PhraseSet(Object.keys(RANK_TITLES))
const TITLE_RANKS = new Map(Object.entries(RANK_TITLES).map(([k, v]) => [canonicalize(k), v as number]))
const MOVE_VERBS = new PhraseSet(RANK_MOVE_VERBS)
const TITLE_VERBS = new PhraseSet(RANK_TITLE_VERBS)
// "chiếm ngôi quán quân", "giành vị trí á quân": the noun before a title is part of the ranking.
const TITLE_NOUNS = new PhraseSet(['ngôi', 'vị trí', 'ngôi vị'])
const MAX_MOVE_GAP = 5
const MAX_NAME_WORDS = 4
const GROUPS = new Set(GROUP_WORDS.map(canonicalize))
const CLASS_HEADS = new PhraseSet(CLASS_NOUNS)
const CLASS_MARKS = new PhraseSet(CLASS_DETERMINERS)
const HANG = /^(\d{1,3})(?:\/\d{1,3})?$/u
// Every ranking holds one of these words: sentences without them are skipped before tokenizing.
const RANK_CUE_WORDS = ['thứ', 'hạng', 'quân', ...RANK_ONE]
const RANK_CUE = new WordMatcher(RANK_CUE_WORDS, alternation, WORD_END)
// The same words anywhere, in any case, in the text as it is: a necessary condition for RANK_CUE,
// checked without lower-casing the sentence (no "u" flag: the cue letters fold the same either way).
const RANK_CUE_ANYWHERE = new RegExp(alternation(RANK_CUE_WORDS), 'i')

interface Found {
  lead: number // token index where the ranking's text starts
  title?: boolean // a ranking title ("quán quân"): its subject stands before the verb that takes it
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
      // "thứ hạng 31": the "thứ" of the noun stands before the "hạng" the numeral follows.
      const noun =
        tokens[at]?.word === 'hạng' && tokens[at - 1]?.word === 'thứ' ? 1 : NOUNS.before(tokens, at)
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
      if (n === 0 || isGroupOrAward(tokens, k) || isLeadingClass(tokens, k)) continue
      const ranked = scopeAt(tokens, k + n) ?? bareScopeAt(tokens, k, n)
      if (!ranked) continue
      const scope = rangeOf(tokens, ...ranked.scope) as Range
      found.push({ lead: k, rank: 1, of: ranked.of, scope, end: scope.end })
    }
    // "chiếm ngôi quán quân", "giành vị trí á quân trong bảng xếp hạng PCI 2023": in an index table.
    for (let k = 0; k < tokens.length; k++) {
      const n = TITLES.at(tokens, k)
      if (n === 0 || isGroupOrAward(tokens, k)) continue
      const rank = TITLE_RANKS.get(TITLES.key(tokens, k, n)) as number
      const after = scopeAt(tokens, k + n)
      const index = after ? null : indexScopeBefore(tokens, k)
      const scope = after ? after.scope : index
      if (!scope) continue
      const lead = k - TITLE_NOUNS.before(tokens, k)
      const scopeRange = rangeOf(tokens, ...scope) as Range
      const end = after ? scopeRange.end : (tokens[k + n - 1] as Token).end
      found.push({ lead, rank, of: after?.of ?? null, scope: scopeRange, end, title: true })
    }
    found.sort((a, b) => a.lead - b.lead)
    const quantities = found.length > 0 ? findQuantities(text, sentence.start, sentence.end) : []
    const figures = markTokens(tokens, quantities)
    const facts = new FigureFacts(figures)
    const kind = doc.blocks[sentence.block]?.kind
    let subject: string | null = null
    for (const [index, f] of found.entries()) {
      // "… và thứ 7 toàn tỉnh" shares the subject of the ranking it continues.
      // "Vĩnh Long vươn mạnh từ vị trí thứ 8 lên thứ 3 …": the ranking is the new position, its text
      // starts at the move, and its subject before the verb of the move.
      const origin = moveOrigin(tokens, f.lead)
      if (origin >= 0) f.lead = origin
      if (f.title || index === 0 || !joinsPrevious(tokens, found[index - 1] as Found, f.lead)) {
        const before =
          origin >= 0
            ? verbsStart(tokens, origin, MOVE_VERBS)
            : f.title
              ? verbsStart(tokens, f.lead, TITLE_VERBS)
              : f.lead
        const s = subjectBefore(tokens, before, facts)
        // "á quân Đồng Tháp đạt 72,10 điểm": a title names its holder right after it.
        const named = f.title ? nameAfter(tokens, f.lead) : null
        const shared = s.empty && !f.title ? subjectOfClauseBefore(tokens, before, facts) : null
        const words = named ?? s.subject ?? shared
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

/** "cao nhất tỉnh", "cao nhất huyện": a superlative with a bare administrative noun (not a name). */
function bareScopeAt(
  tokens: readonly Token[],
  k: number,
  n: number,
): { scope: [number, number]; of: null } | null {
  if (BARE.at(tokens, k) !== n) return null
  const noun = k + n
  const end = noun + (startsAdminNoun(tokens, noun) ? adminListEnd(tokens, noun) - noun : 0)
  if (end === noun || (tokens[noun] as Token).cap) return null
  const next = tokens[end]
  if (next && !next.boundary && (next.cap || /\d/.test(next.word))) return null
  return { scope: [noun, end], of: null }
}

/** The capitalised name right after a title at `lead` ("á quân Đồng Tháp"), or null. */
function nameAfter(tokens: readonly Token[], lead: number): [number, number] | null {
  let k = lead + TITLE_NOUNS.at(tokens, lead)
  k += TITLES.at(tokens, k)
  let end = k
  while (end < tokens.length && end < k + MAX_NAME_WORDS && (tokens[end] as Token).cap) end++
  return end > k ? [k, end] : null
}

/** A named index table earlier in the sentence ("Trong bảng xếp hạng PCI 2019, …"). */
function indexScopeBefore(tokens: readonly Token[], k: number): [number, number] | null {
  for (let j = k - 1; j >= 0; j--) {
    const index = indexScopeAt(tokens, j)
    if (index) return index
  }
  return null
}

/**
 * Where a move to the rank at `lead` starts: "từ vị trí thứ 8 lên thứ 3", "từ thứ hạng 51 lên thứ
 * hạng 31" (the token index of "từ"), or -1.
 */
function moveOrigin(tokens: readonly Token[], lead: number): number {
  if (tokens[lead]?.word !== 'lên' && tokens[lead]?.word !== 'xuống') return -1
  for (let j = lead - 1; j >= 0 && j >= lead - MAX_MOVE_GAP; j--) {
    const t = tokens[j] as Token
    if (t.boundary) return -1
    if (t.word === 'từ') return j
  }
  return -1
}

/**
 * The start of the verbs before a move's "từ" ("vươn mạnh", "tăng vọt") or a title ("tiếp tục giữ"),
 * and of a "lần thứ 3" among them.
 */
function verbsStart(tokens: readonly Token[], from: number, verbs: PhraseSet): number {
  let k = from
  for (let steps = 0; steps < MAX_MOVE_GAP; steps++) {
    const n = verbs.before(tokens, k)
    if (n > 0 && !(tokens[k - n] as Token).cap) k -= n
    else if (
      tokens[k - 2]?.word === 'thứ' &&
      tokens[k - 3]?.word === 'lần' &&
      /^\d+$/.test(tokens[k - 1]?.word ?? '')
    )
      k -= 3
    else break
  }
  return k
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

/**
 * "cho 69 đơn vị dẫn đầu …", "các tập thể dẫn đầu phong trào thi đua": "dẫn đầu" modifying a counted
 * or plural noun names a class of units (award recipients), not the position of a subject. "Huyện là
 * đơn vị dẫn đầu toàn tỉnh" and "Đơn vị dẫn đầu Khối thi đua …" (a subject) stay rankings.
 */
function isLeadingClass(tokens: readonly Token[], k: number): boolean {
  const noun = CLASS_HEADS.before(tokens, k)
  if (noun === 0) return false
  const head = k - noun
  const mark = tokens[head - 1]
  if (!mark || mark.boundary) return false
  return /^\d/.test(mark.word) || CLASS_MARKS.before(tokens, head) > 0
}
