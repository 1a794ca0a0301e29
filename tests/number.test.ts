import { describe, expect, it } from 'vitest'
import { findNumerals } from '../src/recognizers/number.js'
import { foldForMatching } from '../src/text/normalize.js'

const find = (text: string) => {
  const match = foldForMatching(text.normalize('NFC'))
  return findNumerals(match).map((n) => ({
    text: match.slice(n.start, n.end),
    start: n.start,
    end: n.end,
    value: n.value,
    written: n.written,
    scale: n.scale ? match.slice(n.scale.start, n.scale.end) : null,
  }))
}

/** Each example is one numeral, the whole of it: [text, value, written, scale words]. */
const POSITIVES: [string, number, number, string | null][] = [
  ['5', 5, 5, null],
  ['03', 3, 3, null],
  ['5,2', 5.2, 5.2, null],
  ['1.234', 1234, 1234, null],
  ['1.234,5', 1234.5, 1234.5, null],
  ['12.000', 12000, 12000, null],
  ['126.622', 126622, 126622, null],
  ['2021', 2021, 2021, null],
  ['1,2 triệu', 1_200_000, 1.2, 'triệu'],
  ['80,3 triệu', 80_300_000, 80.3, 'triệu'],
  ['3 nghìn', 3000, 3, 'nghìn'],
  ['3 nghìn tỷ', 3e12, 3, 'nghìn tỷ'],
  ['2.715,4 tỷ', 2_715_400_000_000, 2715.4, 'tỷ'],
  ['500 nghìn', 500_000, 500, 'nghìn'],
  ['119 tỷ 214 triệu', 119_214_000_000, 119.214, 'tỷ'],
  ['2 triệu rưỡi', 2_500_000, 2.5, 'triệu'],
  ['hai mươi sáu', 26, 26, null],
  ['mười bốn', 14, 14, null],
  ['một trăm linh năm', 105, 105, null],
  ['hai', 2, 2, null],
  ['ba', 3, 3, null],
  ['Mười hai', 12, 12, null],
  ['năm trăm nghìn', 500_000, 500, 'nghìn'],
  ['hai triệu', 2_000_000, 2, 'triệu'],
  ['một trăm', 100, 100, null],
]

/** Texts with no numeral in them (years, dates, codes, names, phones, vague and lone words). */
const NEGATIVES = [
  '163/QĐ-UBND',
  '03-CT/TW',
  'Nghị quyết 15-NQ/TU',
  '100/2019/NĐ-CP',
  'số 12/KH-UBND',
  '0912.345.678',
  '0912 345 678',
  '(0237) 3822 123',
  '0912345678',
  '+84 912 345 678',
  'ngày 12.5',
  'Hôm qua 12.5',
  'sáng 9/10',
  '14.5.2011',
  '10/3/2023',
  '10-3-2023',
  'tháng 10/2023',
  'năm 2023',
  'Năm 2024',
  'giai đoạn 2021-2025',
  'nhiệm kỳ 2020 – 2025',
  'năm học 2023-2024',
  'Sư đoàn 324',
  'Quốc lộ 1A',
  'thôn 5',
  'Cụm thi đua số 6',
  'Khu phố 3',
  'Covid-19',
  'lúc 7h30',
  'thứ 7',
  'thứ hai',
  'lần thứ 13',
  'kỳ họp thứ 7',
  'hạng Ba',
  'Chương trình 135',
  'Nghị quyết 15',
  'Ban Chỉ đạo 389',
  'Ban chỉ đạo 138',
  'Trưởng Ban chỉ đạo 389 Quốc gia',
  'Chỉ huy Đoàn 32 Bộ Quốc phòng',
  'một số',
  'năm',
  'hàng trăm',
  'hàng nghìn',
  'vài chục',
  'nghìn',
  'không',
  'Ba Đình',
  'Hai Bà Trưng',
  'Năm Căn',
  'tư nhân',
]

describe('findNumerals: each example is one numeral', () => {
  it.each(POSITIVES)('%s', (text, value, written, scale) => {
    const found = find(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ start: 0, end: foldForMatching(text).length, value, written, scale })
  })
})

describe('findNumerals: not numbers', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(find(text)).toEqual([])
  })
})

describe('findNumerals in running text', () => {
  const cases: [string, string[]][] = [
    ['tăng hơn 5% so với cùng kỳ năm 2022', ['5']],
    ['hơn 3 nghìn người', ['3 nghìn']],
    ['Quyết định số 1632/QĐ-UBND ngày 22/5/2020 tặng 14 tập thể', ['14']],
    ['Năm 2023 huyện có 5 xã', ['5']],
    ['hai mươi năm qua', ['hai mươi']],
    ['5.775/8.227 xã (chiếm 70,2%)', ['5.775', '8.227', '70,2']],
    ['tăng 6.5%', ['6.5']],
    ['20km đường', ['20']],
    ['từ 5 đến 7%', ['5', '7']],
    ['tổng số 150 hộ', ['150']],
    ['Thôn 5 xã Minh Sơn có hai mươi sáu hộ', ['hai mươi sáu']],
    ['Liên hệ 0912.345.678 hoặc 500 hộ', ['500']],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(find(text).map((n) => n.text)).toEqual(expected.map((e) => foldForMatching(e)))
  })
})
