import { describe, expect, it } from 'vitest'
import { findQuantities } from '../src/recognizers/quantity.js'
import { foldForMatching } from '../src/text/normalize.js'

const find = (text: string) => findQuantities(foldForMatching(text.normalize('NFC')))

interface Expected {
  value: number
  unit: string
  normalized: [number, string]
  upper?: number
  of?: number
}
const q = (
  value: number,
  unit: string,
  normalized: [number, string],
  extra: Partial<Expected> = {},
): Expected => ({
  value,
  unit,
  normalized,
  ...extra,
})

/** Each example is one quantity, the whole of it. */
const POSITIVES: [string, Expected][] = [
  ['5%', q(5, '%', [5, '%'])],
  ['13 tấm gương', q(13, 'tấm gương', [13, 'tấm gương'])],
  ['18 gương mặt', q(18, 'gương mặt', [18, 'gương mặt'])],
  ['5 %', q(5, '%', [5, '%'])],
  ['70,2%', q(70.2, '%', [70.2, '%'])],
  ['12 phần trăm', q(12, 'phần trăm', [12, '%'])],
  ['80,3 triệu USD', q(80.3, 'triệu USD', [80_300_000, 'USD'])],
  ['142,7 triệu đô la Mỹ', q(142.7, 'triệu đô la Mỹ', [142_700_000, 'USD'])],
  ['4,12 tỷ USD', q(4.12, 'tỷ USD', [4_120_000_000, 'USD'])],
  ['3 nghìn tỷ đồng', q(3, 'nghìn tỷ đồng', [3e12, 'VND'])],
  ['2.715,4 tỷ đồng', q(2715.4, 'tỷ đồng', [2_715_400_000_000, 'VND'])],
  ['119 tỷ 214 triệu đồng', q(119.214, 'tỷ đồng', [119_214_000_000, 'VND'])],
  ['1,5 triệu đồng', q(1.5, 'triệu đồng', [1_500_000, 'VND'])],
  ['500.000 đồng', q(500000, 'đồng', [500000, 'VND'])],
  ['500.000đ', q(500000, 'đ', [500000, 'VND'])],
  ['700 nghìn đồng', q(700, 'nghìn đồng', [700000, 'VND'])],
  ['12 tỉ đồng', q(12, 'tỉ đồng', [12e9, 'VND'])],
  ['20 triệu VNĐ', q(20, 'triệu VNĐ', [20e6, 'VND'])],
  ['45 triệu đồng/người/năm', q(45, 'triệu đồng/người/năm', [45e6, 'VND/người/năm'])],
  ['5,1%/năm', q(5.1, '%/năm', [5.1, '%/năm'])],
  ['17 tiêu chí/xã', q(17, 'tiêu chí/xã', [17, 'tiêu chí/xã'])],
  ['25.271,9 ha', q(25271.9, 'ha', [25271.9, 'ha'])],
  ['5ha', q(5, 'ha', [5, 'ha'])],
  ['108 nghìn ha', q(108, 'nghìn ha', [108000, 'ha'])],
  ['4.200 m2', q(4200, 'm2', [4200, 'm2'])],
  ['4.200 m²', q(4200, 'm²', [4200, 'm2'])],
  ['56 km2', q(56, 'km2', [56, 'km2'])],
  ['20km', q(20, 'km', [20, 'km'])],
  ['18,6 km', q(18.6, 'km', [18.6, 'km'])],
  ['48 m', q(48, 'm', [48, 'm'])],
  ['40 triệu tấn', q(40, 'triệu tấn', [40e6, 'tấn'])],
  ['12,5 kg', q(12.5, 'kg', [12.5, 'kg'])],
  ['41,6 gam', q(41.6, 'gam', [41.6, 'g'])],
  ['1,2 điểm %', q(1.2, 'điểm %', [1.2, 'điểm %'])],
  ['9,8 điểm phần trăm', q(9.8, 'điểm phần trăm', [9.8, 'điểm %'])],
  ['3,04 điểm', q(3.04, 'điểm', [3.04, 'điểm'])],
  ['5 bậc', q(5, 'bậc', [5, 'bậc'])],
  ['2 lần', q(2, 'lần', [2, 'lần'])],
  ['1,6 lần', q(1.6, 'lần', [1.6, 'lần'])],
  ['200 đại biểu', q(200, 'đại biểu', [200, 'đại biểu'])],
  ['31 xã', q(31, 'xã', [31, 'xã'])],
  ['65 suất quà', q(65, 'suất quà', [65, 'suất quà'])],
  ['500 nghìn hội viên', q(500, 'nghìn hội viên', [500000, 'hội viên'])],
  ['39 nghìn người', q(39, 'nghìn người', [39000, 'người'])],
  ['1.200 lượt người', q(1200, 'lượt người', [1200, 'lượt người'])],
  ['250.000 lượt khách', q(250000, 'lượt khách', [250000, 'lượt khách'])],
  ['12 căn nhà', q(12, 'căn nhà', [12, 'căn nhà'])],
  ['20 con bò', q(20, 'con bò', [20, 'con bò'])],
  ['38.460 con', q(38460, 'con', [38460, 'con'])],
  ['15 đồng chí', q(15, 'đồng chí', [15, 'đồng chí'])],
  ['1.850 dự án', q(1850, 'dự án', [1850, 'dự án'])],
  ['82 công trình', q(82, 'công trình', [82, 'công trình'])],
  ['512 doanh nghiệp', q(512, 'doanh nghiệp', [512, 'doanh nghiệp'])],
  ['14 tập thể', q(14, 'tập thể', [14, 'tập thể'])],
  ['03 cá nhân', q(3, 'cá nhân', [3, 'cá nhân'])],
  ['hai mươi sáu hộ', q(26, 'hộ', [26, 'hộ'])],
  ['mười bốn tập thể', q(14, 'tập thể', [14, 'tập thể'])],
  ['ba xã', q(3, 'xã', [3, 'xã'])],
  ['160 công dân', q(160, 'công dân', [160, 'công dân'])],
  ['36 nghị quyết', q(36, 'nghị quyết', [36, 'nghị quyết'])],
  ['5 điểm trường', q(5, 'điểm trường', [5, 'điểm trường'])],
  ['từ 5 đến 7%', q(5, '%', [5, '%'], { upper: 7 })],
  ['5 - 7%', q(5, '%', [5, '%'], { upper: 7 })],
  ['5,8-6%', q(5.8, '%', [5.8, '%'], { upper: 6 })],
  ['8,5 – 9%', q(8.5, '%', [8.5, '%'], { upper: 9 })],
  ['từ 75 đến 78 triệu đồng', q(75, 'triệu đồng', [75e6, 'VND'], { upper: 78 })],
  ['từ 500 triệu đến 1 tỷ đồng', q(0.5, 'tỷ đồng', [5e8, 'VND'], { upper: 1 })],
  ['từ 4 đến 5 điểm %', q(4, 'điểm %', [4, 'điểm %'], { upper: 5 })],
  ['126.622/126.989 đối tượng', q(126622, 'đối tượng', [126622, 'đối tượng'], { of: 126989 })],
  ['43/43 xã', q(43, 'xã', [43, 'xã'], { of: 43 })],
  ['19/19 tiêu chí', q(19, 'tiêu chí', [19, 'tiêu chí'], { of: 19 })],
  ['4‰', q(4, '‰', [4, '‰'])],
  ['6 g/l', q(6, 'g/l', [6, 'g/l'])],
  ['5.000 m3/ngày đêm', q(5000, 'm3/ngày đêm', [5000, 'm3/ngày đêm'])],
  ['15 chiếc điện thoại', q(15, 'chiếc điện thoại', [15, 'chiếc điện thoại'])],
  ['62,5 tạ/ha', q(62.5, 'tạ/ha', [62.5, 'tạ/ha'])],
  ['2,5 triệu lượt khách', q(2.5, 'triệu lượt khách', [2_500_000, 'lượt khách'])],
]

/** No quantity: no unit, a duration, an age, a year, a name, a date or a code. */
const NEGATIVES = [
  '5',
  '6 đ/c',
  '2023 lần lượt',
  '05 ngày',
  '5 năm qua',
  '6 tháng đầu năm',
  '3 tháng',
  '2 tuần',
  '45 tuổi',
  '30 phút',
  'năm 2023 xã',
  'ngày 12.5 xã',
  'sáng 9/10 xã',
  'thôn 5 xã Minh Sơn',
  'Sư đoàn 324',
  'Cụm thi đua số 6',
  'số 12 đường Lê Lợi',
  'lần thứ 13',
  'thứ 7 toàn tỉnh',
  'hàng trăm hộ',
  'một số xã',
  'Quyết định số 163/QĐ-UBND',
  'hơn 3 nghìn',
  '7h30',
  'Quốc lộ 1A',
  'giai đoạn 2021 - 2025',
  'tháng 10/2023 hộ',
]

describe('findQuantities: each example is one quantity', () => {
  it.each(POSITIVES)('%s', (text, expected) => {
    const found = find(text)
    expect(found).toHaveLength(1)
    const [hit] = found
    expect(hit).toMatchObject({
      start: 0,
      end: text.normalize('NFC').length,
      value: expected.value,
      unit: foldForMatching(expected.unit),
      upper: expected.upper ?? null,
      of: expected.of ?? null,
      normalized: { value: expected.normalized[0], unit: expected.normalized[1] },
    })
  })
})

describe('findQuantities: not quantities', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(find(text)).toEqual([])
  })
})

describe('findQuantities in running text', () => {
  const cases: [string, string[]][] = [
    ['tốc độ tăng hơn 5% so với cùng kỳ năm 2022', ['5%']],
    ['120 hộ nghèo', ['120 hộ']],
    ['35 học sinh giỏi', ['35 học sinh']],
    ['hơn 1.200 hộ dân', ['1.200 hộ']],
    ['250 cán bộ, chiến sĩ', ['250 cán bộ']],
    ['5.775/8.227 xã (chiếm 70,2%)', ['5.775/8.227 xã', '70,2%']],
    ['14 tập thể và 26 cá nhân', ['14 tập thể', '26 cá nhân']],
    ['kinh phí hơn 2 tỷ', ['2 tỷ']],
    ['trị giá 300 triệu', ['300 triệu']],
    ['có 2 triệu', []],
    ['trao 15 chiếc xe đạp', ['15 chiếc xe đạp']],
  ]
  it.each(cases)('%s', (text, expected) => {
    const match = foldForMatching(text)
    expect(find(text).map((h) => match.slice(h.start, h.end))).toEqual(
      expected.map((e) => foldForMatching(e)),
    )
  })
})
