// The public surface is small and deliberate: a new export is an API decision, so this list changes
// only together with the README's API section.
import { describe, expect, it } from 'vitest'
import * as bantin from '../src/index.js'

describe('public exports of bantin', () => {
  it('are exactly these', () => {
    expect(Object.keys(bantin).sort()).toEqual(
      [
        'adminLevelSchema',
        'approxSchema',
        'articleJsonSchema',
        'articleSchema',
        'awardSchema',
        'canonicalize',
        'dateMentionSchema',
        'datePartsSchema',
        'diagnosticSchema',
        'directionSchema',
        'eventSchema',
        'metricSchema',
        'officialSchema',
        'organizationKindSchema',
        'organizationSchema',
        'parseArticle',
        'parseDigits',
        'parseVietnameseNumber',
        'periodKindSchema',
        'periodSchema',
        'positionSchema',
        'rankingSchema',
        'readNumberWords',
        'segmentArticle',
        'spanSchema',
        'timeOfDaySchema',
      ].sort(),
    )
  })

  it('throws a TypeError with a clear message on a non-string', () => {
    // @ts-expect-error: API misuse on purpose
    expect(() => bantin.parseArticle(42)).toThrow(/expected the article text as a string, got a number/)
    // @ts-expect-error: API misuse on purpose
    expect(() => bantin.parseArticle(null)).toThrow(TypeError)
    // @ts-expect-error: API misuse on purpose
    expect(() => bantin.parseArticle(Buffer.from('x'))).toThrow(TypeError)
  })

  it('rejects an invalid referenceDate', () => {
    expect(() => bantin.parseArticle('x', { referenceDate: new Date('nope') })).toThrow(/referenceDate/)
    // @ts-expect-error: API misuse on purpose
    expect(() => bantin.parseArticle('x', null)).toThrow(
      /parseArticle: expected options to be an object, got null/,
    )
  })

  it('generates a JSON Schema of Article from the zod schema', () => {
    const schema = bantin.articleJsonSchema as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual(Object.keys(bantin.articleSchema.shape))
    expect(schema.required).toContain('officials')
  })
})
