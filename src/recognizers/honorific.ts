/**
 * Honorifics before a name: "đồng chí", "đ/c", "ông", "bà", and their plurals "các đồng chí", "hai
 * ông". Only these make a named person an official by themselves (fixtures/ANNOTATION.md); kinship
 * terms ("anh", "chị", "cụ") do not. Whether a name follows is the caller's check: "bà con" and
 * "ông bà" are never followed by one.
 */
import type { Range } from '../document.js'
import { HONORIFICS, PLURAL_MARKERS } from '../lexicon/honorifics.js'
import { wordPartAt } from './char-class.js'
import { lexiconAt } from './lexicon-at.js'

export interface HonorificMatch extends Range {
  /** The honorific itself, without the plural marker ("đồng chí" in "các đồng chí"). */
  readonly word: Range
  readonly plural: boolean
}

const honorificWordAt = lexiconAt(HONORIFICS, {
  prefix: { words: PLURAL_MARKERS, group: 'plural' },
  // a word ends the honorific, and so does "/" ("đ/c")
  suffix: (text, end) => !wordPartAt(text, end) && text.charCodeAt(end) !== 0x2f,
})

/** Lower-cased words an honorific (or its plural marker) starts with, for scanners to skip others. */
export const HONORIFIC_STARTS: ReadonlySet<number> = honorificWordAt.starts

// Asked at most words of most sentences: read as offsets, with no match array to allocate.
export function honorificAt(text: string, at: number): HonorificMatch | null {
  const end = honorificWordAt.endAt(text, at)
  if (end < 0) return null
  const wordStart = honorificWordAt.phraseStartAt(text, at)
  return { start: at, end, word: { start: wordStart, end }, plural: wordStart > at }
}
