import { describe, expect, it } from 'vitest'
import { findOrdinals, parseOrdinal, parseRoman } from '../src/recognizers/ordinal.js'
import { foldForMatching } from '../src/text/normalize.js'

const find = (text: string) => findOrdinals(foldForMatching(text))

/** Each example is one ordinal, the whole of it. */
const POSITIVES: [string, number, 'word' | 'digits' | 'roman'][] = [
  ['thứ Nhất', 1, 'word'],
  ['thứ nhất', 1, 'word'],
  ['thứ nhì', 2, 'word'],
  ['thứ hai', 2, 'word'],
  ['thứ ba', 3, 'word'],
  ['thứ tư', 4, 'word'],
  ['thứ năm', 5, 'word'],
  ['thứ sáu', 6, 'word'],
  ['thứ bảy', 7, 'word'],
  ['thứ tám', 8, 'word'],
  ['thứ chín', 9, 'word'],
  ['thứ mười', 10, 'word'],
  ['thứ 7', 7, 'digits'],
  ['thứ 15', 15, 'digits'],
  ['Thứ 2', 2, 'digits'],
  ['thứ II', 2, 'roman'],
  ['lần thứ VIII', 8, 'roman'],
  ['lần thứ XIII', 13, 'roman'],
  ['lần thứ 13', 13, 'digits'],
  ['khóa XX', 20, 'roman'],
  ['khoá XV', 15, 'roman'],
  ['Khóa IV', 4, 'roman'],
  ['Đại hội XIII', 13, 'roman'],
  ['giai đoạn II', 2, 'roman'],
]

const NEGATIVES = [
  'thứ vi',
  'thứ hạng',
  'khóa học',
  'lần thứ IIII',
  'thứ 0',
  'giải Nhất',
  'khóa xx',
  'hạng Ba',
]

describe('findOrdinals', () => {
  it.each(POSITIVES)('%s = %d', (text, value, form) => {
    const found = find(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ start: 0, end: text.length, value, form })
  })
  it.each(NEGATIVES)('%s is not an ordinal', (text) => {
    expect(find(text)).toEqual([])
  })
  it('keeps the head so callers can tell sessions from ranks', () => {
    expect(find('kỳ họp thứ 7')[0]?.head).toBe('thứ')
    expect(find('lần thứ VIII')[0]?.head).toBe('lần thứ')
  })
})

describe('parseRoman and parseOrdinal', () => {
  const romans: [string, number | null][] = [
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XL', 40],
    ['XC', 90],
    ['MCMXLV', 1945],
    ['IIII', null],
    ['VX', null],
    ['iv', null],
    ['', null],
  ]
  it.each(romans)('%s', (s, value) => expect(parseRoman(s)).toBe(value))
  it('reads words, digits and Roman numerals after "thứ"', () => {
    expect(parseOrdinal('Nhất')).toBe(1)
    expect(parseOrdinal('7')).toBe(7)
    expect(parseOrdinal('VIII')).toBe(8)
    expect(parseOrdinal('hạng')).toBeNull()
  })
})
