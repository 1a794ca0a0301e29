/**
 * Stretches of digits that are not numbers: document numbers, phone numbers and dates. The number
 * recognizer drops every numeral that overlaps one of them.
 *
 *   "163/QĐ-UBND" · "0912.345.678" · "(0237) 3822 123" · "10/3/2023" · "14.5.2011" · "10-3-2023"
 *   "ngày 12.5" · "sáng 9/10" · "tháng 10/2023"
 */
import type { Range } from '../document.js'
import { DATE_HEADS } from '../lexicon/metric-words.js'
import { alternation, WORD_START } from '../text/pattern.js'
import { findDocumentNumbers } from './document-number.js'

// Mobile and landline numbers: a leading 0 or +84, 9 to 11 digits in groups.
const PHONE = /(?<![\p{L}\p{N}.,])(?:\+84[ .]?|\(0\d{2,3}\)[ .]?|0)\d{2,4}(?:[ .-]?\d{2,4}){1,3}(?![\p{N}])/gu
const DATE_TRIPLE = /(?<![\p{N}.,/])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\p{N}])/gu
const MONTH_YEAR = /(?<![\p{N}.,/])\d{1,2}\/(?:19|20)\d\d(?![\p{N}])/gu
const DATE_PAIR = new RegExp(
  `${WORD_START}${alternation(DATE_HEADS)}[ \\t]+(?<pair>\\d{1,2}[/.]\\d{1,2})(?![\\p{N}]|[.,/]\\d)`,
  'giu',
)

export function blockedRanges(text: string, from = 0, to = text.length): Range[] {
  const slice = text.slice(from, to)
  if (!/\d/.test(slice)) return []
  const out: Range[] = findDocumentNumbers(text, from, to).map(({ start, end }) => ({ start, end }))
  for (const m of slice.matchAll(PHONE)) {
    if (m[0].replace(/\D/g, '').length >= 9 && /[ .()-]|^0\d{8,10}$|^\+/.test(m[0])) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length })
    }
  }
  for (const re of [DATE_TRIPLE, MONTH_YEAR]) {
    for (const m of slice.matchAll(re)) out.push({ start: from + m.index, end: from + m.index + m[0].length })
  }
  // Most sentences hold no "d/m" or "d.m" pair; the head-word scan is skipped for them.
  if (!/\d[/.]\d/.test(slice)) return out
  for (const m of slice.matchAll(DATE_PAIR)) {
    const pair = m.groups?.pair as string
    const start = from + m.index + m[0].length - pair.length
    out.push({ start, end: start + pair.length })
  }
  return out
}
