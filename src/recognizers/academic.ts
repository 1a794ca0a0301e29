/**
 * Academic and professional degrees before a name: "GS.", "PGS.TS.", "PGS. TS", "ThS.", "TS.BS",
 * "BSCKII". They go to `academic`, never into the name. Case-sensitive ("TS", not "Ts").
 */
import type { Range } from '../document.js'
import { ACADEMIC_DEGREES } from '../lexicon/academic.js'
import { alternation } from '../text/pattern.js'
import { startWordIds, wordIdAt } from './lexicon-at.js'

const DEGREE = alternation(ACADEMIC_DEGREES)
// Degrees chained with "." or "-" ("PGS.TS.", "Ths-BS"), each ended by a dot, a space or the next.
const ACADEMIC_AT = new RegExp(
  `${DEGREE}(?:(?:\\. ?|-| )${DEGREE}){0,3}\\.?(?:(?<=\\.)(?=\\p{Lu})|(?=[ ]\\p{Lu}))`,
  'uy',
)

// the first word must be a degree's (a cheap test before the expression)
const DEGREE_STARTS = startWordIds(ACADEMIC_DEGREES)

export function academicAt(text: string, at: number): Range | null {
  if (!DEGREE_STARTS.has(wordIdAt(text, at))) return null
  ACADEMIC_AT.lastIndex = at
  const m = ACADEMIC_AT.exec(text)
  return m ? { start: at, end: at + m[0].length } : null
}
