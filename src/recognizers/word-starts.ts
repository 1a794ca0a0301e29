/**
 * Where the words of a text start, for the scanners that try their recognizers word by word. A word
 * starts at a letter or digit not preceded by a letter, mark or digit (the positions the pattern
 * `(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]` finds). With each start: the id of its word among the first
 * words of the lexicons (-1 for any other word), and whether it is written with a capital. The table
 * is made once per text, in one pass, and kept for the next scanner of the same text.
 */
import { isUpperCase, wordIdAt } from './lexicon-at.js'

export interface WordStarts {
  /** Offsets of word starts, ascending. */
  readonly offsets: Int32Array
  /** The lexicon word id at each offset (`wordIdAt`), -1 for a word no lexicon starts with. */
  readonly ids: Int32Array
  /** 1 where the word starts with a capital letter. */
  readonly capitals: Uint8Array
  /** What recognizers found at a position of this text, by kind (see `rememberAt`). */
  readonly found: Map<string, PositionMemo>
}

/**
 * Values found at positions of one text, each with the sentence end it was read up to. Indexed by
 * offset in typed arrays (one entry per code unit), not kept in a map: the scanners ask at nearly
 * every word, and a map's insertions cost more than most of what they remember.
 */
class PositionMemo {
  /**
   * Two entries per offset: the end a value was found with plus one (0 where none was found), and
   * the index of the value in `values`.
   */
  private readonly entries: Int32Array
  private readonly values: unknown[] = []

  constructor(length: number) {
    this.entries = new Int32Array(2 * (length + 1))
  }

  /** True when a value was found at `at` reading up to `end`. */
  has(at: number, end: number): boolean {
    return this.entries[2 * at] === end + 1
  }

  get(at: number): unknown {
    return this.values[this.entries[2 * at + 1] as number]
  }

  set(at: number, end: number, value: unknown): void {
    this.entries[2 * at] = end + 1
    this.entries[2 * at + 1] = this.values.push(value) - 1
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u

// 2: letter or digit, 1: mark, 0: other; a table for the code units below U+2000 (Vietnamese text
// is all there), the Unicode properties above.
const slowClassOf = (c: number) => {
  const ch = String.fromCharCode(c)
  if (LETTER_OR_DIGIT.test(ch)) return 2
  return LETTER_MARK_OR_DIGIT.test(ch) ? 1 : 0
}
const CLASSES = Uint8Array.from({ length: 0x2000 }, (_, c) => slowClassOf(c))

function compute(text: string): WordStarts {
  // at most one word start in two code units
  const capacity = (text.length >> 1) + 1
  // one allocation for the two tables of numbers (typed arrays are costly to allocate one by one)
  const numbers = new Int32Array(capacity * 2)
  const offsets = numbers.subarray(0, capacity)
  const ids = numbers.subarray(capacity)
  const capitals = new Uint8Array(capacity)
  let count = 0
  let previous = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const kind = c < 0x2000 ? (CLASSES[c] as number) : slowClassOf(c)
    if (kind === 2 && previous === 0) {
      offsets[count] = i
      ids[count] = wordIdAt(text, i)
      capitals[count] = isUpperCase(c) ? 1 : 0
      count++
    }
    previous = kind
  }
  return {
    offsets: offsets.subarray(0, count),
    ids: ids.subarray(0, count),
    capitals: capitals.subarray(0, count),
    found: new Map(),
  }
}

const cache: { text: string; starts: WordStarts }[] = []

/** The word starts of `text` (the whole document text: callers pass the same string each time). */
export function wordStartsOf(text: string): WordStarts {
  for (const entry of cache) if (entry.text === text) return entry.starts
  const starts = compute(text)
  cache.unshift({ text, starts })
  if (cache.length > 4) cache.pop()
  return starts
}

/**
 * What a recognizer finds at `at` in `text` read up to `end` (a sentence's end), computed once:
 * the organizations extractor and the officials' scanners try the same positions of the same
 * sentences. A value found with another `end` is not reused.
 */
export function rememberAt<T>(text: string, kind: string, at: number, end: number, find: () => T): T {
  const starts = wordStartsOf(text)
  let byPosition = starts.found.get(kind)
  if (!byPosition) {
    byPosition = new PositionMemo(text.length)
    starts.found.set(kind, byPosition)
  }
  if (byPosition.has(at, end)) return byPosition.get(at) as T
  const value = find()
  byPosition.set(at, end, value)
  return value
}

/** The index of the first word start at or after `at`: a binary search. */
export function firstWordIndex(starts: WordStarts, at: number): number {
  let lo = 0
  let hi = starts.offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((starts.offsets[mid] as number) < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
