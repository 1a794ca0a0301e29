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
import { COUNTED_NOUNS, GLUED_UNITS, MEASURE_UNITS, MONEY_WORDS, PER_UNITS } from '../lexicon/units.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'
import { findNumerals, type NumeralMatch } from './number.js'

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
const PER = `(?:[ \\t]*/[ \\t]*${alternation(PER_UNITS)}${WORD_END}){0,2}`
// One alternation, longest first, so "điểm trường" (a count) wins over "điểm" (a measure). "%" and
// glued units need no space ("5%", "20km"); word units do.
const UNIT = new RegExp(
  `(?:[ \\t]*(?<glued>${alternation(GLUED_UNITS)})|[ \\t]+(?<word>${alternation([...MEASURE_UNITS.flatMap((u) => u.forms), ...COUNTED_NOUNS])}))${WORD_END}(?<per>${PER})`,
  'iuy',
)
const RANGE_LINK = /[ \t]*(?:-|đến|tới|÷)[ \t]*/uy
const FROM_BEFORE = /(?<![\p{L}\p{M}])từ[ \t]+$/iu
const MONEY_BEFORE = new RegExp(`${WORD_START}${alternation(MONEY_WORDS)}${WORD_END}`, 'iu')

export function findQuantities(text: string, from = 0, to = text.length): QuantityMatch[] {
  const numerals = findNumerals(text, from, to)
  const out: QuantityMatch[] = []
  for (let i = 0; i < numerals.length; i++) {
    const first = numerals[i] as NumeralMatch
    const next = numerals[i + 1]
    let last = first
    let upper: number | null = null
    let of: number | null = null
    let start = first.start
    // A fraction "126.622/126.989" or a range "5 - 7", "từ 5 đến 7"; the unit follows the second.
    if (next && text[first.end] === '/' && next.start === first.end + 1 && first.scale === null) {
      of = next.written
      last = next
    } else if (next && linked(text, first.end, next.start)) {
      last = next
      const from8 = text.slice(Math.max(from, first.start - 8), first.start)
      start -= from8.match(FROM_BEFORE)?.[0].length ?? 0
    }
    const unit = unitAfter(text, last, to)
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
      unit: unit.ranges.map((r) => text.slice(r.start, r.end)).join(' '),
      unitRanges: unit.ranges,
      normalized: { value: round(value * factor), unit: unit.canonical },
      kind: unit.kind,
      numeralStart: first.start,
    })
    if (last !== first) i++
  }
  return out
}

function linked(text: string, end: number, nextStart: number): boolean {
  RANGE_LINK.lastIndex = end
  return RANGE_LINK.test(text) && RANGE_LINK.lastIndex === nextStart
}

interface UnitFound {
  end: number
  ranges: Range[]
  canonical: string
  kind: QuantityMatch['kind']
}

function unitAfter(text: string, numeral: NumeralMatch, to: number): UnitFound | null {
  const scale = numeral.scale ? [numeral.scale] : []
  UNIT.lastIndex = numeral.end
  const m = UNIT.exec(text)
  if (m && UNIT.lastIndex <= to) {
    const g = m.groups as Record<string, string | undefined>
    const written = (g.glued ?? g.word) as string
    const unitEnd = UNIT.lastIndex
    const unitStart = unitEnd - (g.per as string).length - written.length
    const per = (g.per as string)
      .replace(/[ \t]*\/[ \t]*/g, '/')
      .replace(/[ \t]+/g, ' ')
      .toLowerCase()
    const known = CANONICAL.get(canonicalize(written)) ?? { unit: written, measure: true }
    return {
      end: unitEnd,
      ranges: [...scale, { start: unitStart, end: unitEnd }],
      canonical: known.unit + per,
      kind: known.measure ? 'measure' : 'count',
    }
  }
  // A bare scale in a money context: "kinh phí hơn 2 tỷ".
  if (numeral.scale && numeral.factor >= 1e6) {
    const lead = text.slice(Math.max(0, numeral.start - 40), numeral.start)
    if (MONEY_BEFORE.test(lead)) return { end: numeral.end, ranges: scale, canonical: 'VND', kind: 'money' }
  }
  return null
}

function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12))
}
