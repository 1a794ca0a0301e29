/**
 * Lexicon matchers: recognizers try their lexicons at every word start, so each lexicon is a trie
 * walked character by character from the position, which gives the longest phrase written there
 * (what a sticky alternation of the phrases, longest first, would match) without trying the
 * phrases one by one and without allocating when nothing matches.
 *
 * The first words of every lexicon are interned (an id per lower-cased word), so reading the word
 * at a position allocates nothing and happens once for all the lexicons and scanners that ask.
 * `starts` (word ids) lets a scanner skip, with one set lookup, the words no lexicon it uses can
 * start with.
 */
import { foldForMatching } from '../text/normalize.js'

/** A sticky lexicon matcher, with the ids of the lower-cased first words of its phrases. */
export interface LexiconAt {
  (text: string, at: number): RegExpExecArray | null
  readonly starts: ReadonlySet<number>
}

// A word character for the guard: ASCII letters and digits, and everything from U+00C0 up except
// general punctuation and symbols (U+2000–U+2BFF). The match view has no other spaces or quotes.
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0xc0 && (c < 0x2000 || c > 0x2bff))
const MAX_WORD = 24

/** The lower-cased first word of a phrase or of the text at `at` (letters, marks and digits). */
export function firstWordAt(text: string, at = 0): string {
  let end = at
  while (end < text.length && end - at < MAX_WORD && isWordChar(text.charCodeAt(end))) end++
  return text.slice(at, end).toLowerCase()
}

// Lower case of each code unit below U+2000 (Latin, Vietnamese, combining marks…); above, as is.
const LOWER = new Uint16Array(0x2000)
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c
}
const lowerOf = (c: number) => (c < 0x2000 ? (LOWER[c] as number) : c)

/** True for a code unit that lower-casing changes: the first letter of a capitalised word. */
export const isUpperCase = (c: number) => c < 0x2000 && LOWER[c] !== c

// The interned words, found by a hash of their lower-cased code units (then compared in full).
const wordTexts: string[] = []
const idsByHash = new Map<number, number[]>()
// kept within 30 bits, a small integer for the map
const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + c) & 0x3fffffff

/** The id of a lower-cased word, registered if new. */
export function internWord(word: string): number {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, lowerOf(word.charCodeAt(i)))
  const ids = idsByHash.get(hash)
  for (const id of ids ?? []) if (wordTexts[id] === word) return id
  const id = wordTexts.push(word) - 1
  if (ids) ids.push(id)
  else idsByHash.set(hash, [id])
  return id
}

/** The ids of the first words of phrases (written in either tone style, in any case). */
export function startWordIds(phrases: readonly string[]): Set<number> {
  return new Set(phrases.map((p) => internWord(firstWordAt(foldForMatching(p.normalize('NFC'))))))
}

// The recognizers tried at one position all ask for its word: the last answer is kept.
let lastText: string | undefined
let lastAt = -1
let lastId = -1

/** The id of the word at `at` if it is the first word of some lexicon entry, else -1. */
export function wordIdAt(text: string, at: number): number {
  if (at === lastAt && text === lastText) return lastId
  let hash = 0
  let end = at
  while (end < text.length && end - at < MAX_WORD) {
    const c = text.charCodeAt(end)
    if (!isWordChar(c)) break
    hash = hashStep(hash, lowerOf(c))
    end++
  }
  let id = -1
  const ids = end > at ? idsByHash.get(hash) : undefined
  if (ids) {
    for (const candidate of ids) {
      const word = wordTexts[candidate] as string
      if (word.length !== end - at) continue
      let same = true
      for (let i = 0; same && i < word.length; i++)
        same = word.charCodeAt(i) === lowerOf(text.charCodeAt(at + i))
      if (same) {
        id = candidate
        break
      }
    }
  }
  lastText = text
  lastAt = at
  lastId = id
  return id
}

export interface LexiconOptions {
  /** Regular-expression flags: with "i" (the default, "iu") case is ignored. */
  readonly flags?: string
  /**
   * Optional words before the phrase, each followed by one space ("phó " in "Phó Sư đoàn trưởng").
   * With `group`, the prefix and its space are given as that named group of the match.
   */
  readonly prefix?: { readonly words: readonly string[]; readonly group?: string }
  /** What must follow the phrase, as a pattern tried at its end. Default: the end of a word. */
  readonly suffix?: string
}

// A trie of the lexicon's phrases: lower-cased code units (when case is ignored), one edge for a
// run of spaces or tabs (the phrases' single spaces match any run, as `alternation` makes them).
interface TrieNode {
  readonly next: Map<number, TrieNode>
  space: TrieNode | null
  terminal: boolean
}
const newNode = (): TrieNode => ({ next: new Map(), space: null, terminal: false })
const isSpace = (c: number) => c === 0x20 || c === 0x09

function insert(root: TrieNode, phrase: string, ignoreCase: boolean): void {
  let node = root
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i)
    if (isSpace(c)) {
      while (i + 1 < phrase.length && isSpace(phrase.charCodeAt(i + 1))) i++
      node.space ??= newNode()
      node = node.space
      continue
    }
    const key = ignoreCase ? lowerOf(c) : c
    let next = node.next.get(key)
    if (!next) {
      next = newNode()
      node.next.set(key, next)
    }
    node = next
  }
  node.terminal = true
}

// The default suffix, the end of a word: no letter, mark or digit follows.
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u
const endsWord = (text: string, at: number) => {
  if (at >= text.length) return true
  const c = text.charCodeAt(at)
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))
  return !LETTER_MARK_OR_DIGIT.test(text.charAt(at))
}

/** The end of the longest phrase of the trie at `at` that the suffix accepts, or -1. */
function longestAt(
  root: TrieNode,
  text: string,
  at: number,
  ignoreCase: boolean,
  accepts: (text: string, end: number) => boolean,
): number {
  let node = root
  let best = -1
  for (let i = at; ; ) {
    if (node.terminal && i > at && accepts(text, i)) best = i
    if (i >= text.length) break
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      if (!node.space) break
      node = node.space
      while (i < text.length && isSpace(text.charCodeAt(i))) i++
      continue
    }
    const next = node.next.get(ignoreCase ? lowerOf(c) : c)
    if (!next) break
    node = next
    i++
  }
  return best
}

/**
 * A matcher for a list of phrases at a position: the longest phrase written there (ignoring case
 * unless the flags have no "i"), as a regular expression's match would give it (`m[0]`, and the
 * prefix group). Phrases may be written in either tone style: they are folded like the text.
 */
export function lexiconAt(phrases: readonly string[], options: LexiconOptions = {}): LexiconAt {
  const { flags = 'iu', prefix, suffix } = options
  const ignoreCase = flags.includes('i')
  const fold = (phrase: string) => foldForMatching(phrase.normalize('NFC')).trim()
  const root = newNode()
  for (const phrase of phrases) insert(root, fold(phrase), ignoreCase)
  const prefixes = newNode()
  for (const word of prefix?.words ?? []) insert(prefixes, fold(word), ignoreCase)
  const suffixAt = suffix === undefined ? null : new RegExp(suffix, 'uy')
  const accepts = suffixAt
    ? (text: string, end: number) => {
        suffixAt.lastIndex = end
        return suffixAt.test(text)
      }
    : endsWord
  // the prefix is a whole word followed by exactly one space
  const afterPrefix = (text: string, at: number) => {
    const end = longestAt(prefixes, text, at, ignoreCase, (t, e) => t.charCodeAt(e) === 0x20)
    return end < 0 ? -1 : end + 1
  }
  const starts = new Set([...phrases, ...(prefix?.words ?? [])].map((p) => internWord(firstWordAt(fold(p)))))
  const match = (text: string, at: number): RegExpExecArray | null => {
    let from = prefix ? afterPrefix(text, at) : -1
    let end = from >= 0 ? longestAt(root, text, from, ignoreCase, accepts) : -1
    if (end < 0) {
      from = -1
      end = longestAt(root, text, at, ignoreCase, accepts)
    }
    if (end < 0) return null
    const m = [text.slice(at, end)] as unknown as RegExpExecArray
    m.index = at
    m.input = text
    if (prefix?.group) m.groups = from >= 0 ? { [prefix.group]: text.slice(at, from) } : {}
    return m
  }
  return Object.assign(match, { starts: starts as ReadonlySet<number> })
}

/**
 * The key of a phrase matched in the match view (NFC, folded): lower case, single spaces. Lexicon
 * keys are made the same way (`canonicalize`).
 */
export function matchKey(written: string): string {
  const lower = written.toLowerCase()
  return lower.includes('  ') || lower.includes('\t') ? lower.replace(/[ \t]+/g, ' ') : lower
}

/**
 * Words followed by a space ("các ", "anh ", "nguyên "): the length of the word and its space at
 * `at`, 0 when none is written there.
 */
export function wordBeforeSpaceAt(words: readonly string[]): (text: string, at: number) => number {
  const matcher = lexiconAt(words, { suffix: ' ' })
  return (text, at) => {
    const m = matcher(text, at)
    return m ? m[0].length + 1 : 0
  }
}

/** One regular expression tried at `at` (sticky). */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}
