import { describe, expect, it } from 'vitest'
import { HONOUR_TITLES, MEDAL_HEADS, PLAIN_AWARDS } from '../src/lexicon/awards.js'
import { AWARD_CUE, recognizeAwardTypes } from '../src/recognizers/award-type.js'
import { recognizeDecisionReferences } from '../src/recognizers/decision-reference.js'
import { foldForMatching } from '../src/text/normalize.js'

const types = (text: string) =>
  recognizeAwardTypes(foldForMatching(text)).map((t) => ({
    whole: text.slice(t.start, t.end),
    award: text.slice(t.awardStart, t.awardEnd),
    issuer: t.issuer && text.slice(t.issuer.start, t.issuer.end),
    count: t.count,
  }))

// [example, award as written, issuer] — the example is the whole match.
const WHOLE: [string, string, string | null][] = [
  ['Giấy khen', 'Giấy khen', null],
  ['giấy khen', 'giấy khen', null],
  ['Bằng khen', 'Bằng khen', null],
  ['Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen', 'Chủ tịch UBND tỉnh'],
  ['bằng khen của Thủ tướng Chính phủ', 'bằng khen', 'Thủ tướng Chính phủ'],
  ['Bằng khen Thủ tướng Chính phủ', 'Bằng khen', 'Thủ tướng Chính phủ'],
  ['Giấy khen của UBND huyện Ngọc Lặc', 'Giấy khen', 'UBND huyện Ngọc Lặc'],
  ['Giấy khen của Giám đốc Công an tỉnh', 'Giấy khen', 'Giám đốc Công an tỉnh'],
  ['giấy khen đột xuất của Giám đốc Công an tỉnh', 'giấy khen', 'Giám đốc Công an tỉnh'],
  ['Bằng khen chuyên đề của UBND tỉnh', 'Bằng khen', 'UBND tỉnh'],
  ['Giấy khen đột xuất', 'Giấy khen', null],
  ['Bằng khen của Bộ trưởng Bộ Quốc phòng', 'Bằng khen', 'Bộ trưởng Bộ Quốc phòng'],
  ['Bằng khen của Ban Chấp hành Trung ương Đoàn', 'Bằng khen', 'Ban Chấp hành Trung ương Đoàn'],
  ['Bằng khen của Trung ương Hội Nông dân Việt Nam', 'Bằng khen', 'Trung ương Hội Nông dân Việt Nam'],
  ['Cờ thi đua', 'Cờ thi đua', null],
  ['Cờ thi đua của UBND tỉnh', 'Cờ thi đua', 'UBND tỉnh'],
  ['Cờ thi đua của Chính phủ', 'Cờ thi đua', 'Chính phủ'],
  ['Cờ thi đua xuất sắc', 'Cờ thi đua xuất sắc', null],
  ['Cờ dẫn đầu phong trào thi đua', 'Cờ dẫn đầu phong trào thi đua', null],
  ['Huân chương Lao động hạng Ba', 'Huân chương Lao động hạng Ba', null],
  ['Huân chương Lao động hạng Nhất', 'Huân chương Lao động hạng Nhất', null],
  ['Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', null],
  ['Huân chương Độc lập hạng Ba', 'Huân chương Độc lập hạng Ba', null],
  ['Huân chương Chiến công hạng III', 'Huân chương Chiến công hạng III', null],
  ['Huân chương Hồ Chí Minh', 'Huân chương Hồ Chí Minh', null],
  ['Huy chương Vì thế hệ trẻ', 'Huy chương Vì thế hệ trẻ', null],
  ['Huy chương Chiến sĩ vẻ vang', 'Huy chương Chiến sĩ vẻ vang', null],
  ['Huy chương Vàng', 'Huy chương Vàng', null],
  ['Kỷ niệm chương', 'Kỷ niệm chương', null],
  [
    'Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn',
    'Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn',
    null,
  ],
  ['Kỷ niệm chương "Vì sự nghiệp giai cấp nông dân Việt Nam"', 'Kỷ niệm chương', null],
  ['danh hiệu Chiến sĩ thi đua cơ sở', 'danh hiệu Chiến sĩ thi đua cơ sở', null],
  ['danh hiệu "Chiến sĩ thi đua cấp tỉnh"', 'danh hiệu "Chiến sĩ thi đua cấp tỉnh"', null],
  ['danh hiệu Tập thể Lao động xuất sắc', 'danh hiệu Tập thể Lao động xuất sắc', null],
  ['danh hiệu Lao động tiên tiến', 'danh hiệu Lao động tiên tiến', null],
  ['Chiến sĩ thi đua cơ sở', 'Chiến sĩ thi đua cơ sở', null],
  ['danh hiệu Anh hùng Lực lượng vũ trang nhân dân', 'danh hiệu Anh hùng Lực lượng vũ trang nhân dân', null],
  ['danh hiệu Bà mẹ Việt Nam Anh hùng', 'danh hiệu Bà mẹ Việt Nam Anh hùng', null],
  ['danh hiệu Nhà giáo ưu tú', 'danh hiệu Nhà giáo ưu tú', null],
  ['giải Nhất', 'giải Nhất', null],
  ['giải Khuyến khích', 'giải Khuyến khích', null],
  ['đồng giải Ba', 'đồng giải Ba', null],
  ['Huy hiệu 50 năm tuổi Đảng', 'Huy hiệu 50 năm tuổi Đảng', null],
  ['Thư khen', 'Thư khen', null],
  ['Huy hiệu Đảng', 'Huy hiệu Đảng', null],
  ['Huy hiệu 55 năm tuổi Đảng', 'Huy hiệu 55 năm tuổi Đảng', null],
  ['Huy hiệu Đảng 40 năm', 'Huy hiệu Đảng 40 năm', null],
  ['danh hiệu Chiến sỹ thi đua cơ sở', 'danh hiệu Chiến sỹ thi đua cơ sở', null],
  ['giải Xuất sắc', 'giải Xuất sắc', null],
  ['giải Khá', 'giải Khá', null],
  ['giải Triển vọng', 'giải Triển vọng', null],
  ['giải Phong trào', 'giải Phong trào', null],
  [
    'Kỷ niệm chương Vì sự nghiệp phát triển nông nghiệp',
    'Kỷ niệm chương Vì sự nghiệp phát triển nông nghiệp',
    null,
  ],
  ['Giấy khen của Giám đốc Sở Y tế', 'Giấy khen', 'Giám đốc Sở Y tế'],
  ['danh hiệu Nghệ nhân ưu tú', 'danh hiệu Nghệ nhân ưu tú', null],
  ['Huy hiệu 60 năm, 50 năm và 40 năm tuổi Đảng', 'Huy hiệu 60 năm, 50 năm và 40 năm tuổi Đảng', null],
  ['Huy hiệu 30, 40 và 45 tuổi Đảng', 'Huy hiệu 30, 40 và 45 tuổi Đảng', null],
  ['Huy hiệu 55 năm tuổi, 50 năm tuổi Đảng', 'Huy hiệu 55 năm tuổi, 50 năm tuổi Đảng', null],
  ['Huy hiệu 30 năm - 40 năm tuổi Đảng', 'Huy hiệu 30 năm - 40 năm tuổi Đảng', null],
]

const NEGATIVES = [
  'giải pháp phát triển',
  'giải quyết kiến nghị',
  'giải ngân vốn đầu tư công',
  'Hội đồng Thi đua - Khen thưởng',
  'phong trào thi đua yêu nước',
  'công tác thi đua, khen thưởng',
  'xếp thứ Nhất các huyện miền núi',
  'khen thưởng kịp thời',
  'Giải thưởng',
]

describe('recognizeAwardTypes: one award covering the whole example', () => {
  it.each(WHOLE)('%s', (text, award, issuer) => {
    const found = types(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ whole: text, award, issuer })
  })
})

describe('recognizeAwardTypes: not awards', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(types(text)).toEqual([])
  })
})

describe('recognizeAwardTypes: in running text', () => {
  it('stops the issuer before the recipients', () => {
    const text = 'tặng Bằng khen của Chủ tịch UBND tỉnh cho 13 tập thể'
    expect(types(text)).toEqual([
      {
        whole: 'Bằng khen của Chủ tịch UBND tỉnh',
        award: 'Bằng khen',
        issuer: 'Chủ tịch UBND tỉnh',
        count: null,
      },
    ])
  })
  it('reads a number of prizes', () => {
    const text = 'trao 2 giải Nhì và 3 giải Ba'
    expect(types(text).map((t) => [t.whole, t.award, t.count])).toEqual([
      ['2 giải Nhì', 'giải Nhì', 2],
      ['3 giải Ba', 'giải Ba', 3],
    ])
  })
  it('stops the issuer before a verb of deciding', () => {
    const text = 'Bằng khen của Chủ tịch UBND tỉnh xét tặng cho 2 tập thể'
    expect(types(text).map((t) => [t.whole, t.issuer])).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh'],
    ])
  })
  it.each([
    ['Bằng khen của Trung ương Đoàn gồm: anh A', 'Trung ương Đoàn'],
    ['Giấy khen của Hội LHPN tỉnh gồm có 3 cá nhân', 'Hội LHPN tỉnh'],
  ])('stops the issuer before a list: %s', (text, issuer) => {
    expect(types(text).map((t) => t.issuer)).toEqual([issuer])
  })
  it('keeps "toàn đoàn" out of a prize', () => {
    const text = 'đội xã A đạt giải Nhất toàn đoàn'
    expect(types(text).map((t) => t.award)).toEqual(['giải Nhất'])
  })
  it('finds two awards of two authorities', () => {
    const text = 'Bằng khen của UBND tỉnh cho 3 tập thể và Giấy khen của UBND huyện cho 10 cá nhân'
    expect(types(text).map((t) => [t.award, t.issuer])).toEqual([
      ['Bằng khen', 'UBND tỉnh'],
      ['Giấy khen', 'UBND huyện'],
    ])
  })
})

const DECISIONS: [string, string][] = [
  ['Quyết định số 1632/QĐ-UBND ngày 22/5/2020', '1632/QĐ-UBND'],
  ['Quyết định số 163/QĐ-UBND', '163/QĐ-UBND'],
  ['Quyết định 1034/QĐ-UBND', '1034/QĐ-UBND'],
  ['quyết định số 345/QĐ-TTg ngày 3 tháng 4 năm 2008', '345/QĐ-TTg'],
  ['Quyết định số 12/QĐ-CT ngày 12.5.2023', '12/QĐ-CT'],
  ['QĐ số 2154/QĐ-CTN ngày 30/12/2023', '2154/QĐ-CTN'],
]
const NOT_DECISIONS = [
  'ban hành quyết định tặng Bằng khen',
  'Kế hoạch số 282/KH-UBND ngày 29/9/2023',
  'Chỉ thị số 03-CT/TW',
  'Quyết định số',
]

describe('recognizeDecisionReferences', () => {
  it.each(DECISIONS)('%s', (text, number) => {
    const found = recognizeDecisionReferences(foldForMatching(text))
    expect(found.map((d) => [text.slice(d.start, d.end), d.number])).toEqual([[text, number]])
  })
  it.each(NOT_DECISIONS)('not a decision: %s', (text) => {
    expect(recognizeDecisionReferences(foldForMatching(text))).toEqual([])
  })
})

describe('AWARD_CUE', () => {
  it.each([...PLAIN_AWARDS, ...MEDAL_HEADS, ...HONOUR_TITLES, 'giải Nhất', 'Huy hiệu 30 năm tuổi Đảng'])(
    'lets "%s" through',
    (award) => {
      expect(AWARD_CUE.test(foldForMatching(award))).toBe(true)
    },
  )
})
