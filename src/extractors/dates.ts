/**
 * Dates and periods of the article's content blocks (title, lead, body, headings, captions): site
 * chrome and bylines carry publication stamps, not facts. Relative days are resolved against
 * `doc.referenceDate`; "cùng ngày" (the same day) takes the day of the date before it.
 */
import { type Doc, type Range, sentencesOf, spanOf, textOf } from '../document.js'
import { type DateMatch, recognizeDates } from '../recognizers/date.js'
import { resolveDate } from '../recognizers/date-resolve.js'
import { recognizePeriods } from '../recognizers/period.js'
import type { DateMention, Period } from '../schema/records.js'

const NO_ENDS: ReadonlySet<number> = new Set()

export function extractDates(doc: Doc): { dates: DateMention[]; periods: Period[] } {
  const dates: DateMention[] = []
  const periods: Period[] = []
  for (const sentence of sentencesOf(doc)) {
    const text = doc.text.match.slice(sentence.start, sentence.end)
    const shift = (r: Range): Range => ({ start: sentence.start + r.start, end: sentence.start + r.end })
    const found = recognizeDates(text)
    const periodMatches = recognizePeriods(text, found)
    // Most sentences have no period: the set of their ends is made only for one that has.
    const endsBefore = periodMatches.length === 0 ? NO_ENDS : new Set(periodMatches.map((p) => p.end))
    for (const match of found) {
      if (modifiesPeriod(text, match, endsBefore)) continue
      dates.push(toMention(doc, match, shift, dates[dates.length - 1]))
    }
    for (const p of periodMatches) {
      const range = shift(p)
      // Written out rather than spread, in the record's order.
      const { kind, fromYear, fromMonth, toYear, toMonth } = p
      periods.push({
        text: textOf(doc, range),
        kind,
        fromYear,
        fromMonth,
        toYear,
        toMonth,
        span: spanOf(doc, range),
      })
    }
  }
  return { dates, periods }
}

function toMention(
  doc: Doc,
  match: DateMatch,
  shift: (r: Range) => Range,
  previous: DateMention | undefined,
): DateMention {
  const range = shift(match)
  const meaning = match.relative?.meaning ?? null
  let value = resolveDate(
    { day: match.day, month: match.month, year: match.year },
    meaning,
    doc.referenceDate,
  )
  if (meaning?.kind === 'sameDay' && previous !== undefined && previous.day !== null) {
    value = { day: previous.day, month: previous.month, year: previous.year, inferred: true }
  }
  return {
    text: textOf(doc, range),
    day: value.day,
    month: value.month,
    year: value.year,
    timeOfDay: match.timeOfDay,
    relative: match.relative === null ? null : textOf(doc, shift(match.relative)),
    inferred: value.inferred,
    span: spanOf(doc, range),
  }
}

/** "vừa qua" right after a period ("quý I vừa qua") is part of the period, not a day. */
function modifiesPeriod(text: string, match: DateMatch, periodEnds: ReadonlySet<number>): boolean {
  if (match.rule !== 'relative' || match.relative?.meaning.kind !== 'past') return false
  const gap = /[ \t]*$/.exec(text.slice(Math.max(0, match.start - 8), match.start))?.[0].length ?? 0
  return periodEnds.has(match.start - gap)
}
