import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractAwards } from '../src/extractors/awards.js'
import { parseArticle, readDocument } from '../src/parse.js'
import type { Award } from '../src/schema/records.js'

/**
 * A composed article: a headline, a lead, the given lines as body paragraphs, a closing paragraph.
 * A short line reads as a photo caption, as on the sites.
 */
const article = (...lines: string[]) =>
  [
    'Huyện Yên Định tổng kết công tác thi đua, khen thưởng năm 2023',
    'Ngày 20/12, UBND huyện Yên Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024. Tham dự có lãnh đạo các phòng, ban, ngành và các xã, thị trấn trên địa bàn huyện.',
    ...lines,
    'Năm 2024, huyện tiếp tục đẩy mạnh các phong trào thi đua yêu nước, gắn với thực hiện nhiệm vụ chính trị của địa phương, phấn đấu hoàn thành các chỉ tiêu đề ra.',
  ].join('\n')
const awardsOf = (text: string) => extractAwards(readDocument(text), [])
const key = (a: Award) => [a.award, a.collectives, a.individuals, a.total]

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

describe('the seed article', () => {
  const awards = awardsOf(seed)
  it('has one award: the Giấy khen of the Huyện ủy and UBND', () => {
    expect(awards).toHaveLength(1)
    expect(awards[0]).toMatchObject({
      award: 'Giấy khen',
      issuer: 'Huyện ủy, UBND huyện Ngọc Lặc',
      collectives: 14,
      individuals: 26,
      total: 40,
      reason:
        'có thành tích xuất sắc trong thực hiện nhiệm vụ Quốc phòng - An ninh, xây dựng cơ sở và thực hiện quy chế dân chủ năm 2023',
      decision: null,
      recipients: [],
      proposed: false,
    })
  })
  it('spans the award and its counts, so no metric is taken from them', () => {
    const [award] = awards as [Award]
    expect(seed.slice(award.span.start, award.span.end)).toBe('Giấy khen cho 14 tập thể và 26 cá nhân')
    const metrics = parseArticle(seed).metrics
    expect(metrics.filter((m) => m.span.start >= award.span.start && m.span.end <= award.span.end)).toEqual(
      [],
    )
  })
})

// [label, sentence in an article, expected awards as [award, collectives, individuals, total], more fields of the first].
// A row of five also states whether the award is only proposed.
const CASES: [string, string[], (string | number | boolean | null)[][], Partial<Award>?][] = [
  [
    'a decision with its number, date, issuer and reason',
    [
      'UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND ngày 12/5/2023 tặng Bằng khen của Chủ tịch UBND tỉnh cho 23 tập thể và 23 cá nhân đã có thành tích xuất sắc trong 03 năm thực hiện Chỉ thị 05.',
    ],
    [['Bằng khen', 23, 23, 46]],
    {
      issuer: 'Chủ tịch UBND tỉnh',
      decision: 'Quyết định số 1436/QĐ-UBND ngày 12/5/2023',
      reason: 'đã có thành tích xuất sắc trong 03 năm thực hiện Chỉ thị 05',
    },
  ],
  [
    'a headline total and a lead split are one award',
    [
      'Tặng Bằng khen cho 46 tập thể và cá nhân',
      'Chủ tịch UBND tỉnh vừa tặng Bằng khen cho 23 tập thể và 23 cá nhân.',
    ],
    [['Bằng khen', 23, 23, 46]],
  ],
  [
    'a bare commendation',
    ['Dịp này, UBND huyện đã khen thưởng 3 tập thể và 5 cá nhân có thành tích trong phong trào thi đua.'],
    [[null, 3, 5, 8]],
    { issuer: 'UBND huyện', reason: 'có thành tích trong phong trào thi đua' },
  ],
  [
    'a commendation of a mixed group',
    ['Hội nghị đã biểu dương 15 tập thể, cá nhân tiêu biểu.'],
    [[null, null, null, 15]],
  ],
  [
    'two authorities, two awards',
    ['Dịp này, UBND tỉnh tặng Bằng khen cho 3 tập thể và UBND huyện tặng Giấy khen cho 10 cá nhân.'],
    [
      ['Bằng khen', 3, null, 3],
      ['Giấy khen', null, 10, 10],
    ],
  ],
  [
    'two awards in two clauses',
    [
      'Liên đoàn Lao động tỉnh tặng Bằng khen cho 2 tập thể và 3 cá nhân; trao Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn cho 4 cá nhân.',
    ],
    [
      ['Bằng khen', 2, 3, 5],
      ['Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn', null, 4, 4],
    ],
    { issuer: 'Liên đoàn Lao động tỉnh' },
  ],
  [
    'a quoted medal name is passed over',
    [
      'Trung ương Hội Nông dân Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp giai cấp nông dân Việt Nam" cho 05 cá nhân.',
    ],
    [['Kỷ niệm chương', null, 5, 5]],
  ],
  [
    'a presenter who is a person is not the issuer',
    ['Đồng chí Nguyễn Văn Dũng, Chủ tịch UBND huyện trao Giấy khen cho 4 tập thể, 6 cá nhân.'],
    [['Giấy khen', 4, 6, 10]],
    { issuer: null },
  ],
  [
    'a proposal',
    [
      'Công an tỉnh đã đề nghị Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát điều tra tội phạm về ma túy.',
    ],
    [['Bằng khen', null, null, null]],
    { proposed: true, issuer: 'Bộ trưởng Bộ Công an', recipients: ['Phòng Cảnh sát điều tra tội phạm'] },
  ],
  [
    'a passive with the count first',
    ['Có 14 tập thể và 26 cá nhân được UBND huyện tặng Giấy khen.'],
    [['Giấy khen', 14, 26, 40]],
    { issuer: 'UBND huyện' },
  ],
  [
    'an award given to a named body',
    [
      'Chủ tịch nước tặng Huân chương Lao động hạng Ba cho xã Hải Đường vì đã có thành tích xuất sắc trong phong trào thi đua.',
    ],
    [['Huân chương Lao động hạng Ba', null, null, null]],
    {
      issuer: 'Chủ tịch nước',
      recipients: ['xã Hải Đường'],
      reason: 'vì đã có thành tích xuất sắc trong phong trào thi đua',
    },
  ],
  [
    'an award conferred on behalf of its authority',
    [
      'Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Văn Nam trao Huân chương Lao động hạng Nhì cho Công ty Điện lực tỉnh.',
    ],
    [['Huân chương Lao động hạng Nhì', null, null, null]],
    { issuer: 'Chủ tịch nước', recipients: ['Công ty Điện lực tỉnh'] },
  ],
  [
    'an award received by the subject',
    [
      'Dịp này, Đảng bộ xã vinh dự đón nhận Bằng khen của Ban Chấp hành Đảng bộ tỉnh vì đã có thành tích tiêu biểu.',
    ],
    [['Bằng khen', null, null, null]],
    { issuer: 'Ban Chấp hành Đảng bộ tỉnh' },
  ],
  [
    'a passive award with its authority',
    ['Công an tỉnh được Bộ trưởng Bộ Công an tặng Cờ thi đua dẫn đầu phong trào thi đua năm 2023.'],
    [['Cờ thi đua', null, null, null]],
    { issuer: 'Bộ trưởng Bộ Công an' },
  ],
  [
    'an honour title given to a count',
    ['Theo quyết định, danh hiệu Tập thể Lao động xuất sắc được tặng cho 07 tập thể.'],
    [['danh hiệu Tập thể Lao động xuất sắc', 7, null, 7]],
  ],
  [
    'prizes with their numbers',
    ['Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba cho các đội thi.'],
    [
      ['giải Nhất', null, null, 1],
      ['giải Nhì', null, null, 2],
      ['giải Ba', null, null, 3],
    ],
  ],
  [
    'counts in words',
    ['Nhân dịp này, UBND huyện trao Giấy khen cho mười bốn tập thể và hai mươi sáu cá nhân.'],
    [['Giấy khen', 14, 26, 40]],
  ],
  [
    'a split after a total',
    ['UBND tỉnh tặng Bằng khen cho 40 tập thể và cá nhân, trong đó 15 tập thể và 25 cá nhân.'],
    [['Bằng khen', 15, 25, 40]],
  ],
  [
    'one award named twice with and without counts',
    [
      'UBND huyện tặng Giấy khen cho 8 tập thể và 14 cá nhân có thành tích xuất sắc.',
      'Thay mặt UBND huyện, đồng chí Phó Chủ tịch trao Giấy khen cho các tập thể, cá nhân.',
    ],
    [['Giấy khen', 8, 14, 22]],
  ],
  [
    'a caption restates, it does not add',
    [
      'Dịp này, UBND huyện trao Giấy khen cho 4 tập thể có thành tích xuất sắc trong phong trào thi đua năm 2023.',
      'Các tập thể nhận Giấy khen của Chủ tịch UBND huyện',
    ],
    [['Giấy khen', 4, null, 4]],
  ],
  [
    'a count before a receiving verb',
    [
      'Tại hội nghị, 12 tập thể và 20 cá nhân vinh dự nhận Giấy khen của Chủ tịch UBND huyện vì thành tích xuất sắc trong phong trào thi đua.',
    ],
    [['Giấy khen', 12, 20, 32]],
    { issuer: 'Chủ tịch UBND huyện', reason: 'vì thành tích xuất sắc trong phong trào thi đua' },
  ],
  [
    'each title takes the nearest count that receives it',
    [
      'Trong năm, huyện có 35 tập thể đạt danh hiệu Tập thể lao động tiên tiến; 8 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở.',
    ],
    [
      ['danh hiệu Tập thể lao động tiên tiến', 35, null, 35],
      ['danh hiệu Chiến sĩ thi đua cơ sở', null, 8, 8],
    ],
  ],
  [
    'an award received with no count',
    ['Dịp này, Hội Nông dân huyện vinh dự đón nhận Bằng khen của Trung ương Hội Nông dân Việt Nam.'],
    [['Bằng khen', null, null, null]],
    { issuer: 'Trung ương Hội Nông dân Việt Nam' },
  ],
  [
    'a target is not an award',
    ['Phấn đấu có 90% tập thể đạt danh hiệu Tập thể lao động tiên tiến trong năm 2024.'],
    [],
  ],
  [
    'an award for a class of recipients, with no count',
    [
      'Nhân dịp này, lãnh đạo huyện đã trao Giấy khen cho các tập thể có thành tích xuất sắc trong thực hiện phong trào thi đua yêu nước năm 2023 trên địa bàn huyện.',
    ],
    [['Giấy khen', null, null, null]],
    {
      issuer: null,
      reason:
        'có thành tích xuất sắc trong thực hiện phong trào thi đua yêu nước năm 2023 trên địa bàn huyện',
    },
  ],
  [
    'a person who hands the award over is not its issuer',
    [
      'Đồng chí Lê Văn Hùng, Chủ tịch UBND huyện trao Giấy khen cho 5 tập thể và 9 cá nhân có thành tích tiêu biểu.',
    ],
    [['Giấy khen', 5, 9, 14]],
    { issuer: null },
  ],
  [
    'an office that decides to confer is the issuer',
    ['Thủ tướng Chính phủ quyết định tặng Bằng khen cho 2 tập thể và 3 cá nhân có thành tích xuất sắc.'],
    [['Bằng khen', 2, 3, 5]],
    { issuer: 'Thủ tướng Chính phủ' },
  ],
  [
    'an office that confers is the issuer',
    [
      'Chủ tịch UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Bình, trú tại thôn 3, xã Định Hải vì có hành động dũng cảm cứu người.',
    ],
    [['Bằng khen', null, null, null]],
    {
      issuer: 'Chủ tịch UBND tỉnh',
      recipients: ['Nguyễn Văn Bình'],
      reason: 'vì có hành động dũng cảm cứu người',
    },
  ],
  [
    'recipients listed after "gồm:"',
    ['UBND huyện tặng Giấy khen cho 3 tập thể gồm: xã Định Hòa, xã Định Tân và Trường THCS Thống Nhất.'],
    [['Giấy khen', 3, null, 3]],
    { issuer: 'UBND huyện', recipients: ['xã Định Hòa', 'xã Định Tân', 'Trường THCS Thống Nhất'] },
  ],
  [
    'a Party badge for a count of members',
    ['Tại buổi lễ, đồng chí Bí thư Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 15 đảng viên.'],
    [['Huy hiệu 50 năm tuổi Đảng', null, 15, 15]],
  ],
  [
    'prize grades',
    ['Ban tổ chức trao giải Xuất sắc cho 2 đội và giải Khá cho 4 đội.'],
    [
      ['giải Xuất sắc', 2, null, 2],
      ['giải Khá', 4, null, 4],
    ],
  ],
  [
    'the authority of a decision told after the award',
    [
      'Nhân dịp này, 4 tập thể và 6 cá nhân được nhận Giấy khen theo Quyết định số 15/QĐ-UBND của UBND huyện.',
    ],
    [['Giấy khen', 4, 6, 10]],
    { issuer: 'UBND huyện', decision: 'Quyết định số 15/QĐ-UBND' },
  ],
  [
    'a second proposal in a coordinated clause',
    [
      'UBND huyện đề nghị UBND tỉnh tặng Bằng khen cho 2 tập thể, 3 cá nhân và đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho 1 tập thể.',
    ],
    [
      ['Bằng khen', 2, 3, 5],
      ['Cờ thi đua', 1, null, 1],
    ],
    { issuer: 'UBND tỉnh', proposed: true },
  ],
  [
    'a medal given in its classes is one record',
    [
      'Dịp này, 2 cá nhân được Chủ tịch nước tặng Huân chương Lao động, trong đó 1 Huân chương Lao động hạng Nhì và 1 Huân chương Lao động hạng Ba.',
    ],
    [['Huân chương Lao động', null, 2, 2]],
    { issuer: 'Chủ tịch nước' },
  ],
  [
    'pupils and teachers are individuals',
    ['Sở Giáo dục và Đào tạo trao Giấy khen cho 40 học sinh và 12 nhà giáo có thành tích xuất sắc.'],
    [['Giấy khen', null, 52, 52]],
  ],
  [
    'a gathering is not the issuer of a commendation',
    ['Hội nghị đã biểu dương 18 tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua.'],
    [[null, null, null, 18]],
    { issuer: null },
  ],
  [
    'a passive count told with where the recipients belong',
    [
      'Đợt này, 13 đảng viên thuộc Chi bộ thôn Đông được trao tặng Huy hiệu Đảng nhân dịp kỷ niệm ngày thành lập Đảng.',
    ],
    [['Huy hiệu Đảng', null, 13, 13]],
  ],
  [
    'the Party badge given in its classes',
    [
      'Tại buổi lễ, nhiều đảng viên đã được nhận Huy hiệu Đảng. Trong đó, 9 đồng chí nhận Huy hiệu 30 năm tuổi Đảng và 3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.',
    ],
    [
      ['Huy hiệu 30 năm tuổi Đảng', null, 9, 9],
      ['Huy hiệu 40 năm tuổi Đảng', null, 3, 3],
    ],
  ],
  [
    'a proposal heading a list of awards proposes every item',
    [
      'Hội đồng thống nhất đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 4 cá nhân; Cờ thi đua của UBND tỉnh cho 2 tập thể; Bằng khen của Chủ tịch UBND tỉnh cho 15 cá nhân, 3 tập thể.',
    ],
    [
      ['danh hiệu Chiến sĩ thi đua cấp tỉnh', null, 4, 4, true],
      ['Cờ thi đua', 2, null, 2, true],
      ['Bằng khen', 3, 15, 18, true],
    ],
  ],
  [
    'a list item with a verb of its own is not proposed',
    ['Hội đồng đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 5 cá nhân; tặng Giấy khen cho 12 tập thể.'],
    [
      ['Bằng khen', null, 5, 5, true],
      ['Giấy khen', 12, null, 12, false],
    ],
  ],
  [
    'a proposal reviewed before a colon does not make the conferring act proposed',
    [
      'Sau khi xem xét hồ sơ của các tập thể, cá nhân đề nghị khen thưởng năm 2023, Hội đồng nhất trí: Tặng danh hiệu Lao động tiên tiến cho 950 cá nhân; tặng Giấy khen của Chủ tịch UBND huyện cho 40 tập thể.',
    ],
    [
      ['danh hiệu Lao động tiên tiến', null, 950, 950, false],
      ['Giấy khen', 40, null, 40, false],
    ],
  ],
  [
    'a proposal after the colon is still one',
    ['Hội đồng thống nhất: Đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân.'],
    [['Bằng khen', null, 3, 3, true]],
  ],
  [
    'two kinds of a certificate before a colon',
    ['Ngoài ra, Bằng khen toàn diện và Bằng khen chuyên đề: 120 tập thể và 305 cá nhân.'],
    [['Bằng khen', 120, 305, 425, false]],
  ],
  [
    'badges of several classes in one act',
    ['Dịp này, Đảng ủy xã đã trao Huy hiệu 60 năm, 50 năm và 40 năm tuổi Đảng cho 5 đồng chí đảng viên.'],
    [['Huy hiệu 60 năm, 50 năm và 40 năm tuổi Đảng', null, 5, 5, false]],
  ],
  [
    'badges with the years listed as numbers, to comrades abbreviated',
    ['Huyện ủy trao Huy hiệu 30, 40 và 45 tuổi Đảng cho 8 đ/c đảng viên lão thành.'],
    [['Huy hiệu 30, 40 và 45 tuổi Đảng', null, 8, 8, false]],
  ],
  [
    'a badge whole with its count keeps it: the classes told after are its shares',
    [
      'Chiều 4/7, Bí thư Huyện ủy đã đến trao tặng Huy hiệu 65 năm, 55 năm và 50 năm tuổi Đảng cho 4 đồng chí đảng viên lão thành. Trong đó, đồng chí Nguyễn Văn An nhận Huy hiệu 65 năm tuổi Đảng; 2 đồng chí nhận Huy hiệu 55 năm tuổi Đảng; 1 đồng chí nhận Huy hiệu 50 năm tuổi Đảng.',
    ],
    [['Huy hiệu 65 năm, 55 năm và 50 năm tuổi Đảng', null, 4, 4]],
  ],
  [
    'a later "Dịp này có N … nhận" of one class is a share of the whole',
    [
      'Sáng 2/9, Đảng ủy xã Định Hòa tổ chức lễ trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 6 đ/c cán bộ lão thành.',
      'Dịp này có 4 đ/c được vinh dự nhận Huy hiệu 50 năm tuổi Đảng.',
    ],
    [['Huy hiệu 30, 40 và 50 năm tuổi Đảng', null, 6, 6]],
  ],
  [
    'the Party badge counted, then its classes after "Trong đó"',
    [
      'Đợt này có 71 đảng viên được trao Huy hiệu Đảng. Trong đó có 5 đảng viên được trao Huy hiệu 60 năm tuổi Đảng, 26 đảng viên được trao Huy hiệu 55 năm tuổi Đảng và 40 đảng viên được trao Huy hiệu 50 năm tuổi Đảng.',
    ],
    [['Huy hiệu Đảng', null, 71, 71]],
  ],
  [
    'shares in the sentence of the whole, and an act of its own after them',
    [
      'Trong 29 đảng viên được tặng Huy hiệu Đảng đợt này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng; 2 đảng viên nhận Huy hiệu 55 năm và 24 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.',
      'Ngoài ra, Đảng ủy phường truy tặng Huy hiệu Đảng 30 năm cho 1 đảng viên.',
    ],
    [
      ['Huy hiệu Đảng', null, 29, 29],
      ['Huy hiệu Đảng 30 năm', null, 1, 1],
    ],
  ],
  [
    'every class after "Trong đó", a conferring verb among them, is a share',
    [
      'Ban Thường vụ Tỉnh ủy tổ chức lễ trao Huy hiệu 60 năm, 50 năm, 40 năm và 30 năm tuổi Đảng cho 74 đồng chí. Trong đó, có 6 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 22 đồng chí nhận Huy hiệu 40 năm tuổi Đảng, 45 đồng chí nhận Huy hiệu 30 năm tuổi Đảng và truy tặng Huy hiệu 30 năm tuổi Đảng cho 1 đồng chí.',
    ],
    [['Huy hiệu 60 năm, 50 năm, 40 năm và 30 năm tuổi Đảng', null, 74, 74]],
  ],
  [
    'a medal counted as a whole, its classes received after',
    [
      'Dịp này, 2 cá nhân được Chủ tịch nước tặng Huân chương Lao động. Trong đó, 1 cá nhân nhận Huân chương Lao động hạng Nhì và 1 cá nhân nhận Huân chương Lao động hạng Ba.',
    ],
    [['Huân chương Lao động', null, 2, 2]],
  ],
  [
    'two wholes, each with its own shares',
    [
      'Sáng 3/2, Đảng ủy xã Định Hòa trao Huy hiệu 30 và 40 năm tuổi Đảng cho 5 đảng viên. Trong đó, 3 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.',
      'Chiều cùng ngày, Đảng ủy xã Định Tân trao Huy hiệu 30 và 50 năm tuổi Đảng cho 4 đảng viên. Trong đó, 2 đồng chí nhận Huy hiệu 50 năm tuổi Đảng.',
    ],
    [
      ['Huy hiệu 30 và 40 năm tuổi Đảng', null, 5, 5],
      ['Huy hiệu 30 và 50 năm tuổi Đảng', null, 4, 4],
    ],
  ],
  [
    'two acts, each with its authority and count, stay two',
    [
      'Sáng 3/2, Đảng ủy xã Định Hòa trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 6 đảng viên.',
      'Cùng ngày, Đảng ủy xã Định Tân trao Huy hiệu 50 năm tuổi Đảng cho 2 đảng viên.',
    ],
    [
      ['Huy hiệu 30, 40 và 50 năm tuổi Đảng', null, 6, 6],
      ['Huy hiệu 50 năm tuổi Đảng', null, 2, 2],
    ],
  ],
  [
    'a class received from another authority is an act of its own',
    [
      'Sáng 3/2, Đảng ủy xã Định Hòa trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 6 đảng viên.',
      'Tại xã Định Tân, 2 đảng viên được Đảng ủy xã Định Tân trao Huy hiệu 50 năm tuổi Đảng.',
    ],
    [
      ['Huy hiệu 30, 40 và 50 năm tuổi Đảng', null, 6, 6],
      ['Huy hiệu 50 năm tuổi Đảng', null, 2, 2],
    ],
  ],
  [
    'a class with more recipients than the whole is not its share',
    [
      'Huyện ủy trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 6 đảng viên.',
      'Dịp này có 8 đảng viên nhận Huy hiệu 50 năm tuổi Đảng.',
    ],
    [
      ['Huy hiệu 30, 40 và 50 năm tuổi Đảng', null, 6, 6],
      ['Huy hiệu 50 năm tuổi Đảng', null, 8, 8],
    ],
  ],
  [
    'a class the whole does not list is not its share',
    [
      'Huyện ủy trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 6 đảng viên.',
      'Dịp này có 2 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.',
    ],
    [
      ['Huy hiệu 30, 40 và 50 năm tuổi Đảng', null, 6, 6],
      ['Huy hiệu 60 năm tuổi Đảng', null, 2, 2],
    ],
  ],
  [
    'another award after "Trong đó" is not a share',
    ['UBND huyện tặng Giấy khen cho 10 tập thể. Trong đó, 3 tập thể nhận Bằng khen của UBND tỉnh.'],
    [
      ['Giấy khen', 10, null, 10],
      ['Bằng khen', 3, null, 3],
    ],
  ],
  ['an award with no act', ['Hồ sơ đề nghị xét tặng Bằng khen gửi về Sở Nội vụ trước ngày 15/11.'], []],
  ['a caption with no count', ['Các tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc'], []],
  [
    'a count of participants',
    ['Cuộc diễn tập huy động hơn 1.200 cán bộ, chiến sĩ và người dân tham gia.'],
    [],
  ],
  ['a count with no award verb', ['Toàn huyện có 46 tập thể và cá nhân đăng ký thi đua.'], []],
  ['a ranking is not a prize', ['Tốc độ tăng trưởng xếp thứ Nhất các huyện miền núi.'], []],
  [
    'a commendation of "tấm gương": people',
    ['Nhân dịp này, Hội LHTN huyện đã khen thưởng 13 tấm gương thanh niên có thành tích xuất sắc.'],
    [[null, null, 13, 13]],
    { issuer: 'Hội LHTN huyện' },
  ],
  [
    'a commendation of "gương mặt": people',
    ['Huyện đoàn tuyên dương 18 gương mặt hội viên tiêu biểu.'],
    [[null, null, 18, 18]],
  ],
  [
    'a commendation of representatives',
    ['Liên hoan năm nay tuyên dương 165 đại biểu thanh niên tiên tiến.'],
    [[null, null, 165, 165]],
  ],
  [
    'a commendation of a mixed group',
    ['Tỉnh đoàn đã biểu dương 15 tập thể, cá nhân có thành tích xuất sắc.'],
    [[null, null, null, 15]],
  ],
  [
    'a commendation of branches and members',
    ['Đoàn xã tuyên dương 4 chi đoàn và 10 đoàn viên.'],
    [[null, 4, 10, 14]],
  ],
  ['representatives attending are no commendation', ['Hội nghị có 165 đại biểu dự.'], []],
  [
    'people listed after the award, each with an honorific',
    [
      'Tại buổi lễ, 3 điển hình xuất sắc được nhận Bằng khen của Trung ương Đoàn gồm: anh Nguyễn Văn Hùng, Bí thư Chi đoàn thôn 3 (TX.Bến Cát); anh Trần Minh Khoa, Bí thư Đoàn trường THPT A và chị Phạm Thị Lan, Bí thư Đoàn phường B.',
    ],
    [['Bằng khen', null, 3, 3]],
    { issuer: 'Trung ương Đoàn', recipients: ['Nguyễn Văn Hùng', 'Trần Minh Khoa', 'Phạm Thị Lan'] },
  ],
  [
    'a list after the award that names no people',
    ['Có 2 tập thể được nhận Bằng khen của UBND tỉnh gồm: Trường THCS A và Trạm Y tế xã B.'],
    [['Bằng khen', 2, null, 2]],
    { issuer: 'UBND tỉnh', recipients: [] },
  ],
  [
    'a count praised before its verb, the authority after "do … trao tặng"',
    [
      'Dịp này, 04 cá nhân xuất sắc đã vinh dự nhận Kỷ niệm chương "Vì sự nghiệp nông dân" do Trung ương Hội Nông dân Việt Nam trao tặng.',
    ],
    [['Kỷ niệm chương', null, 4, 4]],
    { issuer: 'Trung ương Hội Nông dân Việt Nam' },
  ],
  [
    '"do" with no authority is no issuer',
    ['Dịp này, 5 cá nhân được tặng Giấy khen do có thành tích xuất sắc trong công tác.'],
    [['Giấy khen', null, 5, 5]],
    { issuer: null },
  ],
  [
    'an award to a class after "tặng"',
    ['Phó Thủ tướng trao Huân chương Lao động hạng Ba tặng các cá nhân.'],
    [['Huân chương Lao động hạng Ba', null, null, null]],
  ],
  [
    'an office that signs a decision to confer is the issuer',
    ['Chủ tịch UBND tỉnh đã ký quyết định tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc.'],
    [['Bằng khen', 5, 7, 12]],
    { issuer: 'Chủ tịch UBND tỉnh' },
  ],
  [
    'an office held by a named person: the office, without the name',
    ['Thủ tướng Chính phủ Phạm Minh Chính quyết định tặng Bằng khen cho 3 tập thể và 4 cá nhân.'],
    [['Bằng khen', 3, 4, 7]],
    { issuer: 'Thủ tướng Chính phủ' },
  ],
  [
    'a named office holder who hands an award over is no issuer',
    ['Chủ tịch UBND tỉnh Nguyễn Văn Bình trao Bằng khen cho 2 tập thể.'],
    [['Bằng khen', 2, null, 2]],
    { issuer: null },
  ],
  [
    'a kind between the award and its authority',
    [
      'Công an huyện tổ chức Lễ trao Giấy khen đột xuất của Giám đốc Công an tỉnh cho 04 cá nhân có thành tích xuất sắc trong đấu tranh phòng, chống tội phạm.',
    ],
    [['Giấy khen', null, 4, 4]],
    { issuer: 'Giám đốc Công an tỉnh' },
  ],
  [
    'the organizing board hands an award over and is no issuer',
    ['Ban tổ chức đã trao Huân chương Lao động hạng Ba cho 3 tập thể.'],
    [['Huân chương Lao động hạng Ba', 3, null, 3]],
    { issuer: null },
  ],
  [
    'the authority after "của" is the issuer, not the board that hands it over',
    ['Ban tổ chức đã trao Huân chương Lao động hạng Ba của Chủ tịch nước cho 3 tập thể.'],
    [['Huân chương Lao động hạng Ba', 3, null, 3]],
    { issuer: 'Chủ tịch nước' },
  ],
  [
    'a review of awards is a proposal',
    ['Hội đồng đã xét duyệt Cờ thi đua của UBND tỉnh cho 9 đơn vị.'],
    [['Cờ thi đua', 9, null, 9, true]],
  ],
  [
    'a proposal passed by a council',
    ['Hội đồng thống nhất thông qua đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 20 đơn vị.'],
    [['Bằng khen', 20, null, 20, true]],
  ],
  [
    'a proposal agreed with no verb of conferring',
    ['Hội đồng thống nhất đề nghị Cờ thi đua của Chính phủ cho 5 đơn vị.'],
    [['Cờ thi đua', 5, null, 5, true]],
  ],
  [
    'items of a proposal after ";" and "và", recipients described before the ";"',
    [
      'Hội đồng đã xét duyệt, đề nghị tặng Cờ thi đua của UBND tỉnh cho 12 đơn vị dẫn đầu các cụm, khối thi đua; Cờ thi đua của Chính phủ cho 3 đơn vị và Bằng khen của Chủ tịch UBND tỉnh cho 20 đơn vị.',
    ],
    [
      ['Cờ thi đua', 12, null, 12, true],
      ['Cờ thi đua', 3, null, 3, true],
      ['Bằng khen', 20, null, 20, true],
    ],
  ],
  [
    'an act after a proposal in another sentence is not proposed',
    ['Hội đồng đã đề nghị tặng Cờ thi đua cho 12 đơn vị. UBND tỉnh tặng Bằng khen cho 20 đơn vị.'],
    [
      ['Cờ thi đua', 12, null, 12, true],
      ['Bằng khen', 20, null, 20, false],
    ],
  ],
  [
    '"và" after an award with no count joins no act',
    ['UBND tỉnh sẽ ban hành quyết định tặng thưởng Cờ thi đua của tỉnh và Bằng khen của Chủ tịch UBND tỉnh.'],
    [['Cờ thi đua', null, null, null]],
  ],
]

describe('extractAwards: composed sentences', () => {
  it.each(CASES)('%s', (_label, lines, expected, more) => {
    const awards = awardsOf(article(...lines))
    const row = (a: Award, i: number) => (expected[i]?.length === 5 ? [...key(a), a.proposed] : key(a))
    expect(awards.map(row)).toEqual(expected)
    if (more) expect(awards[0]).toMatchObject(more)
  })
})

describe('extractAwards: spans', () => {
  it('cover a passive count and its award', () => {
    const text = article('Có 14 tập thể và 26 cá nhân được UBND huyện tặng Giấy khen.')
    const [award] = awardsOf(text) as [Award]
    expect(text.slice(award.span.start, award.span.end)).toBe(
      '14 tập thể và 26 cá nhân được UBND huyện tặng Giấy khen',
    )
    expect(award.text).toBe('14 tập thể và 26 cá nhân được UBND huyện tặng Giấy khen')
  })
  it('point into the caller’s string when the input is decomposed', () => {
    const text = article('Nhân dịp này, UBND huyện trao Giấy khen cho 14 tập thể và 26 cá nhân.').normalize(
      'NFD',
    )
    const [award] = awardsOf(text) as [Award]
    expect(text.slice(award.span.start, award.span.end).normalize('NFC')).toBe(
      'Giấy khen cho 14 tập thể và 26 cá nhân',
    )
  })
})
