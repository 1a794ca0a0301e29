import { describe, expect, it } from 'vitest'
import { type DateMatch, recognizeDates } from '../src/recognizers/date.js'
import { resolveDate } from '../src/recognizers/date-resolve.js'
import { foldForMatching } from '../src/text/normalize.js'
import {
  DATE_NEGATIVES,
  DATE_POSITIVES,
  DATES_IN_CONTEXT,
  type Expected,
  RELATIVE_POSITIVES,
} from './date-cases.js'

// Recognizers read the matching view; it has the same length as the text, so offsets carry over.
const recognize = (text: string) => recognizeDates(foldForMatching(text))

function valueOfMatch(text: string, m: DateMatch): Expected {
  return {
    day: m.day,
    month: m.month,
    year: m.year,
    timeOfDay: m.timeOfDay,
    relative: m.relative === null ? null : text.slice(m.relative.start, m.relative.end),
  }
}

const withDefaults = (e: Expected): Expected => ({ timeOfDay: null, relative: null, ...e })

describe('recognizeDates: one date covering the whole example', () => {
  it.each([...DATE_POSITIVES, ...RELATIVE_POSITIVES])('%s', (text, expected) => {
    const found = recognize(text)
    expect(found).toHaveLength(1)
    const [m] = found as [DateMatch]
    expect(text.slice(m.start, m.end)).toBe(text)
    expect(valueOfMatch(text, m)).toEqual(withDefaults(expected))
    // Without a reference date nothing is filled in.
    const resolved = resolveDate(m, m.relative?.meaning ?? null, undefined)
    expect(resolved).toMatchObject({
      day: expected.day,
      month: expected.month,
      year: expected.year,
      inferred: false,
    })
  })
})

describe('recognizeDates: not dates', () => {
  it.each(DATE_NEGATIVES)('%s', (text) => {
    expect(recognize(text).map((m) => text.slice(m.start, m.end))).toEqual([])
  })
})

describe('recognizeDates: dates in running text', () => {
  it.each(DATES_IN_CONTEXT)('%s', (text, expected) => {
    const found = recognize(text)
    expect(found.map((m) => [text.slice(m.start, m.end), valueOfMatch(text, m)])).toEqual(
      expected.map(([t, e]) => [t, withDefaults(e)]),
    )
  })
})

describe('recognizeDates on hostile input', () => {
  it('stays linear on long runs of digits, separators and cue words', () => {
    const inputs = [
      '1/'.repeat(20000),
      '1.1.'.repeat(20000),
      'ngày '.repeat(20000),
      'sáng nay ('.repeat(20000),
      '12 - '.repeat(20000),
      'thứ hai, '.repeat(20000),
    ]
    for (const input of inputs) {
      const started = performance.now()
      recognizeDates(input)
      expect(performance.now() - started).toBeLessThan(1500)
    }
  })
})
