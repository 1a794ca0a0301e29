/**
 * Metrics: every quantity with a unit or a counted noun in the content, with the verb and hedges
 * before it, the subject before those, and the basis of comparison after it:
 * `[SUBJECT] [VERB/HEDGE…] [QUANTITY] [so với BASIS]`.
 *
 *   "tốc độ giá trị sản xuất tăng hơn 5% so với cùng kỳ năm 2022" → 5 "%", increase, more_than,
 *   subject "tốc độ giá trị sản xuất", comparedTo "cùng kỳ năm 2022"
 *   "đạt 105% kế hoạch, tăng 12% so với cùng kỳ" → two metrics, one subject
 *   "vượt 8% dự toán" → direction null, more_than · "hơn 200 đại biểu" → a count, subject null
 *
 * Not metrics: quantities inside records others own (`claimed`: awards, rankings), inside periods,
 * and award recipient counts ("trao Giấy khen cho 14 tập thể và 26 cá nhân").
 */
import { type Doc, type Range, sentencesOf, spanOf, textOf } from '../document.js'
import { COMPARISON_BASES, COMPARISON_INTROS, MOVES, PHRASE_STOPS } from '../lexicon/metric-words.js'
import { findQuantities } from '../recognizers/quantity.js'
import type { Metric, Period, Span } from '../schema/records.js'
import {
  clauseEnd,
  clauseStart,
  markTokens,
  PhraseSet,
  rangeOf,
  type Token,
  tokenIndexAt,
  tokenize,
} from './clause.js'
import { awardsIn, dropRestated, isAwardCount } from './metric-filters.js'
import { leadingPeriod, periodIn, periodTokens, spansIn } from './metric-period.js'
import { runBefore } from './run.js'
import { type ClauseFacts, isYearToken, subjectBefore, subjectOfClauseBefore } from './subject.js'

export interface MetricContext {
  /** Spans other records own (award recipient counts, rankings): no metric is taken inside them. */
  claimed: readonly Span[]
  periods: readonly Period[]
}

const INTROS = new PhraseSet(COMPARISON_INTROS)
const BASES = new PhraseSet(COMPARISON_BASES)
const STOPS = new PhraseSet(PHRASE_STOPS)
const MOVE = new PhraseSet(MOVES)
const MAX_BASIS_WORDS = 10

export function extractMetrics(doc: Doc, context: MetricContext): Metric[] {
  const text = doc.text.match
  const found: { metric: Metric; lead: boolean }[] = []
  const claimed = [...context.claimed].sort((a, b) => a.start - b.start)
  const allPeriods = [...context.periods].sort((a, b) => a.span.start - b.span.start)
  for (const sentence of sentencesOf(doc)) {
    const quantities = findQuantities(text, sentence.start, sentence.end)
    if (quantities.length === 0) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const sentenceSpan = spanOf(doc, sentence)
    const periods = spansIn(allPeriods, (p) => p.span, sentenceSpan)
    const figureMarks = markTokens(tokens, quantities)
    const periodMarks = periodTokens(doc, tokens, periods)
    const facts: ClauseFacts = {
      isPeriod: (t) => isYearToken(t) || periodMarks[tokenIndexAt(tokens, t.start)] === 1,
      isFigure: (t) => figureMarks[tokenIndexAt(tokens, t.start)] === 1,
    }
    const awards = awardsIn(text, sentence.start, sentence.end)
    const kind = doc.blocks[sentence.block]?.kind
    let previous: { subject: string | null; period: string | null } | null = null
    let moveFrom = -1
    let moveDirection: Metric['direction'] = null
    for (const [index, q] of quantities.entries()) {
      const span = spanOf(doc, q)
      if (spansIn(claimed, (c) => c, span).length > 0 || spansIn(periods, (p) => p.span, span).length > 0)
        continue
      if (isAwardCount(text, awards, q, quantities[index + 1])) continue
      const qi = tokenIndexAt(tokens, q.start)
      const after = tokenIndexAt(tokens, q.end)
      const run = runBefore(tokens, qi)
      let subject: string | null = null
      let shared: string | null = null
      const s = subjectBefore(tokens, run.start, facts, run.hasVerb && !run.weak)
      const basis = basisAfter(tokens, after) ?? s.comparedTo
      if (s.subject) subject = textOf(doc, rangeOf(tokens, ...s.subject) as Range)
      else if (s.empty && run.shares && previous?.subject) {
        // "đạt 105% kế hoạch, tăng 12% …": the clause goes on with the previous figure's subject.
        subject = previous.subject
        shared = previous.period
      } else if (s.empty && run.shares) {
        const words = subjectOfClauseBefore(tokens, run.start, facts)
        if (words) subject = textOf(doc, rangeOf(tokens, ...words) as Range)
      }
      const period: string | null =
        periodIn(doc, periods, tokens, clauseStart(tokens, qi), clauseEnd(tokens, after), basis) ??
        shared ??
        leadingPeriod(doc, periods, tokens, qi)
      // "giảm từ 18,5% xuống còn 6,2%": the first figure is where the move started, not a move.
      const isOrigin =
        tokens[qi - 1]?.word === 'từ' &&
        MOVE.at(tokens, after) > 0 &&
        figureMarks[after + MOVE.at(tokens, after)] === 1
      const start = run.start < qi && !isOrigin ? (tokens[run.start] as Token).start : q.start
      const metric: Metric = {
        text: textOf(doc, { start, end: q.end }),
        value: q.value,
        unit: q.unitRanges.map((r) => textOf(doc, r)).join(' '),
        upper: q.upper,
        of: q.of,
        normalized: { value: q.normalized.value, unit: q.normalized.unit },
        direction: isOrigin
          ? null
          : (run.direction ?? s.direction ?? (run.start === moveFrom ? moveDirection : null)),
        approx: isOrigin ? null : run.approx,
        subject,
        comparedTo: basis ? textOf(doc, rangeOf(tokens, ...basis) as Range) : null,
        period,
        span: spanOf(doc, { start, end: q.end }),
      }
      found.push({ metric, lead: kind === 'title' || kind === 'lead' })
      previous = { subject, period }
      // "tăng từ 80% lên 85%": the move's verb stands before the origin and directs the target.
      moveFrom = isOrigin ? after : -1
      moveDirection = isOrigin ? run.direction : null
    }
  }
  return dropRestated(found)
}

/** "so với cùng kỳ năm 2022", or a basis right after the figure ("105% kế hoạch", "8% dự toán"). */
function basisAfter(tokens: readonly Token[], i: number): [number, number] | null {
  let k = i
  const intro = INTROS.at(tokens, k)
  if (intro > 0) k += intro
  else if (BASES.at(tokens, k) === 0) return null
  const start = k
  while (k < tokens.length && !(tokens[k] as Token).boundary && k - start < MAX_BASIS_WORDS) {
    if (k > start && STOPS.at(tokens, k) > 0) break
    k++
  }
  return k > start ? [start, k] : null
}
