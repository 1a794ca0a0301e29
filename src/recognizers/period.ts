/**
 * Periods: the stretch of time a figure or a plan is about.
 *
 *   year     "năm 2023"
 *   quarter  "quý I/2024" · "quý II năm 2024" · "quý 3"
 *   months   "6 tháng đầu năm 2024" · "9 tháng năm 2023" · "6 tháng cuối năm" · "từ đầu năm đến nay"
 *   half     "nửa đầu năm 2024" · "nửa cuối năm"
 *   month    "tháng 3/2024" · "tháng 3 năm 2024" · "tháng 10-2015" · "tháng 5"
 *   range    "giai đoạn 2021 - 2025" · "2021-2025" · "năm học 2023 - 2024" · "từ năm 2020 đến nay"
 *   term     "nhiệm kỳ 2020 - 2025"
 *
 * Months are filled only for periods measured in months; a period without a stated year keeps its
 * years null. Spans that are dates ("ngày 10 tháng 3 năm 2023") are not periods. Offsets are into the
 * string given, which should be the matching view (`doc.text.match`).
 */
import { MONTH_COUNT_WORDS, ROMAN_QUARTERS, TERM_HEADS } from '../lexicon/time-words.js'
import type { Period } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { type DateMatch, recognizeDates } from './date.js'
import { overlapTester } from './date-overlap.js'
import { MAX_YEAR, MIN_YEAR } from './date-resolve.js'
import { mayHoldPeriod, PERIOD, type PeriodGroups, periodGroups } from './period-pattern.js'
import { canonicalWord } from './relative-date.js'

export type PeriodValue = Omit<Period, 'text' | 'span'>

export interface PeriodMatch extends PeriodValue {
  start: number
  end: number
}

const COUNT_VALUES = new Map(Object.entries(MONTH_COUNT_WORDS).map(([w, n]) => [canonicalize(w), n]))
const TERMS = new Set(TERM_HEADS.map(canonicalize))
const ROMAN = new Map<string, number>(Object.entries(ROMAN_QUARTERS))

const yearOf = (s: string | undefined): number | null => {
  if (s === undefined) return null
  const year = Number(s)
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : Number.NaN
}

/** The value of one match, or null when it does not hold (month 13, years out of order). */
function resolvePeriod(g: PeriodGroups): PeriodValue | null {
  const span = (
    kind: Period['kind'],
    year: number | null,
    fromMonth: number | null,
    toMonth: number | null,
  ) => (Number.isNaN(year) ? null : { kind, fromYear: year, fromMonth, toYear: year, toMonth })
  if (g.quarter !== undefined) {
    const q = ROMAN.get(g.quarter.toLowerCase()) ?? Number(g.quarter)
    return span('quarter', yearOf(g.qy ?? g.qy2), 3 * q - 2, 3 * q)
  }
  if (g.count !== undefined) {
    const n = COUNT_VALUES.get(canonicalWord(g.count)) ?? Number(g.count)
    if (n < 1 || n > 12 || (g.countPart === undefined && g.cy === undefined)) return null
    const last = g.countPart !== undefined && g.first === undefined
    return span('months', yearOf(g.cy), last ? 13 - n : 1, last ? 12 : n)
  }
  if (g.half !== undefined) {
    const first = g.firstHalf !== undefined
    return span('half', yearOf(g.hy), first ? 1 : 7, first ? 6 : 12)
  }
  if (g.since !== undefined) {
    const value = span('months', yearOf(g.sy), 1, null)
    return value === null ? null : { ...value, toYear: null }
  }
  if (g.from !== undefined) {
    const from = yearOf(g.from)
    const to = g.to2 !== undefined && canonicalWord(g.to2) === 'nay' ? null : yearOf(g.to ?? g.to2)
    if (from === null || Number.isNaN(from) || Number.isNaN(to) || (to !== null && to <= from)) return null
    const kind = g.head !== undefined && TERMS.has(canonicalWord(g.head)) ? 'term' : 'range'
    return { kind, fromYear: from, fromMonth: null, toYear: to, toMonth: null }
  }
  if (g.month !== undefined) {
    const month = Number(g.month)
    return month < 1 || month > 12 ? null : span('month', yearOf(g.my ?? g.my2), month, month)
  }
  return span('year', yearOf(g.year), null, null)
}

/**
 * Periods in `text`, in order. Dates are recognized first (or passed in, when the caller already has
 * them) and nothing inside a date is a period.
 */
export function recognizePeriods(
  text: string,
  dates: readonly DateMatch[] = recognizeDates(text),
): PeriodMatch[] {
  const found: PeriodMatch[] = []
  if (!mayHoldPeriod(text)) return found
  const inDate = overlapTester(dates)
  for (const m of PERIOD.matchAll(text)) {
    const start = m.index
    const end = start + m[0].length
    if (inDate(start, end)) continue
    const value = resolvePeriod(periodGroups(m))
    if (value === null) continue
    // Written out rather than spread: this runs for every period of every sentence.
    const { kind, fromYear, fromMonth, toYear, toMonth } = value
    found.push({ start, end, kind, fromYear, fromMonth, toYear, toMonth })
  }
  return found
}
