/**
 * Document numbers: the number and code of a decision, resolution or letter. They carry digits that
 * are never quantities, so the number recognizer blocks them out.
 *
 *   "163/QĐ-UBND" · "1632/QĐ-UBND" · "03-CT/TW" · "15-NQ/TU" · "100/2019/NĐ-CP" · "2345/UBND-KT"
 *   "09/2023/TT-BGDĐT" · "45-KL/TW" · "số 12/KH-UBND" (the "số" is left out)
 */
import type { Range } from '../document.js'
import { WORD_END } from '../text/pattern.js'
import { isDigitCode, isWordCode } from './word-scan.js'

export interface DocumentNumberMatch extends Range {
  /** The leading number as written ("163", "03"). */
  readonly number: string
  /** Everything after it, as written ("QĐ-UBND", "CT/TW", "2019/NĐ-CP"). */
  readonly code: string
}

// A code part is upper-case letters (Đ included), maybe with digits after the first letter
// ("BGDĐT", "UBND", "QĐ", "TW", "T.Ư" is not covered). Lower-case letters may follow an upper-case
// run in a few codes ("QĐ-UBNDh"); they are rare and left out.
const CODE_PART = '\\p{Lu}[\\p{Lu}\\d]{0,9}'
const DOCUMENT_NUMBER = new RegExp(
  `(?<number>\\d{1,5})(?<code>(?:/\\d{4})?[/-]${CODE_PART}(?:[/-]${CODE_PART}){0,4})${WORD_END}`,
  'uy',
)

/** The document number starting at `at` (its first digit, at a word start), or null. */
export function documentNumberAt(text: string, at: number): DocumentNumberMatch | null {
  if (!isDigitCode(text.charCodeAt(at)) || isWordCode(text.charCodeAt(at - 1))) return null
  DOCUMENT_NUMBER.lastIndex = at
  const m = DOCUMENT_NUMBER.exec(text)
  if (!m) return null
  const groups = m.groups as { number: string; code: string }
  const code = groups.code.replace(/^[/-]/, '')
  return { start: at, end: at + m[0].length, number: groups.number, code }
}

export function findDocumentNumbers(text: string, from = 0, to = text.length): DocumentNumberMatch[] {
  const out: DocumentNumberMatch[] = []
  for (let i = from; i < to; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue
    const found = documentNumberAt(text, i)
    if (found && found.end <= to) {
      out.push(found)
      i = found.end - 1
    } else while (isDigitCode(text.charCodeAt(i + 1))) i++
  }
  return out
}
