/**
 * Building blocks for the recognizers' regular expressions. Every pattern in the library is built
 * from literal alternations and bounded character classes, so matching stays linear on any input.
 */
import { foldForMatching } from './normalize.js'

/** Not preceded by a letter, mark or digit: a word start that works for "đ", "ệ", "Ủ" (unlike \b). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])'
/** Not followed by a letter, mark or digit. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])'
/** One Vietnamese syllable or word of letters (bounded, so it cannot backtrack far). */
export const SYLLABLE = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’]{0,11}"
/** One capitalised syllable ("Phạm", "K'ré", "Ksor"). */
export const CAPITALISED = "\\p{Lu}[\\p{Ll}\\p{M}'’]{0,11}"

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * A list of phrases → one alternation: folded for matching (NFC, one tone style, ASCII dashes),
 * de-duplicated, longest first so "Phó Chủ tịch" wins over "Chủ tịch", spaces matching any run of
 * spaces. The result is a non-capturing group without boundaries; wrap it in WORD_START/WORD_END.
 */
export function alternation(phrases: readonly string[]): string {
  const folded = [...new Set(phrases.map((p) => foldForMatching(p.normalize('NFC')).trim()))]
  folded.sort((a, b) => b.length - a.length || a.localeCompare(b))
  return `(?:${folded.map((p) => escapeRegExp(p).replace(/ +/g, '[ \\t]+')).join('|')})`
}

/** A whole-word, case-insensitive matcher for a lexicon list. */
export function wordsRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`${WORD_START}${alternation(phrases)}${WORD_END}`, flags)
}
