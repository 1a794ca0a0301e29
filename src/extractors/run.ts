/**
 * The run of verbs and hedges between a subject and its figure: "tăng hơn", "ước đạt xấp xỉ",
 * "giảm xuống còn", "chiếm", "vượt". It gives the figure its direction and approximation, and tells
 * whether a subject stands before it.
 */
import {
  AMOUNT_INTROS,
  COMPOUND_VERBS,
  COPULAS,
  METRIC_NOUNS,
  METRIC_RUN_WORDS,
  NOUN_VERBS,
  RATE_NOUNS,
  SPREAD_NOUNS,
  UNCHAINED,
} from '../lexicon/metric-words.js'
import { canonicalize } from '../text/normalize.js'
import { isSentenceStart, PhraseSet, type Token } from './clause.js'

export type Direction = 'increase' | 'decrease' | 'reach'
export type Approx = 'more_than' | 'less_than' | 'about' | 'nearly'
type RunWord = keyof typeof METRIC_RUN_WORDS

const RUN = new PhraseSet(Object.keys(METRIC_RUN_WORDS))
const RUN_KEYS = new Map(Object.keys(METRIC_RUN_WORDS).map((k) => [canonicalize(k), k as RunWord]))
const NOUN_VERB = new Set<string>(NOUN_VERBS)
const COPULA = new Set<string>(COPULAS)
const UNCHAINED_VERBS = new Set<string>(UNCHAINED)
const HEADS = new PhraseSet(METRIC_NOUNS)
const COMPOUNDS = new PhraseSet(COMPOUND_VERBS)
const RATES = new PhraseSet(RATE_NOUNS)
const MAX_RUN = 6
const SPREAD = new Set(SPREAD_NOUNS.map(canonicalize))
const AMOUNT = new PhraseSet(AMOUNT_INTROS)

export interface Run {
  /** Token index where the run starts (its first verb or hedge); `end` when there is no run. */
  readonly start: number
  readonly direction: Direction | null
  readonly approx: Approx | null
  /** True when the run holds a verb: the figure's subject then stands before it. */
  readonly hasVerb: boolean
  /** True when the verb may share the subject of the figure before ("…, tăng 12% so với cùng kỳ"). */
  readonly shares: boolean
  /** True when the only verb is a weak one ("được"): the subject must be a measure noun. */
  readonly weak: boolean
}

/** The verbs and hedges right before token `end` ("tăng hơn", "ước đạt xấp xỉ", "giảm xuống còn"). */
export function runBefore(tokens: readonly Token[], end: number): Run {
  const items: { start: number; key: RunWord }[] = []
  let i = end
  while (items.length < MAX_RUN) {
    const n = RUN.before(tokens, i)
    if (n === 0 || (i - n > 0 && !isSentenceStart(tokens, i - n) && anyCap(tokens, i - n, i))) break
    const key = lookup(tokens, i - n, n)
    const hasVerbRight = items.some(isVerbItem)
    // "tốc độ tăng trưởng đạt 7%": a verb that is also a noun belongs to the subject before a copula;
    // "mặt bằng đạt 85%": a copula does not chain before another verb.
    if (hasVerbRight && NOUN_VERB.has(key) && items.some(isCopulaItem)) break
    if (hasVerbRight && UNCHAINED_VERBS.has(key)) break
    // "Tốc độ tăng trưởng 7,65%": after a rate noun, a verb that is also a noun names the rate.
    if (NOUN_VERB.has(key) && RATES.before(tokens, i - n) > 0) break
    // "chiều dài 48 m" (a measure noun), "nhân rộng hơn 2.100 mô hình" (another verb).
    if (HEADS.before(tokens, i) > n || COMPOUNDS.before(tokens, i) > n) break
    items.unshift({ start: i - n, key })
    i -= n
  }
  // Fillers ("bình quân", "thêm") before the first verb or hedge belong to the clause, not the run.
  while (items.length > 0 && EMPTY_ENTRIES.has((items[0] as { key: RunWord }).key)) {
    items.shift()
  }
  let direction: Direction | null = null
  let approx: Approx | null = null
  let hasVerb = false
  let shares = true
  let weak = true
  // The hedge nearest the number wins ("ước đạt trên 5%" is more than 5%); the first verb directs.
  for (let k = items.length - 1; k >= 0; k--) {
    const entry = METRIC_RUN_WORDS[(items[k] as { key: RunWord }).key] as { a?: Approx }
    if (entry.a) {
      approx = entry.a
      break
    }
  }
  for (const { key } of items) {
    const entry = METRIC_RUN_WORDS[key] as {
      d?: Direction | 'none'
      a?: Approx
      own?: boolean
      weak?: boolean
    }
    if (entry.d) hasVerb = true
    if (entry.d && !entry.weak) weak = false
    if (entry.own) shares = false
    if (entry.d && entry.d !== 'none' && direction === null) direction = entry.d
  }
  return {
    start: items[0]?.start ?? end,
    direction,
    approx,
    hasVerb,
    shares: hasVerb && shares,
    weak: hasVerb && weak,
  }
}

// Run words whose entry says nothing (no direction, hedge or flag): fillers such as "bình quân".
const EMPTY_ENTRIES = new Set(
  (Object.keys(METRIC_RUN_WORDS) as RunWord[]).filter((k) => Object.keys(METRIC_RUN_WORDS[k]).length === 0),
)
const isVerbItem = (it: { key: RunWord }): boolean => Boolean((METRIC_RUN_WORDS[it.key] as { d?: string }).d)
const isCopulaItem = (it: { key: RunWord }): boolean => COPULA.has(it.key)

/** True when a token in [from, to) is written with a capital. */
function anyCap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).cap) return true
  return false
}

function lookup(tokens: readonly Token[], i: number, n: number): RunWord {
  const key = RUN.key(tokens, i, n)
  return (RUN_KEYS.get(key) ?? key) as RunWord
}

/**
 * True when a metric verb (not a hedge or filler) starts at token k; `strong`: not a weak one. A
 * verb that is also a noun after a measure noun names the measure ("tốc độ tăng trưởng").
 */
export function isVerbAt(tokens: readonly Token[], k: number, strong = false): boolean {
  const n = RUN.at(tokens, k)
  if (n === 0) return false
  const key = lookup(tokens, k, n)
  const entry = METRIC_RUN_WORDS[key] as { d?: string; weak?: boolean }
  if (entry.d === undefined || (strong && entry.weak)) return false
  return !(NOUN_VERB.has(key) && HEADS.before(tokens, k) > 0)
}

/** The number of words of a run word (verb, hedge or filler) starting at token k. */
export const runWordAt = (tokens: readonly Token[], k: number): number => RUN.at(tokens, k)

/**
 * True when "trên" at token k is the preposition "on, across" rather than the hedge "more than": the
 * figure counts a spread noun ("trên 10 lĩnh vực", "trên 63 tỉnh, thành phố") and a word that does
 * not introduce an amount stands before it ("đo lường … trên 10 lĩnh vực"). "có trên 10 lĩnh vực",
 * "đạt trên 90%" and "Trên 20 xã" at the head of a clause keep the hedge.
 */
export function isPlaceOn(tokens: readonly Token[], k: number, unit: string): boolean {
  if (tokens[k]?.word !== 'trên' || !SPREAD.has(canonicalize(unit))) return false
  const before = tokens[k - 1]
  if (!before || before.boundary || isSentenceStart(tokens, k)) return false
  return AMOUNT.before(tokens, k) === 0 && RUN.before(tokens, k) === 0
}
