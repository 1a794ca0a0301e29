// Officials: table-driven over short passages in the genre (composed for these tests), then the
// policies that span sentences: one official per person, later mentions, roles, positions, spans.
import { describe, expect, it } from 'vitest'
import { extractOfficials } from '../src/extractors/officials.js'
import { extractOrganizations } from '../src/extractors/organizations.js'
import { readDocument } from '../src/parse.js'
import type { Official } from '../src/schema/records.js'

const HEADLINE = 'Hội nghị tổng kết công tác năm 2023'

function officialsOf(body: string): Official[] {
  const doc = readDocument(`${HEADLINE}\n${body}`)
  return extractOfficials(doc, extractOrganizations(doc))
}

interface Expected {
  name: string
  honorific?: string | null
  rank?: string | null
  academic?: string | null
  titles?: string[]
  roles?: string[]
}

const summary = (o: Official): Expected => ({
  name: o.name,
  honorific: o.honorific,
  rank: o.rank,
  academic: o.academic,
  titles: o.titles,
  roles: [...o.roles].sort(),
})
const full = (e: Expected): Expected => ({
  honorific: null,
  rank: null,
  academic: null,
  titles: [],
  roles: [],
  ...e,
  ...(e.roles ? { roles: [...e.roles].sort() } : {}),
})

describe('introductions', () => {
  const cases: [string, Expected[]][] = [
    [
      'Phát biểu kết luận hội nghị, đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ đã đánh giá cao những kết quả đạt được.',
      [{ name: 'Phạm Tiến Dũng', honorific: 'đồng chí', titles: ['Bí thư Huyện uỷ'], roles: ['speaker'] }],
    ],
    [
      'Đồng chí Lê Minh Hải - Chủ tịch UBND huyện chủ trì hội nghị.',
      [{ name: 'Lê Minh Hải', honorific: 'Đồng chí', titles: ['Chủ tịch UBND huyện'], roles: ['chair'] }],
    ],
    [
      'Chủ tịch UBND huyện Ngọc Lặc Phạm Văn Bình phát biểu tại buổi lễ.',
      [{ name: 'Phạm Văn Bình', titles: ['Chủ tịch UBND huyện Ngọc Lặc'], roles: ['speaker'] }],
    ],
    [
      'Đồng chí Đại tá Lê Văn Hùng - Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh chủ trì hội nghị.',
      [
        {
          name: 'Lê Văn Hùng',
          honorific: 'Đồng chí',
          rank: 'Đại tá',
          titles: [
            'Ủy viên Ban Thường vụ Tỉnh ủy',
            'Chỉ huy trưởng Bộ CHQS tỉnh',
            'Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh',
          ],
          roles: ['chair'],
        },
      ],
    ],
    [
      'Bí thư Huyện ủy, Chủ tịch HĐND huyện Nguyễn Văn Bảo dự và chỉ đạo hội nghị.',
      [
        {
          name: 'Nguyễn Văn Bảo',
          titles: ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
          roles: ['attendee', 'speaker'],
        },
      ],
    ],
    [
      'Bà Trần Thị Mai (Phó Chủ tịch UBND tỉnh) trao Bằng khen cho các tập thể.',
      [{ name: 'Trần Thị Mai', honorific: 'Bà', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['presenter'] }],
    ],
    [
      'Ông Lê Văn Cường, Giám đốc Sở Văn hóa, Thể thao và Du lịch kiêm Trưởng Ban Tổ chức hội thi cho biết năm nay có 20 đội tham gia.',
      [
        {
          name: 'Lê Văn Cường',
          honorific: 'Ông',
          titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Trưởng Ban Tổ chức hội thi'],
          roles: ['speaker'],
        },
      ],
    ],
    [
      'Dự hội nghị có các đồng chí: Hoàng Văn Tư, Phó Bí thư Tỉnh ủy; Đinh Văn Đức, Phó Chủ tịch UBND tỉnh.',
      [
        { name: 'Hoàng Văn Tư', honorific: 'đồng chí', titles: ['Phó Bí thư Tỉnh ủy'], roles: ['attendee'] },
        {
          name: 'Đinh Văn Đức',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch UBND tỉnh'],
          roles: ['attendee'],
        },
      ],
    ],
    [
      'Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Vương Quốc Nam, Huỳnh Thị Diễm Ngọc.',
      [
        {
          name: 'Vương Quốc Nam',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch UBND tỉnh'],
          roles: ['attendee'],
        },
        {
          name: 'Huỳnh Thị Diễm Ngọc',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch UBND tỉnh'],
          roles: ['attendee'],
        },
      ],
    ],
    [
      'Tham dự có các Phó Chủ tịch UBND huyện: Lý Văn Sơn và Ma Thị Hằng.',
      [
        { name: 'Lý Văn Sơn', titles: ['Phó Chủ tịch UBND huyện'], roles: ['attendee'] },
        { name: 'Ma Thị Hằng', titles: ['Phó Chủ tịch UBND huyện'], roles: ['attendee'] },
      ],
    ],
    [
      'Các đồng chí: Bùi Văn Hòa, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh; Đỗ Thị Lan, Phó Chủ tịch HĐND tỉnh chủ trì kỳ họp.',
      [
        {
          name: 'Bùi Văn Hòa',
          honorific: 'đồng chí',
          titles: ['UV BTV Tỉnh ủy', 'Phó Chủ tịch TT HĐND tỉnh'],
          roles: ['chair'],
        },
        { name: 'Đỗ Thị Lan', honorific: 'đồng chí', titles: ['Phó Chủ tịch HĐND tỉnh'], roles: ['chair'] },
      ],
    ],
    [
      'PGS.TS. Nguyễn Văn An, Giám đốc Sở Y tế tham dự hội thảo.',
      [{ name: 'Nguyễn Văn An', academic: 'PGS.TS.', titles: ['Giám đốc Sở Y tế'], roles: ['attendee'] }],
    ],
    [
      'Thượng tướng Nguyễn Văn Kiên, Thứ trưởng Bộ Quốc phòng chủ trì buổi làm việc.',
      [
        {
          name: 'Nguyễn Văn Kiên',
          rank: 'Thượng tướng',
          titles: ['Thứ trưởng Bộ Quốc phòng'],
          roles: ['chair'],
        },
      ],
    ],
    [
      'Đoàn công tác của tỉnh do đồng chí Lê Văn Sơn, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm xã.',
      [
        {
          name: 'Lê Văn Sơn',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch UBND tỉnh'],
          roles: ['delegation_head'],
        },
      ],
    ],
    [
      'Ông Hồ Văn Nam tái đắc cử Chủ tịch Hội Nông dân huyện khóa XII.',
      [{ name: 'Hồ Văn Nam', honorific: 'Ông', titles: ['Chủ tịch Hội Nông dân huyện khóa XII'] }],
    ],
    [
      'Anh Hồ Văn Thái, trưởng bản Rào Tre cho biết cả bản đã có điện lưới.',
      [{ name: 'Hồ Văn Thái', titles: ['trưởng bản Rào Tre'], roles: ['speaker'] }],
    ],
    ['Bà Lê Thị Hoa xúc động chia sẻ niềm vui.', [{ name: 'Lê Thị Hoa', honorific: 'Bà' }]],
    [
      'Hội nghị diễn ra dưới sự chủ trì của đồng chí Trịnh Văn Lợi, Bí thư Tỉnh ủy.',
      [{ name: 'Trịnh Văn Lợi', honorific: 'đồng chí', titles: ['Bí thư Tỉnh ủy'], roles: ['chair'] }],
    ],
    [
      'Đồng chí Y Ngọc, Phó Chủ tịch UBND huyện phát biểu chỉ đạo.',
      [{ name: 'Y Ngọc', honorific: 'Đồng chí', titles: ['Phó Chủ tịch UBND huyện'], roles: ['speaker'] }],
    ],
    [
      'Đ/c Ksor Phước Hà, Bí thư Đảng ủy xã Ia Dom dự buổi lễ.',
      [
        {
          name: 'Ksor Phước Hà',
          honorific: 'Đ/c',
          titles: ['Bí thư Đảng ủy xã Ia Dom'],
          roles: ['attendee'],
        },
      ],
    ],
    [
      'Đồng chí Bí thư Huyện ủy Phạm Tiến Dũng trao quà cho các hộ nghèo.',
      [{ name: 'Phạm Tiến Dũng', honorific: 'Đồng chí', titles: ['Bí thư Huyện ủy'], roles: ['presenter'] }],
    ],
    [
      'Đồng chí Trần Văn Khải, Trưởng Công an xã được tặng Bằng khen của Chủ tịch UBND tỉnh.',
      [{ name: 'Trần Văn Khải', honorific: 'Đồng chí', titles: ['Trưởng Công an xã'], roles: ['recipient'] }],
    ],
    [
      'Thiếu tá Vi Văn Tâm, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị đánh giá cao sự phối hợp.',
      [
        {
          name: 'Vi Văn Tâm',
          rank: 'Thiếu tá',
          titles: ['Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị'],
          roles: ['speaker'],
        },
      ],
    ],
    [
      'Đồng chí Hà Văn Tâm (48 tuổi), Bí thư Đảng ủy xã được Ban Chấp hành tín nhiệm bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ mới.',
      [{ name: 'Hà Văn Tâm', honorific: 'Đồng chí', titles: ['Bí thư Đảng ủy xã'] }],
    ],
    [
      'Theo Trung tá Nguyễn Văn Dự, Đội trưởng Đội Cảnh sát giao thông Công an huyện, lực lượng tăng cường tuần tra.',
      [
        {
          name: 'Nguyễn Văn Dự',
          rank: 'Trung tá',
          titles: ['Đội trưởng Đội Cảnh sát giao thông Công an huyện'],
        },
      ],
    ],
    [
      'Hội nghị do đồng chí Đinh Văn Ổn, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện chủ trì.',
      [
        {
          name: 'Đinh Văn Ổn',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch UBND huyện', 'Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện'],
          roles: ['chair'],
        },
      ],
    ],
    [
      'Chiều 5/1, đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn do Thứ trưởng Trần Thanh Nam dẫn đầu đã làm việc với tỉnh.',
      [{ name: 'Trần Thanh Nam', titles: ['Thứ trưởng'], roles: ['delegation_head'] }],
    ],
    [
      'Phó Chủ tịch UBND tỉnh Quách Tất Liêm trao quà Tết cho các hộ nghèo.',
      [{ name: 'Quách Tất Liêm', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['presenter'] }],
    ],
    [
      "Đồng chí Điểu K'ré, Phó Chủ tịch UBND xã Bù Gia Mập và đồng chí Lê Văn Tài, Chủ tịch Hội CCB xã cùng dự.",
      [
        {
          name: "Điểu K'ré",
          honorific: 'Đồng chí',
          titles: ['Phó Chủ tịch UBND xã Bù Gia Mập'],
          roles: ['attendee'],
        },
        { name: 'Lê Văn Tài', honorific: 'đồng chí', titles: ['Chủ tịch Hội CCB xã'], roles: ['attendee'] },
      ],
    ],
    // holders of a title named with the person share the verb after them
    [
      'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Quang Tuấn và các Phó Chủ tịch HĐND tỉnh chủ trì phiên bế mạc.',
      [
        {
          name: 'Lê Quang Tuấn',
          titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
          roles: ['chair'],
        },
      ],
    ],
    [
      'Đồng chí Võ Thị Lan, Bí thư Đảng ủy xã và các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã dự lễ khánh thành.',
      [{ name: 'Võ Thị Lan', honorific: 'Đồng chí', titles: ['Bí thư Đảng ủy xã'], roles: ['attendee'] }],
    ],
    // not people with a title: the verb is theirs
    [
      'Ông Đỗ Văn Sáu, Chủ tịch UBND xã và các hộ dân nhận quà từ đoàn công tác.',
      [{ name: 'Đỗ Văn Sáu', honorific: 'Ông', titles: ['Chủ tịch UBND xã'] }],
    ],
    // a foreign body's head, and leading the delegation after the titles
    [
      'Đoàn công tác do ông Kim Min Soo, Giám đốc Quỹ làm Trưởng đoàn đã đến thăm tỉnh.',
      [{ name: 'Kim Min Soo', honorific: 'ông', titles: ['Giám đốc Quỹ'], roles: ['delegation_head'] }],
    ],
  ]
  it.each(cases)('%s', (body, expected) => {
    expect(officialsOf(body).map(summary)).toEqual(expected.map(full))
  })
})

// Forms met in real articles (composed for these tests): central bodies and their abbreviations,
// titles around and before names, titles given by verbs, late and historical leaders, names in capitals.
describe('introductions in other forms', () => {
  const cases: [string, Expected[]][] = [
    [
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lê Quang Vinh dự lễ khánh thành cầu.',
      [{ name: 'Lê Quang Vinh', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], roles: ['attendee'] }],
    ],
    [
      'Đồng chí Trần Văn Bình, Ủy viên T.Ư Đảng, Phó Trưởng Ban Tổ chức T.Ư làm việc với tỉnh.',
      [
        {
          name: 'Trần Văn Bình',
          honorific: 'Đồng chí',
          titles: ['Ủy viên T.Ư Đảng', 'Phó Trưởng Ban Tổ chức T.Ư'],
        },
      ],
    ],
    [
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Thị Yến trao nhà đại đoàn kết cho hộ nghèo.',
      [
        {
          name: 'Hoàng Thị Yến',
          titles: ['Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'],
          roles: ['presenter'],
        },
      ],
    ],
    [
      'Đồng chí Bùi Quang Huy, Bí thư Thứ nhất Trung ương Đoàn trao học bổng.',
      [
        {
          name: 'Bùi Quang Huy',
          honorific: 'Đồng chí',
          titles: ['Bí thư Thứ nhất Trung ương Đoàn'],
          roles: ['presenter'],
        },
      ],
    ],
    [
      'Chủ tịch Ủy ban Dân tộc Hầu A Lềnh tiếp đoàn đại biểu người có uy tín.',
      [{ name: 'Hầu A Lềnh', titles: ['Chủ tịch Ủy ban Dân tộc'] }],
    ],
    [
      'Bộ trưởng Tài chính Hồ Minh Đức phát biểu tại diễn đàn.',
      [{ name: 'Hồ Minh Đức', titles: ['Bộ trưởng Tài chính'], roles: ['speaker'] }],
    ],
    [
      'Phó Chủ tịch UBND TP.HCM Võ Văn Hoan dự buổi lễ.',
      [{ name: 'Võ Văn Hoan', titles: ['Phó Chủ tịch UBND TP.HCM'], roles: ['attendee'] }],
    ],
    [
      'Chủ tịch UBND xã Sơn Kim 2 Nguyễn Văn Thắng báo cáo kết quả.',
      [{ name: 'Nguyễn Văn Thắng', titles: ['Chủ tịch UBND xã Sơn Kim 2'] }],
    ],
    [
      'Dự có Phó Chánh văn phòng UBND tỉnh Lê Văn Long.',
      [{ name: 'Lê Văn Long', titles: ['Phó Chánh văn phòng UBND tỉnh'], roles: ['attendee'] }],
    ],
    [
      'Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ thôn Đông kiêm trưởng thôn báo cáo.',
      [
        {
          name: 'Nguyễn Văn Hùng',
          honorific: 'Đồng chí',
          titles: ['Bí thư Chi bộ thôn Đông', 'trưởng thôn'],
        },
      ],
    ],
    // titles right before a name are that name's; a rank between them and the name changes nothing
    [
      'Cùng dự có đồng chí Lương Thị Hạnh, Trưởng ban Dân vận Huyện ủy, Trưởng Công an huyện Trung tá Hoàng Văn Kiên.',
      [
        {
          name: 'Lương Thị Hạnh',
          honorific: 'đồng chí',
          titles: ['Trưởng ban Dân vận Huyện ủy'],
          roles: ['attendee'],
        },
        { name: 'Hoàng Văn Kiên', rank: 'Trung tá', titles: ['Trưởng Công an huyện'], roles: ['attendee'] },
      ],
    ],
    // a name after its titles, marked by an honorific or (after a dash) a family name
    [
      'Bí thư Đảng ủy xã, ông Nguyễn Hữu Phước cho biết toàn xã đã có đường bê tông.',
      [{ name: 'Nguyễn Hữu Phước', honorific: 'ông', titles: ['Bí thư Đảng ủy xã'], roles: ['speaker'] }],
    ],
    [
      'Chủ tịch Hội Nông dân huyện - Đinh Công Sơn trao giấy khen cho các hội viên.',
      [{ name: 'Đinh Công Sơn', titles: ['Chủ tịch Hội Nông dân huyện'], roles: ['presenter'] }],
    ],
    [
      'Phó Chủ tịch UBND huyện đồng chí Lý Seo Chử kiểm tra công trình thủy lợi.',
      [{ name: 'Lý Seo Chử', honorific: 'đồng chí', titles: ['Phó Chủ tịch UBND huyện'] }],
    ],
    // titles given by a verb
    [
      'Ông Trần Đức Minh được bổ nhiệm giữ chức vụ Phó Giám đốc Sở Xây dựng.',
      [{ name: 'Trần Đức Minh', honorific: 'Ông', titles: ['Phó Giám đốc Sở Xây dựng'] }],
    ],
    [
      'Đại hội đã bầu đồng chí Phan Văn Mạnh làm Chủ tịch Ủy ban MTTQ Việt Nam huyện.',
      [{ name: 'Phan Văn Mạnh', honorific: 'đồng chí', titles: ['Chủ tịch Ủy ban MTTQ Việt Nam huyện'] }],
    ],
    [
      'Các đồng chí Lê Văn Tú, Hà Thị Nga được bầu giữ chức Phó Chủ tịch Hội Cựu chiến binh tỉnh.',
      [
        { name: 'Lê Văn Tú', honorific: 'đồng chí', titles: ['Phó Chủ tịch Hội Cựu chiến binh tỉnh'] },
        { name: 'Hà Thị Nga', honorific: 'đồng chí', titles: ['Phó Chủ tịch Hội Cựu chiến binh tỉnh'] },
      ],
    ],
    [
      'Đồng chí Mai Văn Hải, Trưởng Ban Tuyên giáo Tỉnh ủy giữ chức Phó Chủ tịch Hội đồng thi đua tỉnh.',
      [
        {
          name: 'Mai Văn Hải',
          honorific: 'Đồng chí',
          titles: ['Trưởng Ban Tuyên giáo Tỉnh ủy', 'Phó Chủ tịch Hội đồng thi đua tỉnh'],
        },
      ],
    ],
    // a leader in office, even one whose name is also a historical one
    [
      'Tổng Bí thư Nguyễn Phú Trọng phát biểu chỉ đạo tại hội nghị.',
      [{ name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư'], roles: ['speaker'] }],
    ],
    [
      'Đồng chí Lê Lợi, Chủ tịch UBND xã Tân Lập trao quà cho các gia đình chính sách.',
      [{ name: 'Lê Lợi', honorific: 'Đồng chí', titles: ['Chủ tịch UBND xã Tân Lập'], roles: ['presenter'] }],
    ],
    // a name in capitals is kept as written
    [
      'Ông NGUYỄN VĂN AN, Giám đốc Sở Nội vụ phát biểu tại hội nghị.',
      [{ name: 'NGUYỄN VĂN AN', honorific: 'Ông', titles: ['Giám đốc Sở Nội vụ'], roles: ['speaker'] }],
    ],
    [
      'Ủy viên Bộ Chính trị, Chánh án Tòa án nhân dân tối cao Lê Minh Trí chủ trì hội nghị.',
      [
        {
          name: 'Lê Minh Trí',
          titles: ['Ủy viên Bộ Chính trị', 'Chánh án Tòa án nhân dân tối cao'],
          roles: ['chair'],
        },
      ],
    ],
    [
      'Ông Đỗ Văn Lâm, Ủy viên dự khuyết Ban chấp hành Trung ương Đảng, Bí thư Tỉnh ủy dự lễ.',
      [
        {
          name: 'Đỗ Văn Lâm',
          honorific: 'Ông',
          titles: ['Ủy viên dự khuyết Ban chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy'],
          roles: ['attendee'],
        },
      ],
    ],
    [
      'Tham dự có đồng chí Hồ Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM.',
      [
        {
          name: 'Hồ Thị Mai',
          honorific: 'đồng chí',
          titles: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM'],
          roles: ['attendee'],
        },
      ],
    ],
    // a plural or counted title shared by the names after it; "Đoàn" there is a family name
    [
      'Hội nghị có sự tham gia của Chủ tịch UBND tỉnh Lê Văn Minh, 2 Phó Chủ tịch Đoàn Văn Hải và Trần Nam.',
      [
        { name: 'Lê Văn Minh', titles: ['Chủ tịch UBND tỉnh'], roles: ['attendee'] },
        { name: 'Đoàn Văn Hải', titles: ['Phó Chủ tịch'], roles: ['attendee'] },
        { name: 'Trần Nam', titles: ['Phó Chủ tịch'], roles: ['attendee'] },
      ],
    ],
    [
      'Dự có các Phó Chủ tịch UBND tỉnh Lê Văn Ba và Trần Thị Tư.',
      [
        { name: 'Lê Văn Ba', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['attendee'] },
        { name: 'Trần Thị Tư', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['attendee'] },
      ],
    ],
    // roles: verbs after companions and adverbs, and a clause that opens the sentence
    [
      'Đồng chí Lâm Văn Tiến, Chủ tịch HĐND xã chủ tọa kỳ họp.',
      [{ name: 'Lâm Văn Tiến', honorific: 'Đồng chí', titles: ['Chủ tịch HĐND xã'], roles: ['chair'] }],
    ],
    [
      'Đồng chí Võ Thị Lan, Phó Bí thư Huyện ủy cùng lãnh đạo các ban, ngành huyện đã trao quà cho các hộ nghèo.',
      [{ name: 'Võ Thị Lan', honorific: 'Đồng chí', titles: ['Phó Bí thư Huyện ủy'], roles: ['presenter'] }],
    ],
    [
      'Đồng chí Hà Minh Khôi, Chủ tịch UBND huyện trực tiếp giao nhiệm vụ cho các xã.',
      [{ name: 'Hà Minh Khôi', honorific: 'Đồng chí', titles: ['Chủ tịch UBND huyện'], roles: ['speaker'] }],
    ],
    [
      'Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Đào Văn Lộc biểu dương các tập thể.',
      [{ name: 'Đào Văn Lộc', titles: ['Phó Chủ tịch UBND tỉnh'], roles: ['speaker'] }],
    ],
    // a degree and a position: an academy, an institute or a faculty is the body
    [
      'Hội nghị có sự tham dự của PGS.TS. Nguyễn Đức Minh (Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam) và các đại biểu.',
      [
        {
          name: 'Nguyễn Đức Minh',
          academic: 'PGS.TS.',
          titles: ['Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam'],
          roles: ['attendee'],
        },
      ],
    ],
    [
      'TS. Phạm Thị Nga (Phó Viện trưởng phụ trách Viện) phát biểu khai mạc.',
      [
        {
          name: 'Phạm Thị Nga',
          academic: 'TS.',
          titles: ['Phó Viện trưởng phụ trách Viện'],
          roles: ['speaker'],
        },
      ],
    ],
    [
      'Dự hội thảo có TS. Trần Thị Bình, Trưởng khoa Luật, Trường Đại học Luật Hà Nội.',
      [{ name: 'Trần Thị Bình', academic: 'TS.', titles: ['Trưởng khoa Luật'], roles: ['attendee'] }],
    ],
    // an adviser and a staff member of a body hold a position
    [
      'Đoàn công tác do ông Lê Văn Nam, cố vấn Ban chỉ đạo Trung ương làm trưởng đoàn đã đến thăm tỉnh.',
      [
        {
          name: 'Lê Văn Nam',
          honorific: 'ông',
          titles: ['cố vấn Ban chỉ đạo Trung ương'],
          roles: ['delegation_head'],
        },
      ],
    ],
    [
      'Ban Giám đốc khen thưởng Đại úy Phạm Thị Hòa, Cán bộ Khoa Chống nhiễm khuẩn, Bệnh viện Y học cổ truyền.',
      [{ name: 'Phạm Thị Hòa', rank: 'Đại úy', titles: ['Cán bộ Khoa Chống nhiễm khuẩn'] }],
    ],
    // a rank after a list of bodies belongs to the officer, not to the last body
    [
      'Các tập thể Phòng PC03, PA06 và Đại tá Trần Anh Sơn, Phó Giám đốc Công an tỉnh đón nhận Huân chương.',
      [{ name: 'Trần Anh Sơn', rank: 'Đại tá', titles: ['Phó Giám đốc Công an tỉnh'], roles: ['recipient'] }],
    ],
  ]
  it.each(cases)('%s', (body, expected) => {
    expect(officialsOf(body).map(summary)).toEqual(expected.map(full))
  })
})

describe('not officials', () => {
  const cases = [
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    'Ngày 19/12/1946, Chủ tịch Hồ Chí Minh ra Lời kêu gọi toàn quốc kháng chiến.',
    'Đại tướng Võ Nguyên Giáp chỉ huy chiến dịch Điện Biên Phủ.',
    'Đoàn đến thăm TP. Hồ Chí Minh và Trường THCS Nguyễn Du trên đường Lê Lợi.',
    'Anh Nguyễn Văn Lâm chia sẻ kinh nghiệm trồng cà phê.',
    'Chị Lê Thị Bưởi và em Trần Văn Cao nhận học bổng.',
    'Cụ Hà Văn Đông năm nay đã 90 tuổi.',
    'Bà con nhân dân phấn khởi đón Tết.',
    'Ông bà ta có câu uống nước nhớ nguồn.',
    'Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị.',
    'Hội Nông dân huyện Ngọc Lặc tổ chức đại hội lần thứ XI.',
    'Trưởng thôn Đồng Tâm cho biết cả thôn có 120 hộ.',
    'Nguyễn Văn Tuấn chia sẻ kinh nghiệm làm giàu.',
    'Anh Nguyễn Văn Cường, thành viên hợp tác xã cà phê chia sẻ.',
    'Đồng chí đã nhấn mạnh những nhiệm vụ trọng tâm năm 2024.',
    'Đoàn TNCS Hồ Chí Minh huyện tổ chức Lễ ra quân.',
    'Chủ tịch UBND các xã, thị trấn báo cáo kết quả.',
    'Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, tuổi trẻ huyện ra quân làm đường.',
    'Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc năm 1948.',
    'Ôn lại kỷ niệm về cố Thủ tướng Phạm Văn Đồng, các đại biểu xúc động.',
    'Noi theo gương Bác Hồ, đoàn viên thanh niên tích cực giúp dân.',
    'Học bổng Vừ A Dính được trao cho 50 học sinh dân tộc thiểu số.',
    // "các ông, bà" also addresses citizens: gift recipients listed by name are no officials
    'Đoàn đã tặng quà cho các ông, bà: Phạm Văn Cường (thương binh), Lê Thị Én, Hồ Văn Nhỏ.',
    // an academic degree alone is no position; nor is a kinship term with a common noun
    'PGS.TS. Phạm Hữu Nghị, PGS.TS. Vũ Thư và TS. Lê Thị Hà trình bày tham luận.',
    'Khoa học công nghệ là động lực phát triển.',
    'Anh Trần Văn Hùng, cán bộ hưu trí, chia sẻ kinh nghiệm.',
  ]
  it.each(cases)('%s', (body) => {
    expect(officialsOf(body)).toEqual([])
  })

  it('takes no one from bylines and photo credits', () => {
    const article = `${HEADLINE}\nUBND huyện vừa tổ chức hội nghị.\nẢnh: Đinh Yến\nTác giả: Minh Phương`
    const doc = readDocument(article)
    expect(extractOfficials(doc, extractOrganizations(doc))).toEqual([])
  })
})

describe('one official per person', () => {
  it('joins later short mentions to the full name', () => {
    const officials = officialsOf(
      'Đồng chí Phạm Tiến Dũng, Bí thư Huyện ủy dự hội nghị. Phát biểu kết luận, đồng chí Dũng nhấn mạnh nhiệm vụ năm 2024.',
    )
    expect(officials).toHaveLength(1)
    expect(officials[0]?.mentions).toHaveLength(2)
    expect(officials[0]?.roles.sort()).toEqual(['attendee', 'speaker'])
  })

  it('joins a rank with the given name, and the full name alone', () => {
    const officials = officialsOf(
      'Đại tá Lê Văn Hùng, Chỉ huy trưởng Ban CHQS huyện chủ trì. Đại tá Hùng yêu cầu các đơn vị sẵn sàng. Lê Văn Hùng cho biết thêm về kế hoạch.',
    )
    expect(officials.map((o) => [o.name, o.mentions.length])).toEqual([['Lê Văn Hùng', 3]])
  })

  it('adds a new title from a re-introduction, and keeps one copy of a repeated one', () => {
    const officials = officialsOf(
      'Đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh Đoàn Bến Tre dự đại hội. Đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh Đoàn, Chủ tịch Hội Liên hiệp Thanh niên tỉnh trao cờ.',
    )
    expect(officials.map((o) => o.titles)).toEqual([
      ['Phó Bí thư Tỉnh Đoàn Bến Tre', 'Chủ tịch Hội Liên hiệp Thanh niên tỉnh'],
    ])
  })

  it('joins a caption in capitals to the name, and names the person as the body writes it', () => {
    const later = officialsOf(
      'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy dự hội nghị. ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ.',
    )
    expect(later.map((o) => [o.name, o.mentions.length, [...o.roles].sort()])).toEqual([
      ['Nguyễn Văn An', 2, ['attendee', 'speaker']],
    ])
    const first = officialsOf(
      'ĐỒNG CHÍ TRẦN VĂN BÌNH PHÁT BIỂU TẠI HỘI NGHỊ. Đồng chí Trần Văn Bình, Bí thư Huyện ủy cho biết huyện đạt nhiều kết quả.',
    )
    expect(first.map((o) => [o.name, o.titles])).toEqual([['Trần Văn Bình', ['Bí thư Huyện ủy']]])
  })

  it('reads a caption written all in capitals', () => {
    expect(
      officialsOf('ĐỒNG CHÍ LÊ MINH TUẤN, BÍ THƯ HUYỆN ỦY PHÁT BIỂU TẠI HỘI NGHỊ.').map(summary),
    ).toEqual([
      full({ name: 'LÊ MINH TUẤN', honorific: 'ĐỒNG CHÍ', titles: ['BÍ THƯ HUYỆN ỦY'], roles: ['speaker'] }),
    ])
  })

  it.each([
    [
      'Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Thu hà, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Kết luận hội nghị, đồng chí Lê Thu Hà đề nghị các sở tiếp tục cố gắng.',
      ['Lê Thu Hà', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], ['chair', 'speaker'], 2],
    ],
    [
      'Ông Trần Quốc tuấn - Giám đốc Sở Tài chính dự buổi làm việc. Ông Trần Quốc Tuấn cho biết thu ngân sách vượt dự toán. Ông Tuấn đề nghị các xã đẩy nhanh tiến độ.',
      ['Trần Quốc Tuấn', ['Giám đốc Sở Tài chính'], ['attendee', 'speaker'], 3],
    ],
  ])('joins a name whose last syllable was first written in lower case: %s', (body, expected) => {
    const officials = officialsOf(body)
    expect(officials.map((o) => [o.name, o.titles, [...o.roles].sort(), o.mentions.length])).toEqual([
      expected,
    ])
  })

  it('keeps two people apart when the later name adds another syllable', () => {
    const officials = officialsOf(
      'Dự hội nghị có đồng chí Lê Thu hà, Phó Bí thư Tỉnh ủy. Đồng chí Lê Thu Trang, Phó Chủ tịch UBND tỉnh phát biểu.',
    )
    expect(officials.map((o) => o.name)).toEqual(['Lê Thu', 'Lê Thu Trang'])
  })

  it('gives a reference by title alone to the one official holding it', () => {
    const officials = officialsOf(
      'Đồng chí Nguyễn Văn Long, Bí thư Tỉnh ủy thăm xã. Đồng chí Bí thư Tỉnh ủy trao quà cho các gia đình chính sách.',
    )
    expect(officials.map((o) => [o.mentions.length, [...o.roles].sort()])).toEqual([[2, ['presenter']]])
  })
})

describe('records', () => {
  const text = `${HEADLINE}\nPhát biểu kết luận hội nghị, đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ, Chủ tịch HĐND huyện Ngọc Lặc đã đánh giá cao kết quả.`
  const doc = readDocument(text)
  const organizations = extractOrganizations(doc)
  const [official] = extractOfficials(doc, organizations)

  it('links each position to its organization by index', () => {
    expect(
      official?.positions.map((p) => [
        p.title,
        p.office,
        p.organization === null ? null : organizations[p.organization]?.text,
      ]),
    ).toEqual([
      ['Bí thư Huyện uỷ', 'Bí thư', 'Huyện uỷ'],
      ['Chủ tịch HĐND huyện Ngọc Lặc', 'Chủ tịch', 'HĐND huyện Ngọc Lặc'],
    ])
  })

  it("spans the introduction in the caller's string, first among the mentions", () => {
    expect(official && text.slice(official.span.start, official.span.end)).toBe(
      'đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ, Chủ tịch HĐND huyện Ngọc Lặc',
    )
    expect(official?.mentions[0]).toEqual(official?.span)
  })

  it('keeps offsets of the original string when it is not NFC', () => {
    const nfd = text.normalize('NFD')
    const d = readDocument(nfd)
    const [o] = extractOfficials(d, extractOrganizations(d))
    expect(o && nfd.slice(o.span.start, o.span.end).normalize('NFC')).toBe(
      'đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ, Chủ tịch HĐND huyện Ngọc Lặc',
    )
  })
})
