import { describe, expect, it } from 'vitest'
import { type PeriodMatch, type PeriodValue, recognizePeriods } from '../src/recognizers/period.js'
import { foldForMatching } from '../src/text/normalize.js'

const recognize = (text: string) => recognizePeriods(foldForMatching(text))
const p = (
  kind: PeriodValue['kind'],
  fromYear: number | null,
  fromMonth: number | null,
  toYear: number | null,
  toMonth: number | null,
): PeriodValue => ({ kind, fromYear, fromMonth, toYear, toMonth })

const POSITIVES: [string, PeriodValue][] = [
  ['năm 2023', p('year', 2023, null, 2023, null)],
  ['Năm 2024', p('year', 2024, null, 2024, null)],
  ['năm 1945', p('year', 1945, null, 1945, null)],
  ['quý I/2024', p('quarter', 2024, 1, 2024, 3)],
  ['quý II năm 2024', p('quarter', 2024, 4, 2024, 6)],
  ['quý III-2023', p('quarter', 2023, 7, 2023, 9)],
  ['quý IV', p('quarter', null, 10, null, 12)],
  ['quý 1/2025', p('quarter', 2025, 1, 2025, 3)],
  ['Qúy 4 2024', p('quarter', 2024, 10, 2024, 12)],
  ['6 tháng đầu năm 2024', p('months', 2024, 1, 2024, 6)],
  ['9 tháng năm 2023', p('months', 2023, 1, 2023, 9)],
  ['6 tháng cuối năm', p('months', null, 7, null, 12)],
  ['6 tháng cuối năm 2024', p('months', 2024, 7, 2024, 12)],
  ['sáu tháng đầu năm', p('months', null, 1, null, 6)],
  ['3 tháng đầu năm', p('months', null, 1, null, 3)],
  ['03 tháng cuối năm 2023', p('months', 2023, 10, 2023, 12)],
  ['11 tháng năm 2023', p('months', 2023, 1, 2023, 11)],
  ['chín tháng đầu năm 2022', p('months', 2022, 1, 2022, 9)],
  ['từ đầu năm đến nay', p('months', null, 1, null, null)],
  ['từ đầu năm 2024 đến nay', p('months', 2024, 1, null, null)],
  ['nửa đầu năm 2024', p('half', 2024, 1, 2024, 6)],
  ['nửa cuối năm', p('half', null, 7, null, 12)],
  ['tháng 3/2024', p('month', 2024, 3, 2024, 3)],
  ['tháng 3 năm 2024', p('month', 2024, 3, 2024, 3)],
  ['tháng 10-2015', p('month', 2015, 10, 2015, 10)],
  ['tháng 02/2022', p('month', 2022, 2, 2022, 2)],
  ['tháng 5', p('month', null, 5, null, 5)],
  ['giai đoạn 2021 – 2025', p('range', 2021, null, 2025, null)],
  ['giai đoạn 2021-2025', p('range', 2021, null, 2025, null)],
  ['2021-2025', p('range', 2021, null, 2025, null)],
  ['2021 - 2025', p('range', 2021, null, 2025, null)],
  ['năm học 2023 – 2024', p('range', 2023, null, 2024, null)],
  ['niên khóa 2020 - 2024', p('range', 2020, null, 2024, null)],
  ['thời kỳ 2016 – 2020', p('range', 2016, null, 2020, null)],
  ['năm 2023 - 2024', p('range', 2023, null, 2024, null)],
  ['từ năm 2021 đến năm 2025', p('range', 2021, null, 2025, null)],
  ['từ năm 2020 đến nay', p('range', 2020, null, null, null)],
  ['nhiệm kỳ 2020 – 2025', p('term', 2020, null, 2025, null)],
  ['nhiệm kỳ 2021-2026', p('term', 2021, null, 2026, null)],
  ['NHIỆM KỲ 2015 - 2020', p('term', 2015, null, 2020, null)],
]

const NEGATIVES = [
  '2023',
  'số 2023',
  'năm 20234',
  'tháng 13',
  'tháng 0',
  'quý V',
  '6 tháng',
  'trong 5 năm qua',
  '05 ngày',
  '15 tháng năm 2023',
  '1900-1234',
  '2025-2021',
  'ngày 10 tháng 3 năm 2023',
  '22/12/1944 – 22/12/2023',
  '10/3/2023',
  '09/2023/TT-BGDĐT',
  '100/2019/NĐ-CP',
  'Quyết định số 1632/QĐ-UBND',
  'Cách mạng Tháng Tám',
  '45 tuổi',
  'khóa XX',
  'kỳ họp thứ 7',
]

const IN_CONTEXT: [string, [string, PeriodValue][]][] = [
  [
    'tổng kết công tác năm 2023, phương hướng nhiệm vụ năm 2024',
    [
      ['năm 2023', p('year', 2023, null, 2023, null)],
      ['năm 2024', p('year', 2024, null, 2024, null)],
    ],
  ],
  ['tăng hơn 5% so với cùng kỳ năm 2022', [['năm 2022', p('year', 2022, null, 2022, null)]]],
  [
    'Đại hội Đảng bộ xã lần thứ XX, nhiệm kỳ 2020-2025',
    [['nhiệm kỳ 2020-2025', p('term', 2020, null, 2025, null)]],
  ],
  [
    'Quyết định số 12 ngày 10 tháng 3 năm 2023 về kế hoạch năm 2024',
    [['năm 2024', p('year', 2024, null, 2024, null)]],
  ],
  ['kỷ niệm 93 năm (1930-2023)', [['1930-2023', p('range', 1930, null, 2023, null)]]],
  [
    'quy hoạch giai đoạn 2021 - 2030, tầm nhìn đến năm 2050',
    [
      ['giai đoạn 2021 - 2030', p('range', 2021, null, 2030, null)],
      ['năm 2050', p('year', 2050, null, 2050, null)],
    ],
  ],
  ['6 tháng đầu năm nay, thu ngân sách đạt 60%', [['6 tháng đầu năm', p('months', null, 1, null, 6)]]],
]

const valueOfMatch = ({ start: _s, end: _e, ...value }: PeriodMatch): PeriodValue => value

describe('recognizePeriods: one period covering the whole example', () => {
  it.each(POSITIVES)('%s', (text, expected) => {
    const found = recognize(text)
    expect(found).toHaveLength(1)
    const [m] = found as [PeriodMatch]
    expect(text.slice(m.start, m.end)).toBe(text)
    expect(valueOfMatch(m)).toEqual(expected)
  })
})

describe('recognizePeriods: not periods', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(recognize(text).map((m) => text.slice(m.start, m.end))).toEqual([])
  })
})

describe('recognizePeriods: periods in running text', () => {
  it.each(IN_CONTEXT)('%s', (text, expected) => {
    expect(recognize(text).map((m) => [text.slice(m.start, m.end), valueOfMatch(m)])).toEqual(expected)
  })
  it('stays linear on hostile input', () => {
    for (const input of [
      'năm '.repeat(20000),
      '2021 - '.repeat(20000),
      'quý I/'.repeat(20000),
      '6 tháng '.repeat(20000),
    ]) {
      const started = performance.now()
      recognizePeriods(input)
      expect(performance.now() - started).toBeLessThan(1500)
    }
  })
})
