/**
 * The date corpus: examples composed in the genre, shared by tests/date*.test.ts and by
 * bench/chrono-compare.ts. Positives must give exactly one date covering the whole example with the
 * value shown; negatives must give none; examples in context give exactly the dates listed.
 */
import type { TimeOfDay } from '../src/schema/records.js'

export interface Expected {
  day: number | null
  month: number | null
  year: number | null
  timeOfDay?: TimeOfDay | null
  /** The relative word as written, when there is one. */
  relative?: string | null
}

const d = (
  day: number | null,
  month: number | null,
  year: number | null,
  more: Partial<Expected> = {},
): Expected => ({
  day,
  month,
  year,
  ...more,
})

/** Stated dates: no reference date needed, nothing inferred. */
export const DATE_POSITIVES: [string, Expected][] = [
  ['10/3/2023', d(10, 3, 2023)],
  ['9/10', d(9, 10, null)],
  ['14.5.2011', d(14, 5, 2011)],
  ['10-3-2023', d(10, 3, 2023)],
  ['ngày 10 tháng 3 năm 2023', d(10, 3, 2023)],
  ['ngày 10/3', d(10, 3, null)],
  ['(9/10)', d(9, 10, null)],
  ['Chiều 22/8', d(22, 8, null, { timeOfDay: 'afternoon' })],
  ['sáng nay (9/10)', d(9, 10, null, { timeOfDay: 'morning', relative: 'sáng nay' })],
  ['sáng ngày 22/12', d(22, 12, null, { timeOfDay: 'morning' })],
  ['ngày 12.5', d(12, 5, null)],
  ['Hôm qua 12.5', d(12, 5, null, { relative: 'Hôm qua' })],
  ['Ngày 17 – 9', d(17, 9, null)],
  ['Ngày 28-10', d(28, 10, null)],
  ['Sáng 21-1', d(21, 1, null, { timeOfDay: 'morning' })],
  ['Tối ngày 4 tháng 10', d(4, 10, null, { timeOfDay: 'evening' })],
  ['Ngày 02 tháng 01 năm 2020', d(2, 1, 2020)],
  ['Sáng nay (01.8)', d(1, 8, null, { timeOfDay: 'morning', relative: 'Sáng nay' })],
  ['chiều nay 9/7', d(9, 7, null, { timeOfDay: 'afternoon', relative: 'chiều nay' })],
  ['Trưa 15/6', d(15, 6, null, { timeOfDay: 'noon' })],
  ['Đêm 30/4', d(30, 4, null, { timeOfDay: 'night' })],
  ['tối 31-12', d(31, 12, null, { timeOfDay: 'evening' })],
  ['Sáng thứ Hai, ngày 12/5', d(12, 5, null, { timeOfDay: 'morning' })],
  ['thứ Sáu (20/10)', d(20, 10, null)],
  ['hôm 9/10', d(9, 10, null)],
  ['mùng 2/9', d(2, 9, null)],
  ['rạng sáng 10/3', d(10, 3, null, { timeOfDay: 'morning' })],
  ['ngày 9/10 vừa qua', d(9, 10, null, { relative: 'vừa qua' })],
  ['ngày 15/10 tới', d(15, 10, null, { relative: 'tới' })],
  ['ngày 10/3 năm nay', d(10, 3, null, { relative: 'năm nay' })],
  ['22/5/2020', d(22, 5, 2020)],
  ['01.8.1930', d(1, 8, 1930)],
  ['NGÀY 10/3/2023', d(10, 3, 2023)],
  ['ngày 29/2/2024', d(29, 2, 2024)],
  ['chiều hôm qua (8/10)', d(8, 10, null, { timeOfDay: 'afternoon', relative: 'chiều hôm qua' })],
  ['10 tháng 3 năm 2023', d(10, 3, 2023)],
  ['buổi sáng ngày 5/9', d(5, 9, null, { timeOfDay: 'morning' })],
  ['đầu giờ chiều 6/11', d(6, 11, null, { timeOfDay: 'afternoon' })],
  ['hôm nay, 9/10', d(9, 10, null, { relative: 'hôm nay' })],
  ['Ngày 19 - 12', d(19, 12, null)],
  ['ngày 05/9/2023', d(5, 9, 2023)],
  ['Chiều ngày 20/5', d(20, 5, null, { timeOfDay: 'afternoon' })],
  ['Sáng nay (ngày 9/10)', d(9, 10, null, { timeOfDay: 'morning', relative: 'Sáng nay' })],
  ['(thứ Hai, 9/10)', d(9, 10, null)],
  ['Sáng nay 4-7', d(4, 7, null, { timeOfDay: 'morning', relative: 'Sáng nay' })],
  ['Sáng 28.5', d(28, 5, null, { timeOfDay: 'morning' })],
  ['sáng ngày 10-12', d(10, 12, null, { timeOfDay: 'morning' })],
]

/** Relative days standing alone: without a reference date every part stays null. */
export const RELATIVE_POSITIVES: [string, Expected][] = [
  ['sáng nay', d(null, null, null, { timeOfDay: 'morning', relative: 'sáng nay' })],
  ['hôm qua', d(null, null, null, { relative: 'hôm qua' })],
  ['hôm nay', d(null, null, null, { relative: 'hôm nay' })],
  ['ngày mai', d(null, null, null, { relative: 'ngày mai' })],
  ['tuần qua', d(null, null, null, { relative: 'tuần qua' })],
  ['tối qua', d(null, null, null, { timeOfDay: 'evening', relative: 'tối qua' })],
  ['Chiều hôm qua', d(null, null, null, { timeOfDay: 'afternoon', relative: 'Chiều hôm qua' })],
  ['đêm qua', d(null, null, null, { timeOfDay: 'night', relative: 'đêm qua' })],
  ['chiều cùng ngày', d(null, null, null, { timeOfDay: 'afternoon', relative: 'chiều cùng ngày' })],
  ['Vừa qua', d(null, null, null, { relative: 'Vừa qua' })],
  ['tuần tới', d(null, null, null, { relative: 'tuần tới' })],
  ['hôm kia', d(null, null, null, { relative: 'hôm kia' })],
  ['trưa nay', d(null, null, null, { timeOfDay: 'noon', relative: 'trưa nay' })],
  ['sáng mai', d(null, null, null, { timeOfDay: 'morning', relative: 'sáng mai' })],
  ['ngày hôm qua', d(null, null, null, { relative: 'ngày hôm qua' })],
]

/** No date at all: years and periods, document numbers, fractions, decimals, scores, clock times. */
export const DATE_NEGATIVES: string[] = [
  'năm 2023',
  '2023',
  'quý I/2024',
  'tháng 3/2024',
  '6 tháng đầu năm 2024',
  'giai đoạn 2021 – 2025',
  'nhiệm kỳ 2020 – 2025',
  '163/QĐ-UBND',
  '03-CT/TW',
  'Nghị quyết số 15-NQ/TU',
  '100/2019/NĐ-CP',
  '09/2023/TT-BGDĐT',
  'Quyết định 15/2/QĐ-UBND',
  '126.622/126.989 đối tượng',
  '3/5 xã',
  '5,2%',
  '9/10 điểm',
  'đạt 9/10 điểm',
  'ngày 9/10 điểm',
  '15/20 tiêu chí',
  'xếp hạng 15/63',
  '2/3 số đại biểu',
  '32/13',
  '31/2/2023',
  '29/2/2023',
  'ngày 0/5',
  'tăng 12.5%',
  '12.5',
  'tăng 5 - 7%',
  'tỷ số 2-1',
  '0912.345.678',
  '(0236) 3.822.123',
  '1.234.567',
  '12.500 người',
  'lúc 8 giờ 30',
  '8h30',
  'lúc 8.30',
  'thời gian vừa qua',
  'trong năm vừa qua',
  'sáng qua điện thoại',
  'chị Mai sáng tạo',
  'chiều Mai',
  'buổi sáng',
  'ngày nay',
  'hiện nay',
  'tối đa 3/4',
  'chiều dài 5/6',
  'phiên bản 1.2.3',
  '77/86 đại biểu',
  'có 46/61 xã',
]

/** Dates inside running text: exactly these, in order. */
export const DATES_IN_CONTEXT: [string, [string, Expected][]][] = [
  ['Quyết định số 1632/QĐ-UBND ngày 22/5/2020 của UBND tỉnh', [['ngày 22/5/2020', d(22, 5, 2020)]]],
  [
    'kỷ niệm 79 năm Ngày thành lập Quân đội (22/12/1944 – 22/12/2023)',
    [
      ['22/12/1944', d(22, 12, 1944)],
      ['22/12/2023', d(22, 12, 2023)],
    ],
  ],
  [
    'Ngày 28 và 29/5, HĐND tỉnh tổ chức kỳ họp',
    [
      ['Ngày 28', d(28, 5, null)],
      ['29/5', d(29, 5, null)],
    ],
  ],
  [
    'Sự kiện từ ngày 28.5-3.6',
    [
      ['ngày 28.5', d(28, 5, null)],
      ['3.6', d(3, 6, null)],
    ],
  ],
  [
    'Hội nghị diễn ra từ ngày 10 đến ngày 12/3/2024',
    [
      ['ngày 10', d(10, 3, 2024)],
      ['ngày 12/3/2024', d(12, 3, 2024)],
    ],
  ],
  [
    'Chiều 22/8, UBND tỉnh tổ chức sơ kết 6 tháng đầu năm 2024',
    [['Chiều 22/8', d(22, 8, null, { timeOfDay: 'afternoon' })]],
  ],
  ['Vào lúc 8 giờ 30 ngày 10/3/2023, tại hội trường', [['ngày 10/3/2023', d(10, 3, 2023)]]],
  ['Hôm qua 12.5, đoàn công tác đã đến thăm', [['Hôm qua 12.5', d(12, 5, null, { relative: 'Hôm qua' })]]],
  [
    'Sáng nay (9/10), Ban Chỉ đạo tổng kết; 3/5 xã đạt chuẩn',
    [['Sáng nay (9/10)', d(9, 10, null, { timeOfDay: 'morning', relative: 'Sáng nay' })]],
  ],
  ['Ngày 9/10, huyện có 19/19 tiêu chí đạt, tăng 12.5%', [['Ngày 9/10', d(9, 10, null)]]],
  ['Ngày 15/10 tới thăm và làm việc', [['Ngày 15/10', d(15, 10, null)]]],
  ['từ ngày 10/3 tới nay', [['ngày 10/3', d(10, 3, null)]]],
  ['Sáng 9/10 huyện Ngọc Lặc tổ chức hội nghị', [['Sáng 9/10', d(9, 10, null, { timeOfDay: 'morning' })]]],
  [
    'Lễ kỷ niệm (3/2/1930 - 3/2/2025) diễn ra sáng 3-2',
    [
      ['3/2/1930', d(3, 2, 1930)],
      ['3/2/2025', d(3, 2, 2025)],
      ['sáng 3-2', d(3, 2, null, { timeOfDay: 'morning' })],
    ],
  ],
  [
    'Trong các ngày 5 - 7/10, đoàn làm việc',
    [
      ['ngày 5', d(5, 10, null)],
      ['7/10', d(7, 10, null)],
    ],
  ],
]

/** Relative days against a reference date (a Monday in Vietnam time, and a New Year's Day). */
export const RESOLVED: [string, string, Expected & { inferred: boolean }][] = [
  ['hôm qua', '2023-10-09', { ...d(8, 10, 2023), inferred: true }],
  ['hôm nay', '2023-10-09', { ...d(9, 10, 2023), inferred: true }],
  ['sáng nay', '2023-10-09', { ...d(9, 10, 2023, { timeOfDay: 'morning' }), inferred: true }],
  ['ngày mai', '2023-10-09', { ...d(10, 10, 2023), inferred: true }],
  ['hôm kia', '2023-10-09', { ...d(7, 10, 2023), inferred: true }],
  ['tối qua', '2023-10-09', { ...d(8, 10, 2023, { timeOfDay: 'evening' }), inferred: true }],
  ['Hôm qua 12.5', '2023-10-09', { ...d(12, 5, 2023), inferred: true }],
  ['sáng nay (9/10)', '2023-10-09', { ...d(9, 10, 2023), inferred: true }],
  ['ngày 9/10 vừa qua', '2023-10-09', { ...d(9, 10, 2023), inferred: true }],
  ['ngày 20/12 vừa qua', '2023-10-09', { ...d(20, 12, 2022), inferred: true }],
  ['ngày 15/1 tới', '2023-10-09', { ...d(15, 1, 2024), inferred: true }],
  ['ngày 10/3 năm nay', '2023-10-09', { ...d(10, 3, 2023), inferred: true }],
  ['tuần qua', '2023-10-09', { ...d(null, 10, 2023), inferred: true }],
  ['tuần tới', '2023-10-09', { ...d(null, 10, 2023), inferred: true }],
  ['vừa qua', '2023-10-09', { ...d(null, null, null), inferred: false }],
  ['chiều hôm qua (8/10)', '2023-10-09', { ...d(8, 10, 2023), inferred: true }],
  ['Chiều 22/8', '2023-10-09', { ...d(22, 8, null), inferred: false }],
  ['10/3/2023', '2023-10-09', { ...d(10, 3, 2023), inferred: false }],
  ['hôm qua', '2024-01-01', { ...d(31, 12, 2023), inferred: true }],
  ['ngày 30/12 vừa qua', '2024-01-01', { ...d(30, 12, 2023), inferred: true }],
  ['tuần qua', '2024-01-01', { ...d(null, 12, 2023), inferred: true }],
  ['tuần này', '2024-01-01', { ...d(null, 1, 2024), inferred: true }],
  ['tuần trước', '2024-01-03', { ...d(null, 12, 2023), inferred: true }],
]
