/**
 * Lexicon phrases looked up word by word in a tree of the phrases, for the short stretches of text
 * the extractors read around a word: the phrase that ends a stretch ("… vừa tổ chức ", "… các "),
 * or the first phrase in it ("… được UBND huyện tặng …"). An end-anchored pattern `/(?:a|b|…)[ \t]+$/`
 * is tried at every position of the text before it, and a pattern with a leading look-behind at
 * every position of the text; a walk through the tree reads each word once.
 *
 *   phraseEnding("UBND huyện vừa tổ chức ", VERBS)   → index of "tổ chức"
 *   phraseEnding("đã tổ chức 25 ", BLOCKERS)         → -1
 *   phraseFirst("Công an tỉnh được Bộ trưởng tặng", ISSUING) → the range of "tặng"
 *
 * Phrases are compared lower-case in the matching view (folded tone marks, single spaces); a word
 * is a run of letters, marks and digits (and "/", as in "đ/c").
 */
import type { Range } from '../document.js'
import { canonicalize } from '../text/normalize.js'

interface Node {
  end: boolean
  next: Map<string, Node>
  /**
   * What the words in `next` can look like, checked before a word is sliced and looked up (most
   * words are in no phrase): a bit per word length (lengths past 30 share one), and the first code
   * units of the words. Null when the check cannot be trusted (see `filterable`).
   */
  lengths: number
  firsts: Set<number> | null
}

export interface PhraseSet {
  /** The phrases' words from the last: "tổ chức" is found under "chức", then "tổ". */
  readonly backward: Node
  /** The phrases' words from the first. */
  readonly forward: Node
}

const newNode = (filtered: boolean): Node => ({
  end: false,
  next: new Map(),
  lengths: filtered ? 0 : -1,
  firsts: filtered ? new Set() : null,
})
const lengthBit = (length: number) => 1 << Math.min(length, 30)

function add(root: Node, words: readonly string[], filtered: boolean): void {
  let node = root
  for (const word of words) {
    let child = node.next.get(word)
    if (!child) {
      child = newNode(filtered)
      node.next.set(word, child)
      node.lengths |= lengthBit(word.length)
      node.firsts?.add(word.charCodeAt(0))
    }
    node = child
  }
  node.end = true
}

/**
 * A word is found as written or, when it opens with a capital, lower-cased. Lower-casing keeps a
 * word's length and maps its first code unit alone, except "İ" (to "i" and a combining dot): with no
 * combining dot in the phrases, the length and the first unit tell which words cannot be found.
 */
const filterable = (phrases: readonly string[]) => !phrases.some((p) => p.includes('\u0307'))

export function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = list.map(canonicalize)
  const filtered = filterable(phrases)
  const backward = newNode(filtered)
  const forward = newNode(filtered)
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    add(forward, words, filtered)
    add(backward, [...words].reverse(), filtered)
  }
  return { backward, forward }
}

// Lower-case code units, filled on first use (0: not known yet).
const LOWER_UNITS = new Uint16Array(0x10000)
function lowerUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  let lower = LOWER_UNITS[code] as number
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase()
    lower = s.length === 1 ? s.charCodeAt(0) : code
    LOWER_UNITS[code] = lower
  }
  return lower
}

/** Whether the word text[start, end) may be a key of `node.next` (false: it is not one). */
function mayBeChild(node: Node, text: string, start: number, end: number): boolean {
  if (node.firsts === null || end === start) return true
  if ((node.lengths & lengthBit(end - start)) === 0) return false
  const first = text.charCodeAt(start)
  return node.firsts.has(first) || node.firsts.has(lowerUnit(first))
}

const isSpace = (code: number) => code === 32 || code === 9

/** The child for `word`, read in lower case (phrases are stored so); most words need no case mapping. */
function childOf(node: Node, word: string): Node | undefined {
  const found = node.next.get(word)
  if (found || word.length === 0) return found
  // A capital opens the word ("Tổ chức", "TỔ CHỨC"); a word in lower case was looked up as it is.
  const first = word.charCodeAt(0)
  const capital =
    first < 128 ? first >= 65 && first <= 90 : (word[0] as string) !== (word[0] as string).toLowerCase()
  return capital ? node.next.get(word.toLowerCase()) : undefined
}
// A word starts after a space, or after punctuation that is not part of it ("(tổ chức").
const WORD_CHAR = /[\p{L}\p{M}\p{N}/]/u
// WORD_CHAR's answer for each code unit, filled on first use (0: not known yet, 1: yes, 2: no).
const WORD_UNITS = new Uint8Array(0x10000)
function isWordUnit(code: number): boolean {
  let known = WORD_UNITS[code] as number
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
    WORD_UNITS[code] = known
  }
  return known === 1
}
const isDelimiter = (delimiters: string, code: number) => {
  for (let k = 0; k < delimiters.length; k++) if (delimiters.charCodeAt(k) === code) return true
  return false
}

/**
 * Where a phrase of `set` starts if it ends `text` (only spaces after it), else -1; the longest
 * phrase wins. With `spaceAfter`, a phrase must be followed by at least one space.
 */
export function phraseEnding(text: string, set: PhraseSet, spaceAfter = true): number {
  let i = text.length
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  if (spaceAfter && i === text.length) return -1
  let node = set.backward
  let best = -1
  while (i > 0) {
    let j = i
    while (j > 0 && !isSpace(text.charCodeAt(j - 1))) j--
    // Punctuation before a word ends the phrase there: "(tổ chức" gives "tổ chức".
    let start = j
    while (start < i && !isWordUnit(text.charCodeAt(start))) start++
    const child = mayBeChild(node, text, start, i) ? childOf(node, text.slice(start, i)) : undefined
    if (!child) break
    if (child.end) best = start
    if (start > j) break
    node = child
    i = j
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  }
  return best
}

/**
 * Whether a phrase of `set` is among the last `reach` characters of `text` after the last of
 * `delimiters` in them.
 */
export function phraseInClause(text: string, set: PhraseSet, reach: number, delimiters = ',.;:'): boolean {
  let from = Math.max(0, text.length - reach)
  for (let i = text.length - 1; i >= from; i--) {
    // Compared by code unit: `text[i]` would make a string of every character read.
    if (isDelimiter(delimiters, text.charCodeAt(i))) {
      from = i + 1
      break
    }
  }
  return phraseFirst(text, set, from) !== null
}

const WORD = /[\p{L}\p{M}\p{N}/]+/gu
// The next word of a phrase: after spaces only ("đề nghị", not "đề, nghị").
const NEXT_WORD = /[ \t]+([\p{L}\p{M}\p{N}/]+)/uy

/** The first phrase of `set` in `text` from `from`, whole words only (the longest at its start). */
export function phraseFirst(text: string, set: PhraseSet, from = 0): Range | null {
  WORD.lastIndex = from
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index
    let end = start + m[0].length
    let node = mayBeChild(set.forward, text, start, end) ? childOf(set.forward, m[0]) : undefined
    if (!node) continue
    let found: Range | null = node.end ? { start, end } : null
    while (node.next.size > 0) {
      NEXT_WORD.lastIndex = end
      const w = NEXT_WORD.exec(text)
      const child: Node | undefined = w ? childOf(node, w[1] as string) : undefined
      if (!w || !child) break
      node = child
      end = w.index + w[0].length
      if (node.end) found = { start, end }
    }
    if (found) return found
    WORD.lastIndex = start + m[0].length
  }
  return null
}
