/**
 * Clause grammar shared by the metric and ranking extractors: words of a sentence, phrase lists
 * matched over them, and the subject noun phrase before a verb ("tốc độ giá trị sản xuất" in "…, tốc
 * độ giá trị sản xuất tăng hơn 5%"). Works in `doc.text.match` offsets.
 */
import type { Range } from '../document.js'
import { lowerStretch } from '../recognizers/word-scan.js'
import { isSpaceUnit, isUpperUnit } from '../text/chars.js'
import { canonicalize } from '../text/normalize.js'
import { partitionPoint } from '../text/sorted.js'

export interface Token extends Range {
  /** Canonical form: lower-case, tone marks folded. */
  readonly word: string
  /** A clause boundary: , ; : ( ) ! ? … (not the brackets of a short aside such as "(GRDP)"). */
  readonly boundary: boolean
  /** Written with a capital: part of a name, never a grammar word. */
  readonly cap: boolean
  /** Where the token stands in its sentence's list (what `tokenIndexAt(tokens, start)` returns). */
  readonly index: number
}

const MAX_ASIDE = 4
const QUOTE = 34

// What each code unit is to the tokenizer, filled on first use: a space, a punctuation mark that is a
// token of its own ("," ";" ":" "(" ")" "!" "?" "…"), a quote (no token), or part of a word.
const UNKNOWN = 0
const SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const CLASSES = new Uint8Array(0x10000)
const PUNCTUATION_UNITS = [44, 59, 58, 40, 41, 33, 63, 0x2026]

function classOf(code: number): number {
  let c = CLASSES[code] as number
  if (c === UNKNOWN) {
    c = PUNCTUATION_UNITS.includes(code) ? PUNCTUATION : code === QUOTE || isSpaceUnit(code) ? SPACE : WORD
    CLASSES[code] = c
  }
  return c
}

/**
 * Words of `text` (the matching view) between two offsets: a numeral ("1.234,5", "5%", "126/128"),
 * a punctuation mark, or a run of anything else up to a space, a punctuation mark or a quote, less
 * its trailing dots. Read code unit by code unit; the stretch is lower-cased once.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  const lower = lowerStretch(text, from, to)
  // Lower-casing keeps the length of Vietnamese text; where it does not, words are lower-cased one by one.
  const sameLength = lower.length === to - from
  let i = from
  while (i < to) {
    const code = text.charCodeAt(i)
    const kind = classOf(code)
    if (kind === SPACE) {
      i++
      continue
    }
    let end: number
    if (code >= 48 && code <= 57) {
      end = numeralEnd(text, i, to)
    } else if (kind === PUNCTUATION) {
      end = i + 1
    } else if ((code === 45 || code === 43) && isDigitCode(text.charCodeAt(i + 1))) {
      // A sign before a numeral ("-18,67%", "+12,41%") is a token of its own.
      end = i + 1
    } else {
      end = i + 1
      while (end < to && classOf(text.charCodeAt(end)) === WORD) end++
    }
    let last = end
    while (last > i && text.charCodeAt(last - 1) === 46) last--
    if (last > i) {
      out.push({
        start: i,
        end: last,
        word: sameLength ? lower.slice(i - from, last - from) : text.slice(i, last).toLowerCase(),
        boundary: kind === PUNCTUATION,
        cap: code >= 65 && code <= 90 ? true : code > 127 && isUpperUnit(code),
        index: out.length,
      })
    }
    i = end
  }
  // "tốc độ tăng trưởng kinh tế (GRDP) của tỉnh", "Chỉ số Cải cách hành chính (Par Index 2023)": a
  // short aside without figures (a year is none) is part of the phrase.
  for (let i = 0; i < out.length; i++) {
    if ((out[i] as Token).word !== '(') continue
    let j = i + 1
    while (
      j < out.length &&
      j - i <= MAX_ASIDE + 1 &&
      !(out[j] as Token).boundary &&
      (!/\d/.test((out[j] as Token).word) || /^(?:19|20)\d\d$/.test((out[j] as Token).word))
    )
      j++
    if (out[j]?.word === ')' && j > i + 1) {
      out[i] = { ...(out[i] as Token), boundary: false }
      out[j] = { ...(out[j] as Token), boundary: false }
    }
  }
  return out
}

/** `\d+(?:[.,/]\d+)*%?` from `at`. */
function numeralEnd(text: string, at: number, to: number): number {
  let i = at
  for (;;) {
    while (i < to && isDigitCode(text.charCodeAt(i))) i++
    const c = text.charCodeAt(i)
    if ((c === 46 || c === 44 || c === 47) && i + 1 < to && isDigitCode(text.charCodeAt(i + 1))) i++
    else break
  }
  return i < to && text.charCodeAt(i) === 37 ? i + 1 : i
}

const isDigitCode = (code: number) => code >= 48 && code <= 57

/**
 * A list of phrases matched word by word, longest first. Phrases are indexed by their first and
 * their last word, so a position where no phrase can start (or end) is answered with one lookup.
 */
export class PhraseSet {
  private readonly phrases: Set<string>
  /** First word → the word counts of the phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, number[]>()
  /** Last word → the word counts of the phrases ending with it, longest first. */
  private readonly byLast = new Map<string, number[]>()
  // Answers for the token list last asked about (the extractors ask about each token many times,
  // once per figure): an answer counts only when stamped with the list's generation.
  private memoTokens: readonly Token[] | null = null
  private generation = 0
  private readonly memoAt: number[] = []
  private readonly memoAtStamp: number[] = []
  private readonly memoBefore: number[] = []
  private readonly memoBeforeStamp: number[] = []
  constructor(list: readonly string[]) {
    const keys = list.map((p) => canonicalize(p).replace(/,/g, ' ,').replace(/ +/g, ' '))
    this.phrases = new Set(keys)
    for (const key of this.phrases) {
      const words = key.split(' ')
      add(this.byFirst, words[0] as string, words.length)
      add(this.byLast, words[words.length - 1] as string, words.length)
    }
  }
  private remember(tokens: readonly Token[]): void {
    if (tokens === this.memoTokens) return
    this.memoTokens = tokens
    this.generation++
  }
  /** Words of the longest phrase starting at token i (0 when none). */
  at(tokens: readonly Token[], i: number): number {
    if (i < 0 || i >= tokens.length) return 0
    this.remember(tokens)
    if (this.memoAtStamp[i] === this.generation) return this.memoAt[i] as number
    let found = 0
    const lengths = this.byFirst.get((tokens[i] as Token).word)
    if (lengths) {
      for (const n of lengths) {
        if (i + n <= tokens.length && (n === 1 || this.phrases.has(join(tokens, i, i + n)))) {
          found = n
          break
        }
      }
    }
    this.memoAt[i] = found
    this.memoAtStamp[i] = this.generation
    return found
  }
  /** Words of the longest phrase ending just before token j (0 when none). */
  before(tokens: readonly Token[], j: number): number {
    if (j <= 0 || j > tokens.length) return 0
    this.remember(tokens)
    if (this.memoBeforeStamp[j] === this.generation) return this.memoBefore[j] as number
    let found = 0
    const lengths = this.byLast.get((tokens[j - 1] as Token).word)
    if (lengths) {
      for (const n of lengths) {
        if (n <= j && (n === 1 || this.phrases.has(join(tokens, j - n, j)))) {
          found = n
          break
        }
      }
    }
    this.memoBefore[j] = found
    this.memoBeforeStamp[j] = this.generation
    return found
  }
  key(tokens: readonly Token[], i: number, n: number): string {
    return join(tokens, i, i + n)
  }
}

function add(index: Map<string, number[]>, word: string, length: number): void {
  const lengths = index.get(word) ?? []
  if (!lengths.includes(length)) lengths.push(length)
  lengths.sort((a, b) => b - a)
  index.set(word, lengths)
}

function join(tokens: readonly Token[], from: number, to: number): string {
  let s = ''
  for (let k = from; k < to; k++) s += (k > from ? ' ' : '') + (tokens[k] as Token).word
  return s
}

/** Index of the first token starting at or after `offset` (binary search: tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => (tokens[i] as Token).start < offset)
}

// Clause starts and ends per token, computed once per token list: callers ask for them per figure,
// and a walk per call would be quadratic on a long sentence without commas. Only the list last asked
// about is kept (callers work through one sentence at a time); plain arrays, which the engine
// allocates faster than typed ones.
let lastTokens: readonly Token[] | null = null
let lastClauses: { starts: number[]; ends: number[] } = { starts: [], ends: [] }

function clausesOf(tokens: readonly Token[]): { starts: number[]; ends: number[] } {
  if (tokens === lastTokens) return lastClauses
  const n = tokens.length
  const starts: number[] = new Array(n + 1)
  const ends: number[] = new Array(n + 1)
  starts[0] = 0
  for (let i = 1; i <= n; i++) starts[i] = (tokens[i - 1] as Token).boundary ? i : (starts[i - 1] as number)
  ends[n] = n
  for (let i = n - 1; i >= 0; i--) ends[i] = (tokens[i] as Token).boundary ? i : (ends[i + 1] as number)
  lastTokens = tokens
  lastClauses = { starts, ends }
  return lastClauses
}

/** Index where the clause holding token j starts: just after the nearest boundary before it. */
export function clauseStart(tokens: readonly Token[], j: number): number {
  return clausesOf(tokens).starts[Math.max(0, Math.min(j, tokens.length))] as number
}

/** Index of the boundary that ends the clause holding token i (or tokens.length). */
export function clauseEnd(tokens: readonly Token[], i: number): number {
  return clausesOf(tokens).ends[Math.max(0, Math.min(i, tokens.length))] as number
}

/** Marks the tokens that overlap any of `ranges` (sorted or not), in one sweep. */
export function markTokens(tokens: readonly Token[], ranges: readonly Range[]): number[] {
  const marks: number[] = new Array(tokens.length).fill(0)
  for (const r of ranges) {
    for (let i = Math.max(0, tokenIndexAt(tokens, r.start) - 1); i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.start >= r.end) break
      if (t.end > r.start) marks[i] = 1
    }
  }
  return marks
}

/** True at the first token of a clause (where a capital letter says nothing about names). */
export const isSentenceStart = (tokens: readonly Token[], i: number): boolean =>
  i === 0 || (tokens[i - 1] as Token).boundary

export function rangeOf(tokens: readonly Token[], from: number, to: number): Range | null {
  if (to <= from) return null
  return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end }
}
