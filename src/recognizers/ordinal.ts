/**
 * Ordinals: "thứ" with a word, digits or a Roman numeral, and Roman numerals after the heads that
 * take them ("khóa XX", "lần thứ VIII", "Đại hội XIII"). Whether an ordinal is a rank, a session or a
 * weekday is for the caller (src/extractors/rankings.ts) to decide from the words around it.
 *
 *   "thứ Nhất" → 1 · "thứ nhì" → 2 · "thứ tư" → 4 · "thứ 7" → 7 · "lần thứ VIII" → 8 · "khóa XX" → 20
 */
import type { Range } from '../document.js'
import { ORDINAL_WORDS } from '../lexicon/number-words.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

export interface OrdinalMatch extends Range {
  readonly value: number
  readonly form: 'word' | 'digits' | 'roman'
  /** The head as matched, lower-cased: "thứ", "lần thứ", "khóa". */
  readonly head: string
  /** Where the numeral itself starts (after the head). */
  readonly numeralStart: number
}

const ROMAN = '[IVXLC]{1,8}'
/** Heads that take a Roman numeral without "thứ": "khóa XX", "Đại hội XIII", "Hội nghị Trung ương VII". */
const ROMAN_HEADS = ['khóa', 'khoá', 'đại hội', 'hội nghị trung ương', 'phần', 'chương', 'mục', 'giai đoạn']
const ORDINAL = new RegExp(
  `${WORD_START}(?<head>(?:lần[ \\t]+)?thứ)[ \\t]+(?<n>\\d{1,3}|${alternation(Object.keys(ORDINAL_WORDS))}|${ROMAN})${WORD_END}` +
    `|${WORD_START}(?<rhead>${alternation(ROMAN_HEADS)})[ \\t]+(?<rn>${ROMAN})${WORD_END}`,
  'giu',
)
// A Roman numeral must be upper case; "thứ vi" is not 6.
const ROMAN_STRICT = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** An upper-case Roman numeral → its value; null when it is not well formed ("IIII", "VX", "vi"). */
export function parseRoman(s: string): number | null {
  if (s === '' || !ROMAN_STRICT.test(s)) return null
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] as number
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/** The value of what follows "thứ": a word ("Nhất", "tư"), digits ("7") or a Roman numeral ("VIII"). */
export function parseOrdinal(s: string): number | null {
  const t = s.trim()
  if (/^\d{1,3}$/.test(t)) return Number(t) > 0 ? Number(t) : null
  const word = t.toLowerCase().normalize('NFC') as keyof typeof ORDINAL_WORDS
  if (Object.hasOwn(ORDINAL_WORDS, word)) return ORDINAL_WORDS[word]
  return parseRoman(t)
}

export function findOrdinals(text: string, from = 0, to = text.length): OrdinalMatch[] {
  const out: OrdinalMatch[] = []
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(ORDINAL)) {
    const groups = m.groups as Record<string, string | undefined>
    const numeral = (groups.n ?? groups.rn) as string
    const head = ((groups.head ?? groups.rhead) as string).toLowerCase().replace(/\s+/g, ' ')
    const isRoman = /^[IVXLC]+$/.test(numeral) && !Object.hasOwn(ORDINAL_WORDS, numeral.toLowerCase())
    const value = isRoman ? parseRoman(numeral) : parseOrdinal(numeral)
    if (value === null) continue
    const start = from + m.index
    const end = start + m[0].length
    const form = /^\d/.test(numeral) ? 'digits' : isRoman ? 'roman' : 'word'
    out.push({ start, end, value, form, head, numeralStart: end - numeral.length })
  }
  return out
}
