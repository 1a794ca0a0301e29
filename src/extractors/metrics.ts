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
import {
  COMPARISON_BASES,
  COMPARISON_INTROS,
  METRIC_NOUNS,
  MOVES,
  PHRASE_STOPS,
} from '../lexicon/metric-words.js'
import { findQuantities, type QuantityMatch } from '../recognizers/quantity.js'
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
import { awardsIn, dropRestated, isAwardCount, isNoFigure, type Place } from './metric-filters.js'
import { leadingPeriod, periodIn, periodTokens, spansIn } from './metric-period.js'
import { isPlaceOn, runBefore } from './run.js'
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
const HEADS = new PhraseSet(METRIC_NOUNS)
const MAX_OBJECT_WORDS = 8
const MAX_BASIS_WORDS = 10

export function extractMetrics(doc: Doc, context: MetricContext): Metric[] {
  const text = doc.text.match
  const found: { metric: Metric; place: Place }[] = []
  const claimed = [...context.claimed].sort((a, b) => a.start - b.start)
  const allPeriods = [...context.periods].sort((a, b) => a.span.start - b.span.start)
  for (const sentence of sentencesOf(doc)) {
    const quantities = findQuantities(text, sentence.start, sentence.end).filter((q) => !isNoFigure(text, q))
    if (quantities.length === 0) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const sentenceSpan = spanOf(doc, sentence)
    const periods = spansIn(allPeriods, periodSpan, sentenceSpan)
    const figureMarks = markTokens(tokens, quantities)
    const periodMarks = periodTokens(doc, tokens, periods)
    const facts = new MarkedFacts(figureMarks, periodMarks)
    const awards = awardsIn(text, sentence.start, sentence.end)
    const kind = doc.blocks[sentence.block]?.kind
    const place: Place = kind === 'title' ? 0 : kind === 'lead' ? 1 : 2
    const depth = bracketDepths(tokens)
    // Every "so với …" basis in the sentence: no figure takes its period from one of them.
    const bases = periods.length > 0 ? basesIn(tokens) : []
    // The figure before, whose subject and verb a figure may share; inside brackets, the one before
    // in the same brackets.
    let previous: Previous | null = null
    let inner: Previous | null = null
    let moveFrom = -1
    let moveDirection: Metric['direction'] = null
    for (const [index, q] of quantities.entries()) {
      const span = spanOf(doc, q)
      if (spansIn(claimed, itself, span).length > 0 || spansIn(periods, periodSpan, span).length > 0) continue
      if (isAwardCount(text, awards, q, quantities[index + 1])) continue
      const qi = tokenIndexAt(tokens, q.start)
      const after = tokenIndexAt(tokens, q.end)
      const run = runBefore(tokens, qi)
      // "đo lường … trên 10 lĩnh vực": "trên" places the action; it hedges nothing.
      const placed = isPlaceOn(tokens, qi - 1, q.normalized.unit)
      const approx = placed ? null : run.approx
      // "giảm 45 vụ (-18,67%)", "tăng 37 trường hợp so với cùng kỳ (47%)", "49.681 tỷ đồng (khoảng
      // 2,15 tỷ USD)": a figure in brackets after another restates or qualifies it.
      const sign = signBefore(tokens, qi, q.start)
      const bracketed = previous !== null && inBrackets(tokens, sign === null ? run.start : qi - 1, previous)
      const previousQ = quantities[index - 1]
      if (bracketed && previousQ && sameFigure(previousQ, q)) continue
      // "lần lượt giảm 9,9% và 45,5%": a figure joined by "và" to the one before shares its verb.
      const thread: Previous | null = depth[qi] === 0 || bracketed ? previous : inner
      const joined =
        thread !== null &&
        thread.unit === q.normalized.unit &&
        run.start === qi &&
        tokens[qi - 1]?.word === 'và' &&
        figureMarks[qi - 2] === 1
      // "giảm từ 18,5% xuống còn 6,2%", "tăng từ 53,12% (năm 2015) lên 70,23%": the first figure is
      // where the move started, not a move.
      const moveAt = skipAside(tokens, after, facts)
      const isOrigin =
        tokens[qi - 1]?.word === 'từ' &&
        MOVE.at(tokens, moveAt) > 0 &&
        figureMarks[moveAt + MOVE.at(tokens, moveAt)] === 1
      let subject: string | null = null
      let shared: string | null = null
      const s = subjectBefore(tokens, run.start, facts, run.hasVerb && !run.weak, q.kind === 'count')
      // "giảm 50% số đối tượng truy nã so với đầu năm": the basis comes after the noun the percentage
      // is of (which is left as it is: the subject stays the one before the verb).
      const object = q.normalized.unit === '%' && run.direction ? objectAfter(tokens, after) : null
      const basis = (object ? basisAfter(tokens, object[1]) : basisAfter(tokens, after)) ?? s.comparedTo
      if (s.subject) subject = shown(doc, rangeOf(tokens, ...s.subject) as Range)
      else if ((bracketed || joined) && thread) {
        subject = thread.subject
        shared = thread.period
      } else if (s.empty && run.shares && thread?.subject) {
        // "đạt 105% kế hoạch, tăng 12% …": the clause goes on with the previous figure's subject.
        subject = thread.subject
        shared = thread.period
      } else if (s.empty && (run.shares || isOrigin)) {
        // "… đã giảm trong nhiều năm qua, từ 17,5% … xuống còn 13,6%": the move's clause before.
        const words = subjectOfClauseBefore(tokens, run.start, facts)
        if (words) subject = shown(doc, rangeOf(tokens, ...words) as Range)
      }
      const period: string | null =
        periodIn(doc, periods, tokens, clauseStart(tokens, qi), clauseEnd(tokens, after), [
          ...(basis ? [basis] : []),
          ...bases,
        ]) ??
        shared ??
        leadingPeriod(doc, periods, tokens, qi)
      const start = run.start < qi && !isOrigin && !placed ? (tokens[run.start] as Token).start : q.start
      let direction =
        run.direction ?? s.direction ?? (run.start === moveFrom ? moveDirection : null) ?? sign ?? null
      // "(47%)" after "tăng 37 trường hợp": a bracketed percentage of a change is the same change.
      if (direction === null && !run.hasVerb && thread) {
        if (joined || (bracketed && q.normalized.unit === '%' && thread.unit !== '%'))
          direction = thread.direction
      }
      const metric: Metric = {
        text: shown(doc, { start, end: q.end }),
        value: q.value,
        unit: unitText(doc, q.unitRanges),
        upper: q.upper,
        of: q.of,
        normalized: { value: q.normalized.value, unit: q.normalized.unit },
        direction: isOrigin ? null : direction,
        approx: isOrigin ? null : (approx ?? (s.estimated ? 'about' : null)),
        subject,
        comparedTo: basis ? shown(doc, rangeOf(tokens, ...basis) as Range) : null,
        period,
        span: spanOf(doc, { start, end: q.end }),
      }
      found.push({ metric, place })
      // A figure in brackets leaves the sentence's thread where it was: "… 153.059 tấn (trong đó tôm
      // 48.095 tấn, …), đạt 45,39% kế hoạch" goes on with the total.
      const here: Previous = {
        subject,
        period,
        direction: metric.direction,
        unit: q.normalized.unit,
        end: q.end,
      }
      if (depth[qi] === 0) {
        previous = here
        inner = null
      } else inner = here
      // "tăng từ 80% lên 85%": the move's verb stands before the origin and directs the target.
      moveFrom = isOrigin ? moveAt : -1
      moveDirection = isOrigin ? run.direction : null
    }
  }
  return dropRestated(found)
}

const itself = (span: Span): Span => span

/**
 * What the sentence's marks say about a token. A class rather than an object of arrow functions:
 * one is made per sentence, and closures made in a loop cost more than methods.
 */
class MarkedFacts implements ClauseFacts {
  constructor(
    private readonly figures: readonly number[],
    private readonly periods: readonly number[],
  ) {}
  isPeriod(t: Token): boolean {
    return isYearToken(t) || this.periods[t.index] === 1
  }
  isFigure(t: Token): boolean {
    return this.figures[t.index] === 1
  }
}
const periodSpan = (period: Period): Span => period.span

function shown(doc: Doc, range: Range): string {
  const s = doc.text.display.slice(range.start, range.end)
  return hasOddSpace(s) ? textOf(doc, range) : s
}

/**
 * Whitespace that `textOf` rewrites (`/^\s|\s$|\s\s|[^\S ]/`): any but single spaces between words.
 * Most ranges have none, and are returned as sliced; read without a regex, once per figure.
 */
function hasOddSpace(s: string): boolean {
  if (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || s.includes('  ')) return true
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if ((code <= 13 && code >= 9) || (code >= 0xa0 && OTHER_SPACES.has(code))) return true
  }
  return false
}
// `\s` beyond ASCII (and U+FEFF).
const OTHER_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])

function unitText(doc: Doc, ranges: readonly Range[]): string {
  if (ranges.length === 1) return shown(doc, ranges[0] as Range)
  let s = ''
  for (const r of ranges) s += (s === '' ? '' : ' ') + shown(doc, r)
  return s
}

interface Previous {
  subject: string | null
  period: string | null
  direction: Metric['direction']
  unit: string
  /** Where the figure ends (match offsets). */
  end: number
}

const MAX_BRACKET_GAP = 8

/** How many brackets are open at each token. */
function bracketDepths(tokens: readonly Token[]): number[] {
  const depths: number[] = new Array(tokens.length + 1)
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.word === ')' && depth > 0) depth--
    depths[i] = depth
    if (t.word === '(' && depth < 255) depth++
  }
  depths[tokens.length] = depth
  return depths
}

/** "(-18,67%)", "(+12,41%)": a sign written before a bracketed percentage gives its direction. */
function signBefore(tokens: readonly Token[], qi: number, start: number): Metric['direction'] {
  const sign = tokens[qi - 1]
  if (!sign || sign.end !== start || tokens[qi - 2]?.word !== '(') return null
  return sign.word === '-' ? 'decrease' : sign.word === '+' ? 'increase' : null
}

/** True when the figure whose words start at `from` opens a bracket right after the figure before. */
function inBrackets(tokens: readonly Token[], from: number, previous: Previous): boolean {
  const open = from - 1
  if (tokens[open]?.word !== '(') return false
  const gap = open - tokenIndexAt(tokens, previous.end)
  if (gap < 0 || gap > MAX_BRACKET_GAP) return false
  for (let k = open - gap; k < open; k++) if ((tokens[k] as Token).boundary) return false
  return true
}

/** The same amount written twice: "5.000.000đ (Năm triệu đồng)". */
function sameFigure(a: QuantityMatch, b: QuantityMatch): boolean {
  return a.normalized.value === b.normalized.value && a.normalized.unit === b.normalized.unit
}

/**
 * Past an aside right after a figure: a bracket ("53,12% (năm 2015) lên 70,23%") or a period ("17,5%
 * trong năm 2010 xuống còn 13,6%").
 */
function skipAside(tokens: readonly Token[], i: number, facts: ClauseFacts): number {
  if (tokens[i]?.word === '(') {
    for (let k = i + 1; k < tokens.length && k <= i + MAX_BRACKET_GAP; k++) {
      if ((tokens[k] as Token).word === ')') return k + 1
    }
    return i
  }
  let k = i
  if (
    PERIOD_PREPOSITIONS.has(tokens[k]?.word ?? '') &&
    tokens[k + 1] &&
    facts.isPeriod(tokens[k + 1] as Token)
  )
    k++
  while (k < tokens.length && k < i + MAX_BRACKET_GAP && facts.isPeriod(tokens[k] as Token)) k++
  return k
}
const PERIOD_PREPOSITIONS = new Set(['trong', 'vào', 'đến', 'tới'])

/**
 * A measure-noun phrase right after a percentage and before "so với": what the percentage is of
 * ("giảm 50% số đối tượng truy nã so với đầu năm" → "số đối tượng truy nã").
 */
function objectAfter(tokens: readonly Token[], i: number): [number, number] | null {
  const head = tokens[i]
  if (!head || head.cap || HEADS.at(tokens, i) === 0 || BASES.at(tokens, i) > 0) return null
  for (let k = i + 1; k < tokens.length && k - i <= MAX_OBJECT_WORDS; k++) {
    const t = tokens[k] as Token
    if (INTROS.at(tokens, k) > 0) return [i, k]
    if (t.boundary || /\d/.test(t.word) || STOPS.at(tokens, k) > 0) return null
  }
  return null
}

/** The bases introduced by "so với"/"so" anywhere in the sentence. */
function basesIn(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = []
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).word !== 'so' || INTROS.at(tokens, k) === 0) continue
    const basis = basisAfter(tokens, k)
    if (basis) out.push(basis)
  }
  return out
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
