import { describe, expect, it } from 'vitest'
import { recognizeRecipientCounts } from '../src/recognizers/recipient-count.js'
import { foldForMatching } from '../src/text/normalize.js'

type Counts = [collectives: number | null, individuals: number | null, total: number]

const counts = (text: string) => recognizeRecipientCounts(foldForMatching(text))

const WHOLE: [string, Counts][] = [
  ['14 tập thể và 26 cá nhân', [14, 26, 40]],
  ['14 tập thể, 26 cá nhân', [14, 26, 40]],
  ['03 tập thể, 05 cá nhân', [3, 5, 8]],
  ['01 tập thể và 02 cá nhân', [1, 2, 3]],
  ['46 tập thể và cá nhân', [null, null, 46]],
  ['15 tập thể, cá nhân', [null, null, 15]],
  ['122 tập thể, cá nhân', [null, null, 122]],
  ['mười bốn tập thể và hai mươi sáu cá nhân', [14, 26, 40]],
  ['ba tập thể và năm cá nhân', [3, 5, 8]],
  ['32 tập thể', [32, null, 32]],
  ['4 đơn vị', [4, null, 4]],
  ['2 tổ chức và 3 cá nhân', [2, 3, 5]],
  ['12 đảng viên', [null, 12, 12]],
  ['8 tập thể và 4 hội viên', [8, 4, 12]],
  ['1.126 cá nhân', [null, 1126, 1126]],
  ['05 cá nhân', [null, 5, 5]],
  ['20 người', [null, 20, 20]],
  ['5 hộ gia đình', [null, null, 5]],
  ['15 tập thể, 20 cá nhân và 5 hộ gia đình', [15, 20, 40]],
  ['3 tập thể; 7 cá nhân', [3, 7, 10]],
  ['46 tập thể và cá nhân, trong đó 23 tập thể và 23 cá nhân', [23, 23, 46]],
  ['40 tập thể, cá nhân (gồm 15 tập thể, 25 cá nhân', [15, 25, 40]],
  ['10 đoàn viên', [null, 10, 10]],
  ['25 học sinh', [null, 25, 25]],
  ['6 xã', [6, null, 6]],
  ['12 lượt tập thể, cá nhân', [null, null, 12]],
  ['7 tập thể và 10 cá nhân', [7, 10, 17]],
  ['2 tập thể, 6 cá nhân', [2, 6, 8]],
  ['40 học sinh và 12 nhà giáo', [null, 52, 52]],
  ['15 học viên', [null, 15, 15]],
  ['8 VĐV', [null, 8, 8]],
  ['30 hộ viên', [null, 30, 30]],
  ['6 chiến sỹ', [null, 6, 6]],
  ['12 cá nhân, 5 tập thể', [5, 12, 17]],
  ['7 đ/c', [null, 7, 7]],
  // People however they are praised; collectives of the youth union.
  ['13 tấm gương', [null, 13, 13]],
  ['18 gương mặt', [null, 18, 18]],
  ['19 gương', [null, 19, 19]],
  ['3 điển hình', [null, 3, 3]],
  ['20 gương điển hình', [null, 20, 20]],
  ['165 đại biểu', [null, 165, 165]],
  ['19 thanh niên', [null, 19, 19]],
  ['5 chi đoàn và 12 đoàn viên', [5, 12, 17]],
  ['2 liên chi đoàn', [2, null, 2]],
  ['4 chi hội, 9 hội viên', [4, 9, 13]],
]

const NEGATIVES = [
  'các tập thể, cá nhân',
  'những cá nhân tiêu biểu',
  'tập thể và cá nhân có thành tích',
  'năm 2023',
  'không cá nhân nào',
  '50 năm tuổi Đảng',
  '14 tấn',
  'năm 2023 có 12',
  'Kỳ họp thứ 12 tập trung',
  'nhiều tấm gương tiêu biểu',
  'các gương mặt trẻ',
]

describe('recognizeRecipientCounts: one count covering the whole example', () => {
  it.each(WHOLE)('%s', (text, [collectives, individuals, total]) => {
    const found = counts(text)
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual([text])
    expect(found[0]).toMatchObject({ collectives, individuals, total })
  })
})

describe('recognizeRecipientCounts: not counts', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(counts(text)).toEqual([])
  })
})

describe('recognizeRecipientCounts: in running text', () => {
  it('leaves a title to its award: "cá nhân và tập thể lao động tiên tiến"', () => {
    const text = '25 cá nhân và tập thể lao động tiên tiến'
    const found = counts(text)
    expect(found.map((c) => [text.slice(c.start, c.end), c.collectives, c.individuals, c.total])).toEqual([
      ['25 cá nhân', null, 25, 25],
    ])
  })
  it('keeps two counts of two clauses apart', () => {
    const text = 'tặng Bằng khen cho 3 tập thể và Giấy khen của UBND huyện cho 10 cá nhân'
    expect(counts(text).map((c) => [text.slice(c.start, c.end), c.total])).toEqual([
      ['3 tập thể', 3],
      ['10 cá nhân', 10],
    ])
  })
  it('reads the seed sentence', () => {
    const text = 'đã trao Giấy khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc'
    expect(counts(text).map((c) => text.slice(c.start, c.end))).toEqual(['14 tập thể và 26 cá nhân'])
  })
})
