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
}

export interface PhraseSet {
  /** The phrases' words from the last: "tổ chức" is found under "chức", then "tổ". */
  readonly backward: Node
  /** The phrases' words from the first. */
  readonly forward: Node
}

function add(root: Node, words: readonly string[]): void {
  let node = root
  for (const word of words) {
    let child = node.next.get(word)
    if (!child) {
      child = { end: false, next: new Map() }
      node.next.set(word, child)
    }
    node = child
  }
  node.end = true
}

export function phraseSet(list: readonly string[]): PhraseSet {
  const backward: Node = { end: false, next: new Map() }
  const forward: Node = { end: false, next: new Map() }
  for (const phrase of list) {
    const words = canonicalize(phrase).split(' ')
    add(forward, words)
    add(backward, [...words].reverse())
  }
  return { backward, forward }
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
    while (start < i && !WORD_CHAR.test(text[start] as string)) start++
    const child = childOf(node, text.slice(start, i))
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
    if (delimiters.includes(text[i] as string)) {
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
    let node = childOf(set.forward, m[0])
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
