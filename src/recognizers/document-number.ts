/**
 * Document numbers: the number and code of a decision, resolution or letter. They carry digits that
 * are never quantities, so the number recognizer blocks them out.
 *
 *   "163/QĐ-UBND" · "1632/QĐ-UBND" · "03-CT/TW" · "15-NQ/TU" · "100/2019/NĐ-CP" · "2345/UBND-KT"
 *   "09/2023/TT-BGDĐT" · "45-KL/TW" · "số 12/KH-UBND" (the "số" is left out)
 */
import type { Range } from '../document.js'
import { WORD_END, WORD_START } from '../text/pattern.js'

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
  `${WORD_START}(?<number>\\d{1,5})(?<code>(?:/\\d{4})?[/-]${CODE_PART}(?:[/-]${CODE_PART}){0,4})${WORD_END}`,
  'gu',
)

export function findDocumentNumbers(text: string, from = 0, to = text.length): DocumentNumberMatch[] {
  const out: DocumentNumberMatch[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(DOCUMENT_NUMBER)) {
    const groups = m.groups as { number: string; code: string }
    const code = groups.code.replace(/^[/-]/, '')
    out.push({ start: from + m.index, end: from + m.index + m[0].length, number: groups.number, code })
  }
  return out
}
