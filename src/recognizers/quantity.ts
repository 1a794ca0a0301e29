/**
 * Quantities: a numeral with a measure unit or a counted noun, a range of two, or a fraction.
 * `value` is as written with the scale words kept in the unit; `normalized` applies them.
 *
 *   "80,3 triệu USD" → 80.3 "triệu USD" (80 300 000 USD) · "500 nghìn hội viên" → 500 "nghìn hội viên"
 *   "từ 5 đến 7%" → 5..7 "%" · "126.622/126.989 đối tượng" → 126622 of 126989 · "1,2 điểm %"
 *   "gấp 2 lần" → 2 "lần" · "5 bậc" · "45 triệu đồng/người/năm" → 45000000 "VND/người/năm"
 *   "kinh phí hơn 2 tỷ" → 2 "tỷ" (VND: money words before a bare scale)
 */
import type { Range } from '../document.js'
import {
  COUNTED_NOUNS,
  GLUED_LOWER_CASE_UNITS,
  GLUED_UNITS,
  MEASURE_UNITS,
  MONEY_WORDS,
  NOT_UNIT_WORDS,
  PER_UNITS,
} from '../lexicon/units.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { findNumerals, type NumeralMatch } from './number.js'
import { isBlankCode, PhraseMatcher, wordEnd } from './word-scan.js'

export interface QuantityMatch extends Range {
  /** As written, scale words not applied; the lower bound of a range, the numerator of a fraction. */
  readonly value: number
  readonly upper: number | null
  readonly of: number | null
  /** The unit as written in the text searched, scale words first: "triệu USD", "%", "hộ". */
  readonly unit: string
  /** Where the pieces of `unit` stand (scale words, then the unit and any "/người/năm"). */
  readonly unitRanges: readonly Range[]
  readonly normalized: { readonly value: number; readonly unit: string }
  /** "measure" for units, "count" for counted nouns, "money" for a bare scale in a money context. */
  readonly kind: 'measure' | 'count' | 'money'
  /** The first numeral (after "từ" in a range). */
  readonly numeralStart: number
}

/** Every written form → its canonical unit; counted nouns are their own canonical form. */
const CANONICAL = new Map<string, { unit: string; measure: boolean }>()
for (const noun of COUNTED_NOUNS) CANONICAL.set(canonicalize(noun), { unit: noun, measure: false })
for (const unit of MEASURE_UNITS) {
  for (const form of unit.forms) CANONICAL.set(canonicalize(form), { unit: unit.canonical, measure: true })
}
// "/người/năm", "/ha", and "/1 xã", "/01 năm" with the one written out.
const PER = new RegExp(`(?:[ \\t]*/[ \\t]*(?:0?1[ \\t]+)?${alternation(PER_UNITS)}${WORD_END}){0,2}`, 'iuy')
// "%" and glued units need no space ("5%", "20km"); word units do. The longest unit wins, so
// "điểm trường" (a count) wins over "điểm" (a measure).
const GLUED = new PhraseMatcher(GLUED_UNITS, alternation, WORD_END)
const GLUED_LOWER_CASE = new PhraseMatcher(GLUED_LOWER_CASE_UNITS, alternation, WORD_END, 'uy')
const WORDS = new PhraseMatcher(
  [...MEASURE_UNITS.flatMap((u) => u.forms), ...COUNTED_NOUNS],
  alternation,
  WORD_END,
)
const NOT_UNITS = new PhraseMatcher(NOT_UNIT_WORDS, alternation, WORD_END)
const firstWord = PhraseMatcher.firstWord
const RANGE_LINK = /[ \t]*(?:-|đến|tới|÷)[ \t]*/uy
const AND_LINK = /[ \t]+(?:và|hoặc)[ \t]+/uy
const FROM_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+$/iu
const MONEY_BEFORE = new RegExp(`${WORD_START}${alternation(MONEY_WORDS)}${WORD_END}`, 'iu')

export function findQuantities(text: string, from = 0, to = text.length): QuantityMatch[] {
  const numerals = findNumerals(text, from, to)
  const out: QuantityMatch[] = []
  for (let i = 0; i < numerals.length; i++) {
    const first = numerals[i] as NumeralMatch
    // "14 tiêu chí/1 xã": a numeral inside the unit of the quantity before is part of it.
    if (out.length > 0 && first.start < (out[out.length - 1] as QuantityMatch).end) continue
    const next = numerals[i + 1]
    let last = first
    let upper: number | null = null
    let of: number | null = null
    let start = first.start
    // A fraction "126.622/126.989" or a range "5 - 7", "từ 5 đến 7"; the unit follows the second.
    if (next && text[first.end] === '/' && next.start === first.end + 1 && first.scale === null) {
      of = next.written
      last = next
    } else if (next && linked(text, RANGE_LINK, first.end, next.start)) {
      last = next
      const from8 = text.slice(Math.max(from, first.start - 8), first.start)
      start -= from8.match(FROM_BEFORE)?.[0].length ?? 0
    }
    let unit = unitAfter(text, last, to)
    // "1.600 và 2.000 cây/ha": two figures share the unit written after the second.
    if (
      !unit &&
      last === first &&
      next &&
      first.scale === null &&
      linked(text, AND_LINK, first.end, next.start)
    ) {
      const shared = unitAfter(text, next, to)
      if (shared && next.scale === null) unit = { ...shared, end: first.end }
    }
    if (!unit) continue
    if (last !== first && of === null) upper = last.written
    const factor = last.factor
    // "từ 500 triệu đến 1 tỷ đồng": the lower bound is read in the upper's scale.
    const value = upper !== null && first.factor !== 1 ? round(first.value / factor) : first.written
    out.push({
      start,
      end: unit.end,
      value,
      upper,
      of,
      unit: joinRanges(text, unit.ranges),
      unitRanges: unit.ranges,
      normalized: { value: round(value * factor), unit: unit.canonical },
      kind: unit.kind,
      numeralStart: first.start,
    })
    if (last !== first) i++
  }
  return out
}

/** The text of each range, joined by spaces. */
function joinRanges(text: string, ranges: readonly Range[]): string {
  let s = ''
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k] as Range
    s += k === 0 ? text.slice(r.start, r.end) : ` ${text.slice(r.start, r.end)}`
  }
  return s
}

function linked(text: string, link: RegExp, end: number, nextStart: number): boolean {
  link.lastIndex = end
  return link.test(text) && link.lastIndex === nextStart
}

interface UnitFound {
  end: number
  ranges: Range[]
  canonical: string
  kind: QuantityMatch['kind']
}

function unitAfter(text: string, numeral: NumeralMatch, to: number): UnitFound | null {
  const scale = numeral.scale ? [numeral.scale] : []
  let unitStart = numeral.end
  while (isBlankCode(text.charCodeAt(unitStart))) unitStart++
  // Glued units need no space ("5%", "20km"), word units do; the longest wins ("6 g/l" over "g").
  const first = firstWord(text, unitStart)
  let unitEnd = Math.max(
    GLUED.at(text, unitStart, first),
    GLUED_LOWER_CASE.at(text, unitStart, first),
    unitStart > numeral.end ? WORDS.at(text, unitStart, first) : -1,
  )
  // "6 đ/c" (comrades), "2023 lần lượt" (respectively): a longer word the unit only starts.
  if (unitEnd >= 0 && NOT_UNITS.at(text, unitStart, first) > unitEnd) unitEnd = -1
  if (unitEnd >= 0 && unitEnd <= to) {
    // A unit of one word is known by the lower-case word already read.
    let known =
      unitEnd === unitStart + first.length
        ? (CANONICAL.get(first) ?? canonicalUnit(text.slice(unitStart, unitEnd)))
        : canonicalUnit(text.slice(unitStart, unitEnd))
    // "hai con số" (two digits) is no count of animals.
    if (known.unit === 'con' && followedBy(text, unitEnd, 'số')) return null
    // "15 lượt dự án", "1.200 lượt người": a counted noun after "lượt" belongs to the unit.
    if (known.unit === 'lượt') {
      let k = unitEnd
      while (isBlankCode(text.charCodeAt(k))) k++
      const nounEnd = k > unitEnd ? WORDS.at(text, k) : -1
      const noun = nounEnd > 0 && nounEnd <= to ? canonicalUnit(text.slice(k, nounEnd)) : null
      if (noun && !noun.measure) {
        unitEnd = nounEnd
        known = { unit: `lượt ${noun.unit}`, measure: false }
      }
    }
    const per = perAfter(text, unitEnd, to)
    return {
      end: unitEnd + per.written.length,
      ranges: [...scale, { start: unitStart, end: unitEnd + per.written.length }],
      canonical: known.unit + per.canonical,
      kind: known.measure ? 'measure' : 'count',
    }
  }
  // A bare scale in a money context: "kinh phí hơn 2 tỷ", or with a rate: "230 triệu/ha/năm".
  if (numeral.scale && numeral.factor >= 1e6) {
    const per = perAfter(text, numeral.end, to)
    const lead = text.slice(Math.max(0, numeral.start - 40), numeral.start)
    if (per.written !== '' || MONEY_BEFORE.test(lead)) {
      const ranges = [{ start: numeral.scale.start, end: numeral.end + per.written.length }]
      return {
        end: numeral.end + per.written.length,
        ranges,
        canonical: `VND${per.canonical}`,
        kind: 'money',
      }
    }
  }
  return null
}

/** The canonical unit of a unit as written (the matching view: lower case makes it canonical). */
function canonicalUnit(written: string): { unit: string; measure: boolean } {
  const lower = written.toLowerCase()
  const known = CANONICAL.get(lower) ?? CANONICAL.get(lower.replace(/[ \t]+/g, ' '))
  return known ?? { unit: written, measure: true }
}

/** "/người/năm" after a unit, as written and canonical ("/1 xã" is "/xã"). */
function perAfter(text: string, at: number, to: number): { written: string; canonical: string } {
  let k = at
  while (isBlankCode(text.charCodeAt(k))) k++
  if (text.charCodeAt(k) !== 47) return NO_PER
  PER.lastIndex = at
  if (!PER.test(text) || PER.lastIndex <= at || PER.lastIndex > to) return NO_PER
  const written = text.slice(at, PER.lastIndex)
  const canonical = written
    .replace(/[ \t]*\/[ \t]*(?:0?1[ \t]+)?/g, '/')
    .replace(/[ \t]+/g, ' ')
    .toLowerCase()
  return { written, canonical }
}

const NO_PER = { written: '', canonical: '' }

function followedBy(text: string, at: number, word: string): boolean {
  let k = at
  while (isBlankCode(text.charCodeAt(k))) k++
  return k > at && text.startsWith(word, k) && wordEnd(text, k) === k + word.length
}

function round(n: number): number {
  return Number.isInteger(n) ? n : Number.parseFloat(n.toPrecision(12))
}
