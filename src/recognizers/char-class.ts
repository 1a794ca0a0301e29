/**
 * Character classes by table, for the loops that read names and words code unit by code unit: a
 * regular expression per syllable costs more than the syllable. The table covers the code units
 * below U+2000 (all of Vietnamese, in the match view); above, the Unicode properties are asked.
 */

const UPPER = 1 // \p{Lu}
const LOWER = 2 // \p{Ll}
const MARK = 4 // \p{M}
const DIGIT = 8 // \p{N}
const LETTER = 16 // \p{L}

const flagsOf = (c: number) => {
  const ch = String.fromCharCode(c)
  return (
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? DIGIT : 0) |
    (/\p{L}/u.test(ch) ? LETTER : 0)
  )
}
const FLAGS = Uint8Array.from({ length: 0x2000 }, (_, c) => flagsOf(c))
// NaN (charCodeAt past the end) has no flags
const flags = (c: number) => (c < 0x2000 ? (FLAGS[c] as number) : Number.isNaN(c) ? 0 : flagsOf(c))

/** \p{Lu} */
export const isUpperLetter = (c: number) => (flags(c) & UPPER) !== 0
/** \p{Ll} or \p{M}: what follows the capital in a syllable */
export const isLowerOrMark = (c: number) => (flags(c) & (LOWER | MARK)) !== 0
/** \p{L}, \p{M} or \p{N}: a character inside a word */
export const isWordPart = (c: number) => (flags(c) & (LETTER | MARK | DIGIT)) !== 0

const WORD_PART = /[\p{L}\p{M}\p{N}]/u
/**
 * A letter, mark or digit at `at`, read as a pattern with the "u" flag reads it (a code point):
 * the test of `WORD_END` (src/text/pattern.ts) without a regular expression.
 */
export function wordPartAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 0x2000) return ((FLAGS[c] as number) & (LETTER | MARK | DIGIT)) !== 0
  if (Number.isNaN(c)) return false
  return WORD_PART.test(String.fromCodePoint(text.codePointAt(at) as number))
}

// White space as `\s` and `String.prototype.trim` read it
export const isWhiteSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/**
 * `s.replace(/\s+/g, ' ').trim()`, without a new string when there is nothing to change (words
 * separated by single spaces, as the text of a name or a title almost always is).
 */
export function collapseWhiteSpace(s: string): string {
  let clean = s.length === 0 || (s.charCodeAt(0) !== 0x20 && s.charCodeAt(s.length - 1) !== 0x20)
  for (let i = 0; clean && i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isWhiteSpace(c)) clean = c === 0x20 && s.charCodeAt(i + 1) !== 0x20
  }
  return clean ? s : s.replace(/\s+/g, ' ').trim()
}
