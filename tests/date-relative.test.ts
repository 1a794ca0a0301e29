import { describe, expect, it } from 'vitest'
import { type DateMatch, recognizeDates } from '../src/recognizers/date.js'
import { resolveDate } from '../src/recognizers/date-resolve.js'
import { foldForMatching } from '../src/text/normalize.js'
import { RESOLVED } from './date-cases.js'

describe('resolveDate: relative days against a reference date', () => {
  it.each(RESOLVED)('%s on %s', (text, reference, expected) => {
    const found = recognizeDates(foldForMatching(text))
    expect(found).toHaveLength(1)
    const [m] = found as [DateMatch]
    expect(text.slice(m.start, m.end)).toBe(text)
    const resolved = resolveDate(m, m.relative?.meaning ?? null, new Date(reference))
    expect(resolved).toEqual({
      day: expected.day,
      month: expected.month,
      year: expected.year,
      inferred: expected.inferred,
    })
    if (expected.timeOfDay !== undefined) expect(m.timeOfDay).toBe(expected.timeOfDay)
  })

  it('reads the reference as a calendar day in Vietnam time', () => {
    const [m] = recognizeDates('hôm nay') as [DateMatch]
    // 20:00 UTC on 8 October is already 9 October in Vietnam.
    expect(resolveDate(m, m.relative?.meaning ?? null, new Date('2023-10-08T20:00:00Z'))).toMatchObject({
      day: 9,
      month: 10,
    })
  })

  it('keeps stated parts over the reference date', () => {
    const [m] = recognizeDates('sáng nay (9/10)') as [DateMatch]
    expect(resolveDate(m, m.relative?.meaning ?? null, new Date('2023-10-12'))).toEqual({
      day: 9,
      month: 10,
      year: 2023,
      inferred: true,
    })
  })

  it('takes 29 February only in a leap year', () => {
    const [m] = recognizeDates('ngày 29/2 vừa qua') as [DateMatch]
    expect(resolveDate(m, m.relative?.meaning ?? null, new Date('2025-03-01'))).toMatchObject({ year: 2024 })
  })
})
