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
