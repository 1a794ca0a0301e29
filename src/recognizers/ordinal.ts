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
import { isWordCode, LOWER_WORD_CLASS, lowerStretch } from './word-scan.js'

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

// Where an ordinal may start: a head in the lower-cased text (see LOWER_WORD_CLASS), then read with
// the patterns below at that position.
const HEAD = new RegExp(
  `(?:^|[^${LOWER_WORD_CLASS}])(${alternation(['lần thứ', 'thứ', ...ROMAN_HEADS])})[ \\t]`,
  'g',
)
const ORDINAL_AT = new RegExp(
  `(?<head>(?:lần[ \\t]+)?thứ)[ \\t]+(?<n>\\d{1,3}|${alternation(Object.keys(ORDINAL_WORDS))}|${ROMAN})${WORD_END}` +
    `|(?<rhead>${alternation(ROMAN_HEADS)})[ \\t]+(?<rn>${ROMAN})${WORD_END}`,
  'iuy',
)

export function findOrdinals(text: string, from = 0, to = text.length): OrdinalMatch[] {
  const lower = lowerStretch(text, from, to)
  if (lower.length !== to - from) return findOrdinalsAnyCase(text, from, to)
  const out: OrdinalMatch[] = []
  let slice: string | null = null
  HEAD.lastIndex = 0
  for (let m = HEAD.exec(lower); m !== null; m = HEAD.exec(lower)) {
    const start = from + m.index + m[0].length - 1 - (m[1] as string).length
    HEAD.lastIndex = start - from + 1
    if (start > from && isWordCode(text.charCodeAt(start - 1))) continue
    // Read in the stretch itself, which ends where the search ends.
    slice ??= text.slice(from, to)
    ORDINAL_AT.lastIndex = start - from
    const found = ORDINAL_AT.exec(slice)
    if (found === null) continue
    HEAD.lastIndex = ORDINAL_AT.lastIndex
    const ordinal = read(found, start)
    if (ordinal) out.push(ordinal)
  }
  return out
}

/** The same with one case-insensitive pattern, for text whose lower case changes its length. */
function findOrdinalsAnyCase(text: string, from: number, to: number): OrdinalMatch[] {
  const out: OrdinalMatch[] = []
  for (const m of text.slice(from, to).matchAll(ORDINAL)) {
    const ordinal = read(m, from + (m.index as number))
    if (ordinal) out.push(ordinal)
  }
  return out
}

function read(m: RegExpMatchArray, start: number): OrdinalMatch | null {
  const groups = m.groups as Record<string, string | undefined>
  const numeral = (groups.n ?? groups.rn) as string
  const head = ((groups.head ?? groups.rhead) as string).toLowerCase().replace(/\s+/g, ' ')
  const isRoman = /^[IVXLC]+$/.test(numeral) && !Object.hasOwn(ORDINAL_WORDS, numeral.toLowerCase())
  const value = isRoman ? parseRoman(numeral) : parseOrdinal(numeral)
  if (value === null) return null
  const end = start + m[0].length
  const form = /^\d/.test(numeral) ? 'digits' : isRoman ? 'roman' : 'word'
  return { start, end, value, form, head, numeralStart: end - numeral.length }
}
