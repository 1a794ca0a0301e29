import { describe, expect, it } from 'vitest'
import { parseDigits, parseVietnameseNumber, readNumberWords } from '../src/index.js'

/** Whole-string numerals: parseVietnameseNumber must read each to exactly this value. */
const NUMERALS: [string, number][] = [
  ['5,2', 5.2],
  ['1.234', 1234],
  ['1.234,5', 1234.5],
  ['03', 3],
  ['0,5', 0.5],
  ['12.000', 12000],
  ['1.234.567', 1234567],
  ['126.622', 126622],
  ['2.715,4', 2715.4],
  ['24,023', 24.023],
  ['1,2 triệu', 1_200_000],
  ['80,3 triệu', 80_300_000],
  ['3 nghìn', 3000],
  ['3 ngàn', 3000],
  ['3 nghìn tỷ', 3e12],
  ['3 nghìn tỉ', 3e12],
  ['2 vạn', 20000],
  ['119 tỷ 214 triệu', 119_214_000_000],
  ['2 triệu 500 nghìn', 2_500_000],
  ['2 triệu rưỡi', 2_500_000],
  ['một', 1],
  ['mười', 10],
  ['mười bốn', 14],
  ['mười lăm', 15],
  ['mười nhăm', 15],
  ['hai mươi', 20],
  ['hai mươi mốt', 21],
  ['hai mươi sáu', 26],
  ['ba mươi tư', 34],
  ['bốn mươi lăm', 45],
  ['chín mươi chín', 99],
  ['một trăm', 100],
  ['một trăm linh năm', 105],
  ['một trăm lẻ tám', 108],
  ['một trăm hai mươi', 120],
  ['hai trăm năm mươi', 250],
  ['một trăm rưỡi', 150],
  ['hai nghìn rưỡi', 2500],
  ['một nghìn không trăm năm mươi', 1050],
  ['năm trăm nghìn', 500_000],
  ['hai triệu ba trăm nghìn', 2_300_000],
  ['một nghìn hai trăm tỷ', 1.2e12],
  ['Hai Mươi Sáu', 26],
  ['bẩy', 7],
]

const NOT_NUMERALS = [
  '',
  'abc',
  '12.5',
  '1,234.5',
  '1.23',
  '5%',
  'mươi',
  'mốt',
  'lăm',
  'năm mốt hai',
  'hai ba',
  'linh năm',
  'rưỡi',
  'một hai ba',
  'mười mười',
  '3 năm',
]

describe('parseVietnameseNumber', () => {
  it.each(NUMERALS)('%s = %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value)
  })
  it.each(NOT_NUMERALS)('%j is not a numeral', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull()
  })
})

describe('readNumberWords and parseDigits', () => {
  it('reads words but leaves bare digits to parseDigits', () => {
    expect(readNumberWords('hai mươi sáu')).toBe(26)
    expect(readNumberWords('26')).toBeNull()
    expect(parseDigits('26')).toBe(26)
    expect(parseDigits('hai mươi sáu')).toBeNull()
  })
  it('folds tone style and case', () => {
    expect(readNumberWords('MƯỜI BỐN')).toBe(14)
  })
})
