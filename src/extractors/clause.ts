/**
 * Clause grammar shared by the metric and ranking extractors: words of a sentence, phrase lists
 * matched over them, and the subject noun phrase before a verb ("tốc độ giá trị sản xuất" in "…, tốc
 * độ giá trị sản xuất tăng hơn 5%"). Works in `doc.text.match` offsets.
 */
import type { Range } from '../document.js'
import { canonicalize } from '../text/normalize.js'

export interface Token extends Range {
  /** Canonical form: lower-case, tone marks folded. */
  readonly word: string
  /** A clause boundary: , ; : ( ) ! ? … (not the brackets of a short aside such as "(GRDP)"). */
  readonly boundary: boolean
  /** Written with a capital: part of a name, never a grammar word. */
  readonly cap: boolean
}

const TOKEN = /\d+(?:[.,/]\d+)*%?|[,;:()!?…]|[^\s,;:()!?…"]+/gu
const MAX_ASIDE = 4

/** Words of `text` (the matching view) between two offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    const raw = m[0].replace(/\.+$/, '')
    if (raw === '') continue
    const start = from + m.index
    const boundary = /^[,;:()!?…]$/.test(raw)
    // The matching view is NFC and tone-folded already: lower-casing makes the canonical form.
    out.push({ start, end: start + raw.length, word: raw.toLowerCase(), boundary, cap: /^\p{Lu}/u.test(raw) })
  }
  // "tốc độ tăng trưởng kinh tế (GRDP) của tỉnh": a short aside without figures is part of the phrase.
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.word !== '(') continue
    let j = i + 1
    while (
      j < out.length &&
      j - i <= MAX_ASIDE + 1 &&
      !(out[j] as Token).boundary &&
      !/\d/.test((out[j] as Token).word)
    )
      j++
    if (out[j]?.word === ')' && j > i + 1) {
      out[i] = { ...(out[i] as Token), boundary: false }
      out[j] = { ...(out[j] as Token), boundary: false }
    }
  }
  return out
}

/** A list of phrases matched word by word, longest first. */
export class PhraseSet {
  private readonly phrases: Set<string>
  private readonly longest: number
  constructor(list: readonly string[]) {
    const keys = list.map((p) => canonicalize(p).replace(/,/g, ' ,').replace(/ +/g, ' '))
    this.phrases = new Set(keys)
    this.longest = Math.max(1, ...keys.map((k) => k.split(' ').length))
  }
  /** Words of the longest phrase starting at token i (0 when none). */
  at(tokens: readonly Token[], i: number): number {
    for (let n = Math.min(this.longest, tokens.length - i); n > 0; n--) {
      if (this.phrases.has(join(tokens, i, i + n))) return n
    }
    return 0
  }
  /** Words of the longest phrase ending just before token j (0 when none). */
  before(tokens: readonly Token[], j: number): number {
    for (let n = Math.min(this.longest, j); n > 0; n--) {
      if (this.phrases.has(join(tokens, j - n, j))) return n
    }
    return 0
  }
  key(tokens: readonly Token[], i: number, n: number): string {
    return join(tokens, i, i + n)
  }
}

function join(tokens: readonly Token[], from: number, to: number): string {
  let s = ''
  for (let k = from; k < to; k++) s += (k > from ? ' ' : '') + (tokens[k] as Token).word
  return s
}

/** Index of the first token starting at or after `offset` (binary search: tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

// Clause starts and ends per token, computed once per token list: callers ask for them per figure,
// and a walk per call would be quadratic on a long sentence without commas.
const CLAUSES = new WeakMap<readonly Token[], { starts: Int32Array; ends: Int32Array }>()

function clausesOf(tokens: readonly Token[]) {
  let found = CLAUSES.get(tokens)
  if (!found) {
    const starts = new Int32Array(tokens.length + 1)
    const ends = new Int32Array(tokens.length + 1)
    for (let i = 0; i <= tokens.length; i++) {
      starts[i] = i > 0 && !(tokens[i - 1] as Token).boundary ? (starts[i - 1] as number) : i
    }
    ends[tokens.length] = tokens.length
    for (let i = tokens.length - 1; i >= 0; i--)
      ends[i] = (tokens[i] as Token).boundary ? i : (ends[i + 1] as number)
    found = { starts, ends }
    CLAUSES.set(tokens, found)
  }
  return found
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
export function markTokens(tokens: readonly Token[], ranges: readonly Range[]): Uint8Array {
  const marks = new Uint8Array(tokens.length)
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
