import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractRankings } from '../src/extractors/rankings.js'
import { parseArticle } from '../src/index.js'
import { readDocument } from '../src/parse.js'
import type { Ranking } from '../src/schema/records.js'

const rankingsOf = (sentence: string) => extractRankings(readDocument(`Tin tổng hợp\n\n${sentence}`))

type Fields = Partial<Pick<Ranking, 'text' | 'rank' | 'of' | 'scope' | 'subject'>>

/** Sentences and every ranking they hold, in order. */
const CASES: [string, Fields[]][] = [
  [
    'Tốc độ giá trị sản xuất tăng hơn 5% so với cùng kỳ, xếp thứ Nhất các huyện miền núi và thứ 7 toàn tỉnh.',
    [
      {
        text: 'xếp thứ Nhất các huyện miền núi',
        rank: 1,
        scope: 'các huyện miền núi',
        subject: 'Tốc độ giá trị sản xuất',
      },
      { text: 'thứ 7 toàn tỉnh', rank: 7, scope: 'toàn tỉnh', subject: 'Tốc độ giá trị sản xuất' },
    ],
  ],
  ['Huyện Ngọc Lặc đứng thứ 2 toàn tỉnh.', [{ rank: 2, scope: 'toàn tỉnh', subject: 'Huyện Ngọc Lặc' }]],
  ['Chỉ số PCI xếp hạng 15/63.', [{ rank: 15, of: 63, scope: '63', subject: 'Chỉ số PCI' }]],
  [
    'Chỉ số PCI năm 2023 xếp hạng 15/63 tỉnh, thành phố.',
    [{ rank: 15, of: 63, scope: '63 tỉnh, thành phố' }],
  ],
  ['Tỉnh xếp thứ 15/63 tỉnh, thành phố.', [{ rank: 15, of: 63, scope: '63 tỉnh, thành phố' }]],
  ['Tỉnh xếp thứ 15 trên 63 tỉnh, thành phố.', [{ rank: 15, of: 63, scope: '63 tỉnh, thành phố' }]],
  ['Chỉ số CCHC đứng vị thứ 10 cả nước.', [{ rank: 10, scope: 'cả nước' }]],
  ['Tỉnh xếp ở vị trí thứ 3 khu vực Tây Nguyên.', [{ rank: 3, scope: 'khu vực Tây Nguyên' }]],
  [
    'Tỉnh đứng thứ 4 khu vực Đồng bằng sông Cửu Long.',
    [{ rank: 4, scope: 'khu vực Đồng bằng sông Cửu Long' }],
  ],
  [
    'Huyện xếp thứ 2 khối thi đua các huyện miền núi của tỉnh.',
    [{ rank: 2, scope: 'khối thi đua các huyện miền núi' }],
  ],
  ['Đơn vị đứng thứ 2 trong Cụm thi đua số 6 của Bộ Công an.', [{ rank: 2, scope: 'Cụm thi đua số 6' }]],
  ['Thu ngân sách xếp thứ 3 toàn tỉnh.', [{ rank: 3, scope: 'toàn tỉnh', subject: 'Thu ngân sách' }]],
  ['Huyện xếp thứ ba các huyện, thị xã, thành phố.', [{ rank: 3, scope: 'các huyện, thị xã, thành phố' }]],
  ['Huyện dẫn đầu toàn tỉnh về số xã đạt chuẩn.', [{ rank: 1, scope: 'toàn tỉnh', subject: 'Huyện' }]],
  ['Tỉnh đứng đầu cả nước về chỉ số PAPI.', [{ rank: 1, scope: 'cả nước' }]],
  ['Mức giảm cao nhất toàn tỉnh.', [{ rank: 1, scope: 'toàn tỉnh' }]],
  ['Tỷ lệ tăng trưởng cao nhất cả nước.', [{ rank: 1, scope: 'cả nước' }]],
  ['Hà Giang vẫn là tỉnh có tỷ lệ hộ nghèo cao thứ 2 cả nước.', [{ rank: 2, scope: 'cả nước' }]],
  ['Huyện vươn lên xếp thứ 5 toàn tỉnh.', [{ rank: 5, scope: 'toàn tỉnh' }]],
  [
    'Đơn vị dẫn đầu Khối thi đua các huyện miền núi.',
    [{ rank: 1, scope: 'Khối thi đua các huyện miền núi' }],
  ],
  [
    'Chỉ số CCHC của huyện đạt 85,32%, tăng 4 bậc so với năm 2022, xếp thứ 3/27 huyện, thị xã, thành phố.',
    [{ rank: 3, of: 27, scope: '27 huyện, thị xã, thành phố', subject: 'Chỉ số CCHC của huyện' }],
  ],
  ['Tỉnh đứng thứ 2 trong khối các huyện.', [{ rank: 2, scope: 'khối các huyện' }]],
  // A superlative with a bare administrative noun.
  ['Tỷ lệ hộ dùng nước sạch của xã cao nhất huyện.', [{ text: 'cao nhất huyện', rank: 1, scope: 'huyện' }]],
  // A move: one ranking, the new position, with the subject before the verb of the move.
  [
    'Thị xã Sơn Tây vươn mạnh từ vị trí thứ 9 lên thứ 4 toàn thành phố.',
    [
      {
        rank: 4,
        scope: 'toàn thành phố',
        subject: 'Thị xã Sơn Tây',
        text: 'từ vị trí thứ 9 lên thứ 4 toàn thành phố',
      },
    ],
  ],
  [
    'Chỉ số SIPAS của tỉnh tăng vọt từ thứ hạng 40 lên thứ hạng 22 cả nước.',
    [{ rank: 22, scope: 'cả nước', subject: 'Chỉ số SIPAS của tỉnh' }],
  ],
  // Titles in a named index table; a named index as the field.
  [
    'Tỉnh Bình Dương giành vị trí á quân trong bảng xếp hạng PCI 2022.',
    [{ rank: 2, scope: 'bảng xếp hạng PCI 2022', subject: 'Tỉnh Bình Dương' }],
  ],
  [
    'Trong bảng xếp hạng PAPI 2021, Bình Định lần thứ 2 chiếm ngôi quán quân.',
    [{ rank: 1, text: 'ngôi quán quân', scope: 'bảng xếp hạng PAPI 2021', subject: 'Bình Định' }],
  ],
  [
    'Theo bảng xếp hạng PCI 2020, Hà Nội giữ ngôi quán quân, á quân Bắc Ninh đạt 70,8 điểm.',
    [
      { rank: 1, text: 'ngôi quán quân', subject: 'Hà Nội' },
      { rank: 2, text: 'á quân', scope: 'bảng xếp hạng PCI 2020', subject: 'Bắc Ninh' },
    ],
  ],
  ['Huyện là đơn vị dẫn đầu toàn tỉnh về thu ngân sách.', [{ rank: 1, scope: 'toàn tỉnh' }]],
  ['Năm nay, xã Tân An đứng đầu cả nước về số hộ thoát nghèo.', [{ rank: 1, scope: 'cả nước' }]],
  ['Trường dẫn đầu cụm thi đua các trường THPT.', [{ rank: 1, scope: 'cụm thi đua các trường THPT' }]],
  [
    'Thành phố tiếp tục đứng đầu Chỉ số PAR INDEX năm 2022.',
    [{ rank: 1, scope: 'Chỉ số PAR INDEX năm 2022' }],
  ],
]

/** Not rankings. */
const NEGATIVES = [
  'Em Hoa giành ngôi quán quân cuộc thi Giọng hát hay thiếu nhi.',
  'Người đứng đầu tỉnh đã trực tiếp đối thoại với doanh nghiệp.',
  'Huyện vươn lên từ vị trí thứ 9 lên thứ 4.',
  'Tỉnh nằm trong nhóm 10 tỉnh dẫn đầu cả nước.',
  'Tỉnh nằm trong top 10 cả nước.',
  'Đơn vị được tặng Cờ thi đua dẫn đầu khối thi đua.',
  'Em đạt giải Nhất toàn tỉnh.',
  'Kỳ họp thứ 7 HĐND huyện khóa XX.',
  'Đại hội lần thứ VIII toàn tỉnh.',
  'Đơn vị đứng đầu.',
  'Mức tăng cao nhất từ trước đến nay.',
  'Thứ 7, ngày 23/11 toàn tỉnh ra quân.',
  'Huyện xếp thứ 3.',
  'Tỷ lệ đạt cao nhất các chỉ tiêu kế hoạch.',
  'Huân chương Lao động hạng Ba.',
  'Hội đồng xét tặng Cờ thi đua của tỉnh cho 69 đơn vị dẫn đầu các cụm, khối thi đua trên địa bàn tỉnh.',
  'UBND tỉnh tặng Bằng khen cho các tập thể dẫn đầu phong trào thi đua toàn tỉnh.',
  'Tỉnh khen thưởng 12 đơn vị dẫn đầu toàn tỉnh trong phong trào thi đua.',
  'Những cá nhân đứng đầu các khối thi đua được biểu dương.',
  'Huyện đứng đầu các cụm thi đua.',
  'Công an tỉnh trao thưởng cho những đơn vị dẫn đầu toàn lực lượng.',
]

describe('extractRankings on sentences', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const rankings = rankingsOf(sentence)
    expect(rankings).toHaveLength(expected.length)
    for (const [i, fields] of expected.entries()) expect(rankings[i]).toMatchObject(fields)
  })
  it.each(NEGATIVES)('no ranking: %s', (sentence) => {
    expect(rankingsOf(sentence)).toEqual([])
  })
})

describe('the seed article', () => {
  const seed = readFileSync(
    new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
    'utf8',
  )
  const { rankings } = parseArticle(seed)
  it('ranks first among the mountain districts and seventh in the province', () => {
    expect(rankings.map((r) => [r.rank, r.scope, r.subject])).toEqual([
      [1, 'các huyện miền núi', 'tốc độ giá trị sản xuất'],
      [7, 'toàn tỉnh', 'tốc độ giá trị sản xuất'],
    ])
    for (const r of rankings) expect(seed.slice(r.span.start, r.span.end)).toBe(r.text)
  })
})
