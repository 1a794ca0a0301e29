/**
 * Words next to a position in the matching view, read code unit by code unit. The number and
 * quantity recognizers check a few words around each candidate ("thôn 5", "hàng trăm", "5 hộ")
 * instead of running an alternation of a hundred phrases anchored at the end of the text before it,
 * which the regex engine tries at every position of that text.
 *
 *   phraseBefore("Sư đoàn 324", 8, HEADS)  → 0 (the start of "Sư đoàn")
 *   wordAt("20 con bò", 3)                 → { start: 3, end: 6 }
 */
import { canonicalize, foldForMatching } from '../text/normalize.js'

export interface WordSet {
  readonly phrases: ReadonlySet<string>
  /** The last words of the phrases: a phrase can end before a position only after one of them. */
  readonly ends: ReadonlySet<string>
  /** The most words a phrase has. */
  readonly longest: number
}

/** Phrases compared word by word: canonical (lower-case, folded), single spaces between words. */
export function wordSet(list: readonly string[]): WordSet {
  const phrases = new Set(list.map(canonicalize))
  const ends = new Set<string>()
  let longest = 1
  for (const p of phrases) {
    const words = p.split(' ')
    longest = Math.max(longest, words.length)
    ends.add(words[words.length - 1] as string)
  }
  return { phrases, ends, longest }
}

// Word code units, answered from a table filled on first use with the regex's answer (0 unknown,
// 1 yes, 2 no). A local table: the loops here call this for every code unit.
const WORD_UNITS = new Uint8Array(0x10000)
const WORD_UNIT = /^[\p{L}\p{M}\p{N}]$/u

/** A letter, mark or digit (`[\p{L}\p{M}\p{N}]`); false past the end of the text (NaN). */
export function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let known = WORD_UNITS[code]
  if (known === undefined) return false
  if (known === 0) {
    known = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2
    WORD_UNITS[code] = known
  }
  return known === 1
}

// The stretch last lower-cased: the recognizers and the tokenizer read the same sentence in turn.
let lowerSource = ''
let lowerFrom = -1
let lowerTo = -1
let lowered = ''

/** `text.slice(from, to).toLowerCase()`, remembered for the stretch last asked about. */
export function lowerStretch(text: string, from: number, to: number): string {
  if (from !== lowerFrom || to !== lowerTo || text !== lowerSource) {
    lowerSource = text
    lowerFrom = from
    lowerTo = to
    lowered = text.slice(from, to).toLowerCase()
  }
  return lowered
}

/** The lower-case code unit of `code` when it is a single code unit (Vietnamese letters are). */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code
  let lower = LOWER_UNITS[code]
  if (lower === undefined) return code
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase()
    lower = s.length === 1 ? s.charCodeAt(0) : code
    LOWER_UNITS[code] = lower
  }
  return lower
}
const LOWER_UNITS = new Uint16Array(0x10000)

/**
 * A set of single words read in place, code unit by code unit, without slicing the text: a trie of
 * lower-case code units. `endOf(text, at)` is the end of the word at `at` when it is in the set,
 * else -1; either way the word is read no further than it can match.
 */
export class WordTrie {
  private readonly next: Map<number, number>[] = [new Map()]
  private readonly terminal: boolean[] = [false]
  constructor(words: Iterable<string>) {
    for (const word of words) {
      let node = 0
      for (const c of canonicalize(word)) {
        const code = c.charCodeAt(0)
        let child = (this.next[node] as Map<number, number>).get(code)
        if (child === undefined) {
          child = this.next.length
          this.next.push(new Map())
          this.terminal.push(false)
          ;(this.next[node] as Map<number, number>).set(code, child)
        }
        node = child
      }
      this.terminal[node] = true
    }
  }
  /** The end of the word starting at `at` if the whole word is in the set, else -1. */
  endOf(text: string, at: number): number {
    let node = 0
    let i = at
    for (;;) {
      const code = text.charCodeAt(i)
      if (!isWordCode(code)) return this.terminal[node] ? i : -1
      const child = (this.next[node] as Map<number, number>).get(lowerCode(code))
      if (child === undefined) return -1
      node = child
      i++
    }
  }
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57
export const isBlankCode = (code: number): boolean => code === 32 || code === 9

/** The end of the word (run of letters, marks, digits) that starts at `at`. */
export function wordEnd(text: string, at: number): number {
  let i = at
  for (;;) {
    const code = text.charCodeAt(i)
    if (code < 128 ? ASCII_WORD_UNITS[code] === 1 : isWordCode(code)) i++
    else return i
  }
}
const ASCII_WORD_UNITS = new Uint8Array(128).map((_, c) => (isWordCode(c) ? 1 : 0))

/** The start of the word that ends at `end` (exclusive). */
export function wordStart(text: string, end: number): number {
  let i = end
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--
  return i
}

/**
 * Where a phrase of `set` starts when it ends right before `at` with only spaces or tabs between
 * (at least `minSpaces` of them), else -1. Words of a phrase are separated by spaces or tabs.
 */
export function phraseBefore(text: string, at: number, set: WordSet, minSpaces = 0): number {
  let end = at
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--
  if (at - end < minSpaces) return -1
  let start = wordStart(text, end)
  if (start === end) return -1
  let phrase = lowerWord(text, start, end)
  if (!set.ends.has(phrase)) return -1
  for (let n = 1; ; n++) {
    if (set.phrases.has(phrase)) return start
    if (n === set.longest) return -1
    // The next word back must be separated by spaces only.
    let k = start
    while (k > 0 && isBlankCode(text.charCodeAt(k - 1))) k--
    if (k === start) return -1
    end = k
    start = wordStart(text, end)
    if (start === end) return -1
    phrase = `${lowerWord(text, start, end)} ${phrase}`
  }
}

// The word last read by `lowerWord`: the checks around one candidate read the same word again.
let cachedText = ''
let cachedStart = -1
let cachedEnd = -1
let cachedWord = ''

function lowerWord(text: string, start: number, end: number): string {
  if (start !== cachedStart || end !== cachedEnd || text !== cachedText) {
    cachedText = text
    cachedStart = start
    cachedEnd = end
    // Inside the stretch last lower-cased (when lower-casing kept its length), the word is sliced from it.
    const inStretch =
      text === lowerSource && start >= lowerFrom && end <= lowerTo && lowered.length === lowerTo - lowerFrom
    cachedWord = inStretch
      ? lowered.slice(start - lowerFrom, end - lowerFrom)
      : text.slice(start, end).toLowerCase()
  }
  return cachedWord
}

/**
 * The longest phrase of `set` that starts at `at` (a word start) and ends at a word end; returns its
 * end, or -1. Words of a phrase are separated by spaces or tabs in the text.
 */
export function phraseAt(text: string, at: number, set: WordSet, to = text.length): number {
  let phrase = ''
  let best = -1
  let start = at
  for (let n = 0; n < set.longest; n++) {
    const end = wordEnd(text, start)
    if (end === start || end > to) break
    phrase =
      n === 0 ? text.slice(start, end).toLowerCase() : `${phrase} ${text.slice(start, end).toLowerCase()}`
    if (set.phrases.has(phrase)) best = end
    let k = end
    while (k < to && isBlankCode(text.charCodeAt(k))) k++
    if (k === end) break
    start = k
  }
  return best
}

/**
 * A sticky matcher for a list of phrases at a word start: one alternation per first word, so that
 * only the phrases that can start with the word at the position are tried. `at(text, at)` returns
 * the end of the longest phrase there, or -1. Phrases may hold punctuation ("điểm %", "đô-la Mỹ").
 */
export class PhraseMatcher {
  /**
   * First word → the phrase that is that word alone (as the pattern would match it: folded, case
   * kept), a pattern for the longer phrases starting with it, and the code units that can follow the
   * first word in those.
   */
  private readonly byWord = new Map<string, { one: string | null; longer: RegExp | null; next: string }>()
  private readonly caseSensitive: boolean
  constructor(
    phrases: readonly string[],
    alternation: (group: readonly string[]) => string,
    suffix: string,
    flags = 'iuy',
  ) {
    this.caseSensitive = !flags.includes('i')
    const groups = new Map<string, { one: string | null; longer: string[]; next: string }>()
    for (const phrase of phrases) {
      const folded = canonicalize(phrase)
      const first = folded.slice(0, Math.max(1, wordEnd(folded, 0)))
      const group = groups.get(first) ?? { one: null, longer: [], next: '' }
      groups.set(first, group)
      if (folded === first) group.one = foldForMatching(phrase.normalize('NFC')).trim()
      else {
        group.longer.push(phrase)
        // What follows the first word of a longer phrase (a space stands for any run of spaces and tabs).
        const after = folded[first.length] as string
        if (!group.next.includes(after)) group.next += after === ' ' ? ' \t' : after
      }
    }
    for (const [word, group] of groups) {
      const longer =
        group.longer.length > 0 ? new RegExp(`${alternation(group.longer)}${suffix}`, flags) : null
      this.byWord.set(word, { one: group.one, longer, next: group.next })
    }
  }
  /** The first word a phrase may start with at `at` (lower case; one code unit when no word starts there). */
  static firstWord(text: string, at: number): string {
    return text.slice(at, Math.max(at + 1, wordEnd(text, at))).toLowerCase()
  }
  /**
   * The end of the longest phrase at `at`, or -1; `first` is `firstWord(text, at)` when known. A
   * phrase of one word ends at a word end (the phrases' suffix is a word end).
   */
  at(text: string, at: number, first = PhraseMatcher.firstWord(text, at)): number {
    const group = this.byWord.get(first)
    if (!group) return -1
    if (group.longer && group.next.includes(text.charAt(at + first.length))) {
      group.longer.lastIndex = at
      if (group.longer.test(text)) return group.longer.lastIndex
    }
    const one = group.one
    if (one === null) return -1
    const end = at + first.length
    if (isWordCode(text.charCodeAt(end))) return -1
    if (this.caseSensitive && !text.startsWith(one, at)) return -1
    return end
  }
}

// The word characters a lower-cased Vietnamese text is made of, for patterns over the lower-cased text
// (which need neither the "u" nor the "i" flag, and run much faster without them). Whatever they
// let through is checked again with `isWordCode`.
export const LOWER_WORD_CLASS = '0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff'

/**
 * Whole-word matches of a list of phrases in `text[from, to)`, any case. The phrases are found in the
 * lower-cased stretch by a pattern without flags and without a leading look-behind (which the regex
 * engine would check at every position): the word boundaries are checked where a phrase matches.
 */
export class WordMatcher {
  private readonly lower: RegExp
  private readonly any: RegExp
  constructor(phrases: readonly string[], alternation: (group: readonly string[]) => string, suffix: string) {
    const words = `(${alternation(phrases.map(canonicalize))})`
    this.lower = new RegExp(`(?:^|[^${LOWER_WORD_CLASS}])${words}(?![${LOWER_WORD_CLASS}])`, 'g')
    this.any = new RegExp(`${alternation(phrases)}${suffix}`, 'giu')
  }
  /** Offsets where a phrase starts. */
  starts(text: string, from: number, to: number): number[] {
    const out: number[] = []
    this.each(text, from, to, out)
    return out
  }
  /** Whether a phrase stands somewhere in `text[from, to)`. */
  test(text: string, from: number, to: number): boolean {
    return this.each(text, from, to, null)
  }
  /** Pushes the starts to `out` (or stops at the first when `out` is null); true when one was found. */
  private each(text: string, from: number, to: number, out: number[] | null): boolean {
    const lower = lowerStretch(text, from, to)
    if (lower.length !== to - from) return this.eachAnyCase(text, from, to, out)
    let found = false
    const re = this.lower
    re.lastIndex = 0
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const end = from + m.index + m[0].length
      const start = end - (m[1] as string).length
      if (isWordCode(text.charCodeAt(start - 1)) || isWordCode(text.charCodeAt(end))) {
        re.lastIndex = start - from + 1
        continue
      }
      found = true
      if (out === null) return true
      out.push(start)
    }
    return found
  }
  /** The same with a case-insensitive pattern, for text whose lower case changes its length. */
  private eachAnyCase(text: string, from: number, to: number, out: number[] | null): boolean {
    let found = false
    this.any.lastIndex = from
    for (let m = this.any.exec(text); m !== null && m.index < to; m = this.any.exec(text)) {
      if (m.index + m[0].length > to) break
      if (!isWordCode(text.charCodeAt(m.index - 1))) {
        found = true
        if (out === null) return true
        out.push(m.index)
      } else this.any.lastIndex = m.index + 1
    }
    return found
  }
}
