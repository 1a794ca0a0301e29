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
