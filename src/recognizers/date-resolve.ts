/**
 * Calendar arithmetic for dates: validity, and filling the parts a relative word leaves to the
 * reference date. The reference date is read as a calendar day in Vietnam time (UTC+7), the clock of
 * the articles, so `new Date('2023-10-09')` is 9 October wherever the parser runs.
 */
import type { RelativeMeaning } from './relative-date.js'

export interface DateValue {
  day: number | null
  month: number | null
  year: number | null
}

export interface ResolvedDate extends DateValue {
  /** True when a part was filled from the reference date rather than stated. */
  inferred: boolean
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000
const DAY_MS = 86400 * 1000
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export const MIN_YEAR = 1000
export const MAX_YEAR = 2199

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** A day and month that exist (in `year` when known; 29 February when it is not). */
export function isValidDate(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return false
  if (month === 2 && day === 29 && year !== null) return isLeapYear(year)
  return day <= (DAYS_IN_MONTH[month - 1] as number)
}

/** Midnight UTC of the reference's calendar day in Vietnam. */
function referenceDay(reference: Date): number {
  const local = new Date(reference.getTime() + VIETNAM_OFFSET_MS)
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
}

const partsOf = (t: number): DateValue => {
  const d = new Date(t)
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() }
}

/** The parts two days share: the same month and year, or only the year, or nothing. */
function commonParts(first: number, last: number): DateValue {
  const a = partsOf(first)
  const b = partsOf(last)
  return {
    day: a.day === b.day && a.month === b.month && a.year === b.year ? a.day : null,
    month: a.month === b.month && a.year === b.year ? a.month : null,
    year: a.year === b.year ? a.year : null,
  }
}

/** The year that puts day/month nearest to `target` (before it for 'past', after for 'future'). */
function yearFor(day: number, month: number, target: number, way: 'near' | 'past' | 'future'): number | null {
  const year = new Date(target).getUTCFullYear()
  let best: number | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of [year - 1, year, year + 1]) {
    if (!isValidDate(day, month, candidate)) continue
    const delta = Date.UTC(candidate, month - 1, day) - target
    if ((way === 'past' && delta > 0) || (way === 'future' && delta < 0)) continue
    if (Math.abs(delta) < bestDistance) {
      best = candidate
      bestDistance = Math.abs(delta)
    }
  }
  return best
}

/** Monday of the week of `t`. */
const mondayOf = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS

/**
 * Fill what a relative word implies. Stated parts always win: "sáng nay (9/10)" keeps 9/10 and takes
 * only the year from the reference. `sameDay` is left to the caller, which knows the previous date.
 */
export function resolveDate(
  { day, month, year }: DateValue,
  meaning: RelativeMeaning | null,
  reference: Date | undefined,
): ResolvedDate {
  const stated = { day, month, year }
  const unchanged = { day, month, year, inferred: false }
  if (meaning === null || reference === undefined || meaning.kind === 'sameDay') return unchanged
  if (stated.year !== null) return unchanged
  const today = referenceDay(reference)
  if (stated.day !== null && stated.month !== null) {
    let year: number | null
    if (meaning.kind === 'thisYear') year = new Date(today).getUTCFullYear()
    else if (meaning.kind === 'past' || meaning.kind === 'future')
      year = yearFor(stated.day, stated.month, today, meaning.kind)
    else {
      const target = meaning.kind === 'day' ? today + meaning.offset * DAY_MS : today
      year = yearFor(stated.day, stated.month, target, 'near')
    }
    return year === null ? unchanged : { ...stated, year, inferred: true }
  }
  if (meaning.kind === 'day') return { ...partsOf(today + meaning.offset * DAY_MS), inferred: true }
  if (meaning.kind === 'week') {
    const [first, last] =
      meaning.offset === 'past7'
        ? [today - 7 * DAY_MS, today - DAY_MS]
        : [mondayOf(today) + meaning.offset * 7 * DAY_MS, mondayOf(today) + (meaning.offset * 7 + 6) * DAY_MS]
    const parts = commonParts(first, last)
    return { ...parts, inferred: parts.year !== null }
  }
  if (meaning.kind === 'thisYear')
    return { ...stated, year: new Date(today).getUTCFullYear(), inferred: true }
  return unchanged
}
