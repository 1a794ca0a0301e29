/**
 * Unicode classes of single UTF-16 code units, for the loops that walk a text one code unit at a
 * time. Testing `/\p{L}/u` on a one-character string costs an allocation and a regex call per
 * character; these tables answer in one array read. Each class is computed once per code unit, on
 * first use, with the same regular expression, so the answers are the regex's answers for a lone code
 * unit (a lone surrogate is in no class).
 */

const UNKNOWN = 0
const YES = 1
const NO = 2

/** A membership test for one code unit, memoized in a 64 KiB table filled on demand. */
function unitClass(pattern: RegExp): (code: number) => boolean {
  const table = new Uint8Array(0x10000)
  return (code) => {
    let known = table[code] as number
    if (known === UNKNOWN) {
      known = pattern.test(String.fromCharCode(code)) ? YES : NO
      table[code] = known
    }
    return known === YES
  }
}

/** A letter, a combining mark or a digit of any script: what a word is made of. */
export const isWordUnit = unitClass(/^[\p{L}\p{M}\p{N}]$/u)
/** A letter or a combining mark. */
export const isLetterUnit = unitClass(/^[\p{L}\p{M}]$/u)
/** An upper-case letter. */
export const isUpperUnit = unitClass(/^\p{Lu}$/u)
/** A lower-case letter. */
export const isLowerUnit = unitClass(/^\p{Ll}$/u)
/** A combining mark. */
export const isMarkUnit = unitClass(/^\p{M}$/u)
/** White space as `\s` reads it. */
export const isSpaceUnit = unitClass(/^\s$/u)
/** A number of any script (`\p{N}`; `\d` is ASCII digits only). */
export const isNumberUnit = unitClass(/^\p{N}$/u)

/** Code units and inclusive ranges of code units. */
export type UnitRanges = readonly (number | readonly [number, number])[]

/** A membership table for a set of code units, for `indexOfUnit`; `flag` is what members hold. */
export function unitTable(
  ranges: UnitRanges,
  flag = 1,
  table: Uint8Array = new Uint8Array(0x10000),
): Uint8Array {
  for (const r of ranges) {
    if (typeof r === 'number') table[r] = (table[r] as number) | flag
    else for (let c = r[0]; c <= r[1]; c++) table[c] = (table[c] as number) | flag
  }
  return table
}

/** The same set as a regular-expression character class: `[\u2010-\u2015…]`. */
export function unitClassSource(ranges: UnitRanges): string {
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`
  return `[${ranges.map((r) => (typeof r === 'number' ? hex(r) : `${hex(r[0])}-${hex(r[1])}`)).join('')}]`
}

/** The first index at or after `from` whose code unit is in `table`, or -1. */
export function indexOfUnit(s: string, table: Uint8Array, from = 0): number {
  for (let i = from; i < s.length; i++) if (table[s.charCodeAt(i)] !== 0) return i
  return -1
}

/** The flags of `table` that the code units of `s` hold, together (the scan stops once it has `all`). */
export function unitFlags(s: string, table: Uint8Array, all: number): number {
  let flags = 0
  for (let i = 0; i < s.length && (flags & all) !== all; i++) flags |= table[s.charCodeAt(i)] as number
  return flags
}
