/**
 * Calendar dates as Vietnamese news writes them, with what leads them: a part of the day, a relative
 * word, a weekday, "ngày".
 *
 *   "10/3/2023" · "14.5.2011" · "10-3-2023" · "ngày 10 tháng 3 năm 2023" · "Ngày 17 - 9"
 *   "Chiều 22/8" · "sáng ngày 22/12" · "sáng nay (9/10)" · "Hôm qua 12.5" · "sáng thứ Hai, ngày 12/5"
 *   "ngày 9/10 vừa qua" · "ngày 28 và 29/5" (two dates) · "22/12/1944 - 22/12/2023" (two dates)
 *
 * A day and month without a year look like fractions, scores and decimals ("3/5 xã", "9/10 điểm",
 * "tăng 12.5%"), so they count only with a cue: a word before them ("ngày", "sáng", "hôm qua", a
 * weekday), parentheses around them, a date they continue, or standing alone. Years alone are periods
 * (./period.ts); clock times ("lúc 8 giờ 30") are not dates. Offsets are into the string given, which
 * should be the matching view (`doc.text.match`).
 */
import type { TimeOfDay } from '../schema/records.js'
import { overlapTester } from './date-overlap.js'
import {
  DATE,
  type DateGroups,
  dateGroups,
  FRACTION_AFTER,
  JOINER,
  LEAD_DAY,
  standsAlone,
} from './date-pattern.js'
import { isValidDate } from './date-resolve.js'
import {
  dateSuffixOf,
  type RelativeMeaning,
  recognizeRelativeDates,
  relativeAfterTimeOfDay,
  relativeDayOf,
  timeOfDayOf,
} from './relative-date.js'

export interface DateMatch {
  start: number
  end: number
  day: number | null
  month: number | null
  year: number | null
  timeOfDay: TimeOfDay | null
  /** Offsets of the relative word ("sáng nay", "vừa qua") when there is one. */
  relative: { start: number; end: number; meaning: RelativeMeaning } | null
  /** Which rule found it. */
  rule: 'numeric' | 'words' | 'coordinated' | 'relative'
}

const lengthOf = (group: string | undefined) => group?.length ?? 0

/** Calendar dates and relative days in `text`, in order, without overlaps. */
export function recognizeDates(text: string): DateMatch[] {
  const found: DateMatch[] = []
  let previousEnd = -1
  for (const m of DATE.matchAll(text)) {
    const g = dateGroups(m)
    const parts = statedParts(g)
    if (parts === null) continue
    const start = m.index
    const end = start + m[0].length
    // After the core come only the closing parenthesis and the suffix.
    const coreEnd = end - lengthOf(g.close) - lengthOf(g.suffixPart)
    const coreStart = coreEnd - lengthOf(g.core)
    const hasLead =
      g.tod !== undefined || g.dayRel !== undefined || g.weekday !== undefined || g.dayNoun !== undefined
    const opened = g.open ?? g.open2
    const balanced = opened !== undefined && g.close !== undefined
    const leadFrom = Math.max(0, start - 24)
    const lead = LEAD_DAY.exec(text.slice(leadFrom, start))
    const cued =
      parts.year !== null ||
      hasLead ||
      balanced ||
      lead !== null ||
      (previousEnd >= 0 && previousEnd <= start && JOINER.test(text.slice(previousEnd, start))) ||
      (g.s1 === '/' && standsAlone(text, start, coreEnd))
    if (!cued || (parts.year === null && FRACTION_AFTER.test(text.slice(coreEnd, coreEnd + 24)))) continue
    const relative = relativeOf(g, start, end)
    if (relative === undefined) continue
    if (lead !== null && lead.groups?.day !== undefined) {
      const day = Number(lead.groups.day)
      if (isValidDate(day, parts.month, parts.year)) {
        found.push({
          day,
          month: parts.month,
          year: parts.year,
          start: leadFrom + lead.index,
          // the joiner ("và", ",", "-"…) ends the lead, which ends where the date starts
          end: leadFrom + lead.index + lead[0].length - lengthOf(lead.groups.joiner),
          timeOfDay: null,
          relative: null,
          rule: 'coordinated',
        })
      }
    }
    // A parenthesis without its pair stays outside the span.
    let spanStart = start
    if (!balanced && g.open !== undefined && g.tod === undefined && g.dayRel === undefined) {
      // nothing stands before the parenthesis then
      spanStart = start + g.open.length
    } else if (!balanced && g.open2 !== undefined && !hasLead) spanStart = coreStart
    const spanEnd = g.suffix !== undefined ? end : balanced ? coreEnd + lengthOf(g.close) : coreEnd
    found.push({
      day: parts.day,
      month: parts.month,
      year: parts.year,
      start: spanStart,
      end: spanEnd,
      timeOfDay: g.tod === undefined ? null : timeOfDayOf(g.tod),
      relative,
      rule: g.wd === undefined ? 'numeric' : 'words',
    })
    previousEnd = spanEnd
  }
  return mergeRelatives(text, found)
}

function statedParts(g: DateGroups): { day: number; month: number; year: number | null } | null {
  const day = Number(g.d ?? g.wd)
  const month = Number(g.m ?? g.wm)
  const rawYear = g.y ?? g.wy
  const year = rawYear === undefined ? null : Number(rawYear)
  // "10/3-2023" mixes separators: not one date.
  if (g.s2 !== undefined && g.s2.trim() !== (g.s1 ?? '').trim()) return null
  return isValidDate(day, month, year) ? { day, month, year } : null
}

/**
 * The relative word of a match from `start` to `end`: null for none, undefined when the lead does not
 * read as a day. A part of the day or a relative day opens the match; a suffix closes it.
 */
function relativeOf(g: DateGroups, start: number, end: number): DateMatch['relative'] | undefined {
  let meaning: RelativeMeaning | null = null
  let range: [number, number] | undefined
  if (g.todRel !== undefined) {
    meaning = relativeAfterTimeOfDay(g.tod as string, g.todRel)
    if (meaning === null) return undefined
    range = [start, start + lengthOf(g.todPart)]
  } else if (g.dayRel !== undefined) {
    meaning = relativeDayOf(g.dayRel)
    range = [start, start + g.dayRel.length]
  } else if (g.suffix !== undefined) {
    meaning = dateSuffixOf(g.suffix)
    range = [end - g.suffix.length, end]
  }
  if (meaning === null || range === undefined) return null
  return { start: range[0], end: range[1], meaning }
}

/** Relative days that stand alone join the list where no date covers them. */
function mergeRelatives(text: string, dates: DateMatch[]): DateMatch[] {
  const all = [...dates]
  const covered = overlapTester(dates)
  for (const r of recognizeRelativeDates(text)) {
    if (covered(r.start, r.end)) continue
    all.push({
      start: r.start,
      end: r.end,
      day: null,
      month: null,
      year: null,
      timeOfDay: r.timeOfDay,
      relative: { start: r.start, end: r.end, meaning: r.meaning },
      rule: 'relative',
    })
  }
  return all.sort((a, b) => a.start - b.start)
}
