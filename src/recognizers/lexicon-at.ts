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
import { isWordPart } from './char-class.js'

/** A sticky lexicon matcher, with the ids of the lower-cased first words of its phrases. */
export interface LexiconAt {
  (text: string, at: number): RegExpExecArray | null
  readonly starts: ReadonlySet<number>
  /** The end of the same match, or -1: for callers that need no more, nothing is allocated. */
  readonly endAt: (text: string, at: number) => number
  /**
   * Where the phrase of the same match starts: after the prefix and its space when the match has
   * one (the prefix group), else `at`. Meaningful only where `endAt` found a match.
   */
  readonly phraseStartAt: (text: string, at: number) => number
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

// The interned words, in an open-addressing table of ids kept at most half full: found by a hash
// of their lower-cased code units, then compared in full. Words are interned as the lexicons are
// built (when the modules load); the text's words are only looked up.
const wordTexts: string[] = []
const wordHashes: number[] = []
let slotBits = 12
let slots = new Int32Array(1 << slotBits).fill(-1)
// kept within 30 bits, a small integer
const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + c) & 0x3fffffff
const firstSlot = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - slotBits)
const nextSlot = (slot: number) => (slot + 1) & (slots.length - 1)

function place(id: number): void {
  let slot = firstSlot(wordHashes[id] as number)
  while ((slots[slot] as number) >= 0) slot = nextSlot(slot)
  slots[slot] = id
}

/** The id of a lower-cased word, registered if new. */
export function internWord(word: string): number {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, lowerOf(word.charCodeAt(i)))
  for (let slot = firstSlot(hash); (slots[slot] as number) >= 0; slot = nextSlot(slot)) {
    const id = slots[slot] as number
    if (wordTexts[id] === word) return id
  }
  const id = wordTexts.push(word) - 1
  wordHashes.push(hash)
  if (wordTexts.length * 2 > slots.length) {
    slotBits++
    slots = new Int32Array(1 << slotBits).fill(-1)
    for (let known = 0; known < wordTexts.length; known++) place(known)
  } else place(id)
  return id
}

/** The ids of the first words of phrases (written in either tone style, in any case). */
export function startWordIds(phrases: readonly string[]): Set<number> {
  return new Set(phrases.map((p) => internWord(firstWordAt(foldForMatching(p.normalize('NFC'))))))
}

/**
 * The union of sets of word ids as a table indexed by id, for the scanners that ask at every word:
 * an indexed read instead of a set lookup. Ids interned later are in no set (out of the table).
 */
export class WordIdTable {
  // entry id + 1, so that -1 (no lexicon word) reads entry 0, always 0
  private readonly table: Uint8Array
  constructor(...sets: ReadonlySet<number>[]) {
    this.table = new Uint8Array(wordTexts.length + 1)
    for (const set of sets) for (const id of set) this.table[id + 1] = 1
  }
  has(id: number): boolean {
    return this.table[id + 1] === 1
  }
}

/** True when the interned word `id` is written (in any case) at [at, end) of `text`. */
function writtenAt(id: number, text: string, at: number, end: number): boolean {
  const word = wordTexts[id] as string
  if (word.length !== end - at) return false
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) !== lowerOf(text.charCodeAt(at + i))) return false
  return true
}

/** The id of the word at `at` if it is the first word of some lexicon entry, else -1. */
export function wordIdAt(text: string, at: number): number {
  let hash = 0
  let end = at
  while (end < text.length && end - at < MAX_WORD) {
    const c = text.charCodeAt(end)
    if (!isWordChar(c)) break
    hash = hashStep(hash, lowerOf(c))
    end++
  }
  if (end === at) return -1
  for (let slot = firstSlot(hash); (slots[slot] as number) >= 0; slot = nextSlot(slot)) {
    const id = slots[slot] as number
    if (wordHashes[id] === hash && writtenAt(id, text, at, end)) return id
  }
  return -1
}

export interface LexiconOptions {
  /** Regular-expression flags: with "i" (the default, "iu") case is ignored. */
  readonly flags?: string
  /**
   * Optional words before the phrase, each followed by one space ("phó " in "Phó Sư đoàn trưởng").
   * With `group`, the prefix and its space are given as that named group of the match.
   */
  readonly prefix?: { readonly words: readonly string[]; readonly group?: string }
  /** What must follow the phrase, tested at its end. Default: the end of a word. */
  readonly suffix?: (text: string, end: number) => boolean
}

// A trie of the lexicon's phrases: lower-cased code units (when case is ignored), one edge for a
// run of spaces or tabs (the phrases' single spaces match any run, as `alternation` makes them).
// Built with maps, then compiled into flat arrays (`CompiledTrie`): a walk reads the text at every
// word start of every sentence, and a map lookup per character was most of its cost.
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

// Edges are found by hashing (node, code unit) into one open-addressing table; a node number and a
// code unit fit in one 31-bit key.
const MAX_NODES = 0x7fff
const edgeKey = (node: number, c: number) => node * 0x10000 + c
const EMPTY = -1
const NO_ROOT_CHILDREN = new Int16Array(0x2000).fill(-1)

/** A trie in flat arrays: node 0 is the root. */
class CompiledTrie {
  readonly terminal: Uint8Array
  /** The node after a run of spaces, or -1. */
  readonly space: Int32Array
  /**
   * One bit per code unit below U+2000 that starts a phrase (as the walk reads it): most walks end
   * at their first character, and this ends them without hashing.
   */
  readonly firstUnits: Uint32Array
  /**
   * The root's children by code unit below U+2000 (-1 for none): every walk starts at the root, and
   * an indexed read there saves the hashing of the first step.
   */
  private readonly rootChildren: Int16Array
  /**
   * For a node with exactly one child (most nodes: the rest of a word is a chain), its code unit and
   * the child: followed by a comparison, with no hashing. A leaf has -2 (no code unit), a node
   * with several children -1 (hashed).
   */
  private readonly onlyUnit: Int32Array
  private readonly onlyChild: Int16Array
  private readonly keys: Int32Array
  private readonly children: Int32Array
  private readonly shift: number
  private readonly mask: number

  constructor(root: TrieNode) {
    const nodes: TrieNode[] = [root]
    const ids = new Map<TrieNode, number>([[root, 0]])
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as TrieNode
      for (const child of [...node.next.values(), ...(node.space ? [node.space] : [])]) {
        ids.set(child, nodes.push(child) - 1)
      }
    }
    if (nodes.length > MAX_NODES) throw new Error(`lexicon too large: ${nodes.length} trie nodes`)
    this.terminal = Uint8Array.from(nodes, (n) => (n.terminal ? 1 : 0))
    this.space = Int32Array.from(nodes, (n) => (n.space ? (ids.get(n.space) as number) : -1))
    const firstUnits = new Uint32Array(0x2000 >> 5)
    for (const c of root.next.keys())
      if (c < 0x2000) firstUnits[c >> 5] = (firstUnits[c >> 5] as number) | (1 << (c & 31))
    this.firstUnits = firstUnits
    // node ids fit 16 bits (MAX_NODES); a trie with no phrases (an empty prefix list) shares one table
    const rootChildren = root.next.size === 0 ? NO_ROOT_CHILDREN : new Int16Array(0x2000).fill(-1)
    for (const [c, child] of root.next) if (c < 0x2000) rootChildren[c] = ids.get(child) as number
    this.rootChildren = rootChildren
    this.onlyUnit = Int32Array.from(nodes, (n) =>
      n.next.size === 0 ? -2 : n.next.size === 1 ? ([...n.next.keys()][0] as number) : -1,
    )
    this.onlyChild = Int16Array.from(nodes, (n) =>
      n.next.size === 1 ? (ids.get([...n.next.values()][0] as TrieNode) as number) : -1,
    )
    const edges = nodes.reduce((sum, n) => sum + n.next.size, 0)
    // at most half full, so that a probe ends after a slot or two
    let bits = 4
    while (1 << bits < edges * 2) bits++
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
    this.keys = new Int32Array(1 << bits).fill(EMPTY)
    this.children = new Int32Array(1 << bits)
    nodes.forEach((node, id) => {
      for (const [c, child] of node.next) {
        const key = edgeKey(id, c)
        let slot = this.slotOf(key)
        while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask
        this.keys[slot] = key
        this.children[slot] = ids.get(child) as number
      }
    })
  }

  /** False when no phrase starts with code unit `c` (a space included); true when one may. */
  mayStartWith(c: number, ignoreCase: boolean): boolean {
    if (isSpace(c)) return false
    const key = ignoreCase ? lowerOf(c) : c
    return key >= 0x2000 || ((this.firstUnits[key >> 5] as number) & (1 << (key & 31))) !== 0
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift
  }

  /** The child of `node` by code unit `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0 && c < 0x2000) return this.rootChildren[c] as number
    const only = this.onlyUnit[node] as number
    if (only !== -1) return only === c ? (this.onlyChild[node] as number) : -1
    const key = edgeKey(node, c)
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot] as number
      if (found === key) return this.children[slot] as number
      if (found === EMPTY) return -1
    }
  }
}

/** Where a phrase may end: at `end` in `text`, what must follow it holds. */
type Accepts = (text: string, end: number) => boolean

// The default suffix, the end of a word: no letter, mark or digit follows (the code unit there).
const endsWord: Accepts = (text, at) => at >= text.length || !isWordPart(text.charCodeAt(at))

/** The end of the longest phrase of the trie at `at` that the suffix accepts, or -1. */
function longestAt(
  trie: CompiledTrie,
  text: string,
  at: number,
  ignoreCase: boolean,
  accepts: Accepts,
): number {
  if (at >= text.length || !trie.mayStartWith(text.charCodeAt(at), ignoreCase)) return -1
  const { terminal, space } = trie
  let node = 0
  let best = -1
  for (let i = at; ; ) {
    if (terminal[node] === 1 && i > at && accepts(text, i)) best = i
    if (i >= text.length) break
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      node = space[node] as number
      if (node < 0) break
      while (i < text.length && isSpace(text.charCodeAt(i))) i++
      continue
    }
    node = trie.child(node, ignoreCase ? lowerOf(c) : c)
    if (node < 0) break
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
  const trie = new CompiledTrie(root)
  const prefixRoot = newNode()
  for (const word of prefix?.words ?? []) insert(prefixRoot, fold(word), ignoreCase)
  const prefixes = new CompiledTrie(prefixRoot)
  const accepts: Accepts = suffix ?? endsWord
  const followedBySpace: Accepts = (t, e) => t.charCodeAt(e) === 0x20
  // the prefix is a whole word followed by exactly one space
  const afterPrefix = (text: string, at: number) => {
    const end = longestAt(prefixes, text, at, ignoreCase, followedBySpace)
    return end < 0 ? -1 : end + 1
  }
  const starts = new Set([...phrases, ...(prefix?.words ?? [])].map((p) => internWord(firstWordAt(fold(p)))))
  // the end of the phrase starting at `from` (after a prefix; -1 where none was read), or -1
  const endFrom = (text: string, from: number) =>
    from >= 0 ? longestAt(trie, text, from, ignoreCase, accepts) : -1
  const endAt = (text: string, at: number): number => {
    const end = prefix ? endFrom(text, afterPrefix(text, at)) : -1
    return end >= 0 ? end : longestAt(trie, text, at, ignoreCase, accepts)
  }
  const phraseStartAt = (text: string, at: number): number => {
    const from = prefix ? afterPrefix(text, at) : -1
    return endFrom(text, from) >= 0 ? from : at
  }
  const match = (text: string, at: number): RegExpExecArray | null => {
    const from = prefix ? afterPrefix(text, at) : -1
    let end = endFrom(text, from)
    const prefixed = end >= 0
    if (!prefixed) end = longestAt(trie, text, at, ignoreCase, accepts)
    if (end < 0) return null
    const m = [text.slice(at, end)] as unknown as RegExpExecArray
    m.index = at
    m.input = text
    if (prefix?.group) m.groups = prefixed ? { [prefix.group]: text.slice(at, from) } : {}
    return m
  }
  return Object.assign(match, { starts: starts as ReadonlySet<number>, endAt, phraseStartAt })
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
  const matcher = lexiconAt(words, { suffix: (text, end) => text.charCodeAt(end) === 0x20 })
  return (text, at) => {
    const end = matcher.endAt(text, at)
    return end < 0 ? 0 : end - at + 1
  }
}

/** One regular expression tried at `at` (sticky). */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}
