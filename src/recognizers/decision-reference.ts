/**
 * The decision an award rests on: "Quyết định" with its number, and its date when given.
 *
 *   "Quyết định số 1632/QĐ-UBND ngày 22/5/2020"          · "Quyết định 163/QĐ-UBND"
 *   "Quyết định số 345/QĐ-TTg ngày 3 tháng 4 năm 2008"    · "QĐ số 12/QĐ-CT ngày 12.5.2023"
 *
 * Not decisions: a decision without a number ("ban hành quyết định tặng…"), other documents
 * ("Kế hoạch số 282/KH-UBND", "Chỉ thị số 03-CT/TW").
 */
import type { Range } from '../document.js'
import { WORD_END, WORD_START } from '../text/pattern.js'

export interface DecisionReference extends Range {
  /** The number and code as written ("1632/QĐ-UBND"). */
  number: string
}

// The number and code: "1632/QĐ-UBND", "345/QĐ-TTg" (codes may end in lower case: "TTg", "BNNPTNT").
const CODE = '\\p{Lu}[\\p{L}\\d]{0,11}'
const DECISION = new RegExp(
  `${WORD_START}(?:Quyết định|quyết định|QĐ)(?:[ \\t]+số)?[ \\t]+(?<number>\\d{1,5}(?:/\\d{4})?[/-]${CODE}(?:[/-]${CODE}){0,4})${WORD_END}`,
  'gu',
)
const DATE_AFTER =
  /^[ \t]+ngày[ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})(?![\d/.-]\d)/u

/** Every numbered decision in `text`, in order. */
export function recognizeDecisionReferences(text: string): DecisionReference[] {
  const found: DecisionReference[] = []
  // Most sentences name no decision: the pattern, with its look-behind, is run only where one may be.
  if (!text.includes('uyết định') && !text.includes('QĐ')) return found
  for (const m of text.matchAll(DECISION)) {
    const end = m.index + m[0].length
    const date = DATE_AFTER.exec(text.slice(end, end + 40))
    found.push({ start: m.index, end: end + (date ? date[0].length : 0), number: m.groups?.number as string })
  }
  return found
}
