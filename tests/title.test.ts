// Titles: an office and the body it heads, and lists of titles. Table-driven and strict: each
// positive example is read whole, into exactly the titles listed, each with its office and body.
import { describe, expect, it } from 'vitest'
import { titleAt, titlesAt } from '../src/recognizers/title.js'
import { foldForMatching } from '../src/text/normalize.js'

const fold = (s: string) => foldForMatching(s.normalize('NFC'))

/** [title as written, office, body or null] for each title of the example. */
type Expected = [string, string, string | null][]

function read(example: string, trailing = '') {
  const text = fold(example + trailing)
  return titlesAt(text, 0).map((t) => [
    text.slice(t.start, t.end),
    text.slice(t.office.start, t.office.end),
    t.organization ? text.slice(t.organization.start, t.organization.end) : null,
  ])
}

describe('one title', () => {
  const cases: [string, Expected][] = [
    ['Bí thư Huyện uỷ', [['Bí thư Huyện ủy', 'Bí thư', 'Huyện ủy']]],
    ['Chủ tịch UBND huyện', [['Chủ tịch UBND huyện', 'Chủ tịch', 'UBND huyện']]],
    ['Chủ tịch UBND huyện Ngọc Lặc', [['Chủ tịch UBND huyện Ngọc Lặc', 'Chủ tịch', 'UBND huyện Ngọc Lặc']]],
    ['Phó Chủ tịch UBND tỉnh', [['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch', 'UBND tỉnh']]],
    [
      'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
      [['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch']],
    ],
    ['Giám đốc Sở KH&ĐT', [['Giám đốc Sở KH&ĐT', 'Giám đốc', 'Sở KH&ĐT']]],
    // a fund named earlier, referred to by its head alone; and one named in full
    ['Giám đốc Quỹ', [['Giám đốc Quỹ', 'Giám đốc', 'Quỹ']]],
    [
      'Giám đốc Quỹ Bảo trợ trẻ em tỉnh',
      [['Giám đốc Quỹ Bảo trợ trẻ em tỉnh', 'Giám đốc', 'Quỹ Bảo trợ trẻ em tỉnh']],
    ],
    ['Tổng Giám đốc TTXVN', [['Tổng Giám đốc TTXVN', 'Tổng Giám đốc', 'TTXVN']]],
    // academies, institutes and faculties as bodies; advisers and staff members of a body
    [
      'Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam',
      [
        [
          'Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam',
          'Phó Chủ tịch',
          'Viện Hàn lâm Khoa học xã hội Việt Nam',
        ],
      ],
    ],
    [
      'Viện trưởng Viện Nhà nước và Pháp luật',
      [['Viện trưởng Viện Nhà nước và Pháp luật', 'Viện trưởng', 'Viện Nhà nước và Pháp luật']],
    ],
    [
      'cố vấn Ban chỉ đạo Trung ương',
      [['cố vấn Ban chỉ đạo Trung ương', 'cố vấn', 'Ban chỉ đạo Trung ương']],
    ],
    ['Cán bộ Khoa Nội tổng hợp', [['Cán bộ Khoa Nội tổng hợp', 'Cán bộ', 'Khoa Nội tổng hợp']]],
    ['Chỉ huy trưởng Bộ CHQS tỉnh', [['Chỉ huy trưởng Bộ CHQS tỉnh', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh']]],
    ['Trưởng Ban Tổ chức Huyện ủy', [['Trưởng Ban Tổ chức Huyện ủy', 'Trưởng', 'Ban Tổ chức Huyện ủy']]],
    ['Trưởng Công an huyện', [['Trưởng Công an huyện', 'Trưởng', 'Công an huyện']]],
    [
      'Chánh Văn phòng HĐND và UBND huyện',
      [['Chánh Văn phòng HĐND và UBND huyện', 'Chánh Văn phòng', 'HĐND và UBND huyện']],
    ],
    ['Phó Chủ tịch TT HĐND tỉnh', [['Phó Chủ tịch TT HĐND tỉnh', 'Phó Chủ tịch TT', 'HĐND tỉnh']]],
    [
      'Phó Bí thư Thường trực Huyện ủy',
      [['Phó Bí thư Thường trực Huyện ủy', 'Phó Bí thư Thường trực', 'Huyện ủy']],
    ],
    ['Đại biểu Quốc hội khóa XV', [['Đại biểu Quốc hội khóa XV', 'Đại biểu Quốc hội', null]]],
    [
      'Chủ tịch Hội Nông dân huyện khoá XII',
      [['Chủ tịch Hội Nông dân huyện khóa XII', 'Chủ tịch', 'Hội Nông dân huyện']],
    ],
    [
      'Trưởng Đoàn đại biểu Quốc hội tỉnh',
      [['Trưởng Đoàn đại biểu Quốc hội tỉnh', 'Trưởng', 'Đoàn đại biểu Quốc hội tỉnh']],
    ],
    ['Tỉnh ủy viên', [['Tỉnh ủy viên', 'Tỉnh ủy viên', null]]],
    ['Bí thư huyện ủy', [['Bí thư huyện ủy', 'Bí thư', 'huyện ủy']]],
    ['Phó Giám đốc Sở', [['Phó Giám đốc Sở', 'Phó Giám đốc', 'Sở']]],
    [
      'Phó Sư đoàn trưởng Sư đoàn 324',
      [['Phó Sư đoàn trưởng Sư đoàn 324', 'Phó Sư đoàn trưởng', 'Sư đoàn 324']],
    ],
    ['Phó Chủ nhiệm Chính trị', [['Phó Chủ nhiệm Chính trị', 'Phó Chủ nhiệm Chính trị', null]]],
    [
      'Chính trị viên Đồn Biên phòng Bản Giàng',
      [['Chính trị viên Đồn Biên phòng Bản Giàng', 'Chính trị viên', 'Đồn Biên phòng Bản Giàng']],
    ],
    [
      'Trưởng phòng Cảnh sát điều tra tội phạm về ma túy',
      [
        [
          'Trưởng phòng Cảnh sát điều tra tội phạm về ma túy',
          'Trưởng',
          'phòng Cảnh sát điều tra tội phạm về ma túy',
        ],
      ],
    ],
    ['trưởng bản Rào Tre', [['trưởng bản Rào Tre', 'trưởng bản', null]]],
    ['Hiệu trưởng nhà trường', [['Hiệu trưởng nhà trường', 'Hiệu trưởng', 'nhà trường']]],
    ['Bí thư Đoàn xã', [['Bí thư Đoàn xã', 'Bí thư', 'Đoàn xã']]],
    [
      'Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh',
      [
        [
          'Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh',
          'Phó Trưởng ban Thường trực',
          'Ban Chỉ đạo diễn tập tỉnh',
        ],
      ],
    ],
    [
      'Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường',
      [
        [
          'Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường',
          'Trưởng',
          'phòng Kinh tế, Hạ tầng và Đô thị phường',
        ],
      ],
    ],
    ['nguyên Chủ tịch UBND xã', [['nguyên Chủ tịch UBND xã', 'Chủ tịch', 'UBND xã']]],
    [
      'Chủ tịch Công đoàn ngành Giáo dục huyện',
      [['Chủ tịch Công đoàn ngành Giáo dục huyện', 'Chủ tịch', 'Công đoàn ngành Giáo dục huyện']],
    ],
    [
      'Chủ nhiệm HTX nông nghiệp Thành Công',
      [['Chủ nhiệm HTX nông nghiệp Thành Công', 'Chủ nhiệm', 'HTX nông nghiệp Thành Công']],
    ],
    [
      'Chi cục trưởng Chi cục Thuế khu vực Tĩnh Gia',
      [['Chi cục trưởng Chi cục Thuế khu vực Tĩnh Gia', 'Chi cục trưởng', 'Chi cục Thuế khu vực Tĩnh Gia']],
    ],
    [
      'Trưởng Ban Quản lý dự án đầu tư xây dựng huyện',
      [
        [
          'Trưởng Ban Quản lý dự án đầu tư xây dựng huyện',
          'Trưởng',
          'Ban Quản lý dự án đầu tư xây dựng huyện',
        ],
      ],
    ],
    [
      'Giám đốc Phòng giao dịch NHCSXH huyện',
      [['Giám đốc Phòng giao dịch NHCSXH huyện', 'Giám đốc', 'Phòng giao dịch NHCSXH huyện']],
    ],
    [
      'Phó Giám đốc phụ trách Sở Y tế',
      [['Phó Giám đốc phụ trách Sở Y tế', 'Phó Giám đốc phụ trách', 'Sở Y tế']],
    ],
    [
      'Trưởng phòng Lao động - TB&XH huyện',
      [['Trưởng phòng Lao động - TB&XH huyện', 'Trưởng', 'phòng Lao động - TB&XH huyện']],
    ],
    ['Trưởng thôn Đồng Tâm', [['Trưởng thôn Đồng Tâm', 'Trưởng thôn', null]]],
    [
      'Chủ tịch Hội đồng Nghĩa vụ quân sự huyện',
      [['Chủ tịch Hội đồng Nghĩa vụ quân sự huyện', 'Chủ tịch', 'Hội đồng Nghĩa vụ quân sự huyện']],
    ],
    // a minister's field without "Bộ"; central bodies, "Trung ương" also written "T.Ư"
    ['Bộ trưởng Tài chính', [['Bộ trưởng Tài chính', 'Bộ trưởng', null]]],
    ['Ủy viên T.Ư Đảng', [['Ủy viên T.Ư Đảng', 'Ủy viên', 'T.Ư Đảng']]],
    ['Phó Trưởng Ban Tổ chức T.Ư', [['Phó Trưởng Ban Tổ chức T.Ư', 'Phó Trưởng', 'Ban Tổ chức T.Ư']]],
    [
      'Bí thư Thứ nhất Trung ương Đoàn',
      [['Bí thư Thứ nhất Trung ương Đoàn', 'Bí thư Thứ nhất', 'Trung ương Đoàn']],
    ],
    ['Thường trực Ban Bí thư', [['Thường trực Ban Bí thư', 'Thường trực Ban Bí thư', null]]],
    [
      'Chánh án Tòa án nhân dân tối cao',
      [['Chánh án Tòa án nhân dân tối cao', 'Chánh án', 'Tòa án nhân dân tối cao']],
    ],
    [
      'Ủy viên dự khuyết Ban chấp hành Trung ương Đảng',
      [
        [
          'Ủy viên dự khuyết Ban chấp hành Trung ương Đảng',
          'Ủy viên dự khuyết',
          'Ban chấp hành Trung ương Đảng',
        ],
      ],
    ],
    // places written with initials or ending in a number
    ['Phó Chủ tịch UBND TP.HCM', [['Phó Chủ tịch UBND TP.HCM', 'Phó Chủ tịch', 'UBND TP.HCM']]],
    ['Chủ tịch UBND xã Sơn Kim 2', [['Chủ tịch UBND xã Sơn Kim 2', 'Chủ tịch', 'UBND xã Sơn Kim 2']]],
    [
      'Chủ tịch Hội đồng quản trị Công ty cổ phần Cà phê Phước An',
      [
        [
          'Chủ tịch Hội đồng quản trị Công ty cổ phần Cà phê Phước An',
          'Chủ tịch Hội đồng quản trị',
          'Công ty cổ phần Cà phê Phước An',
        ],
      ],
    ],
  ]
  it.each(cases)('"%s"', (example, expected) => {
    expect(read(example)).toEqual(expected.map(([t, o, b]) => [fold(t), fold(o), b && fold(b)]))
  })
})

describe('titles end before verbs and function words', () => {
  const cases: [string, string][] = [
    ['Bí thư Huyện uỷ đã đánh giá cao', 'Bí thư Huyện ủy'],
    ['Chủ tịch UBND huyện phát biểu', 'Chủ tịch UBND huyện'],
    ['Giám đốc Sở Y tế cho biết', 'Giám đốc Sở Y tế'],
    ['Chủ tịch UBND huyện Ngọc Lặc Phạm Văn A', 'Chủ tịch UBND huyện Ngọc Lặc'],
    ['Phó Chủ tịch UBND tỉnh Lê Đức Giang', 'Phó Chủ tịch UBND tỉnh'],
    ['Chủ tịch UBND xã Minh Sơn Lê Văn Bình chủ trì', 'Chủ tịch UBND xã Minh Sơn'],
    ['Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý', 'Bí thư Tỉnh ủy Nghệ An'],
    ['Giám đốc Sở Y tế, Chủ tịch Hội Chữ thập đỏ tỉnh', 'Giám đốc Sở Y tế'],
    ['Phó Giám đốc Sở cho biết', 'Phó Giám đốc Sở'],
    ['Trưởng Công an huyện Thượng tá Lê Văn Bình', 'Trưởng Công an huyện'],
    ['trưởng thôn báo cáo', 'trưởng thôn'],
    // "Đoàn" is a family name when what follows it is no full name of its own
    ['Phó Chủ tịch Đoàn Văn Hải', 'Phó Chủ tịch'],
    ['Bí thư Đoàn Nguyễn Văn An', 'Bí thư Đoàn'],
  ]
  it.each(cases)('"%s" → "%s"', (example, title) => {
    const text = fold(example)
    const t = titleAt(text, 0)
    expect(t && text.slice(t.start, t.end)).toBe(fold(title))
  })
})

describe('lists of titles: split on ",", "-" and "kiêm", never inside a name', () => {
  const cases: [string, string[]][] = [
    [
      'Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh',
      [
        'Ủy viên Ban Thường vụ Tỉnh ủy',
        'Chỉ huy trưởng Bộ CHQS tỉnh',
        'Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh',
      ],
    ],
    ['Bí thư Huyện ủy, Chủ tịch HĐND huyện', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']],
    [
      'Giám đốc Sở Văn hóa, Thể thao và Du lịch kiêm Trưởng Ban Tổ chức Huyện ủy',
      ['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Trưởng Ban Tổ chức Huyện ủy'],
    ],
    [
      'ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh',
      ['ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    ],
    ['UV BTV Huyện ủy, Phó Chủ tịch HĐND huyện', ['UV BTV Huyện ủy', 'Phó Chủ tịch HĐND huyện']],
    [
      'Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh',
      ['Phó Chỉ huy trưởng', 'Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh'],
    ],
    ['Phó Bí thư Tỉnh ủy, đồng thời là Chủ tịch UBND tỉnh', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ['Tỉnh ủy viên, Bí thư Huyện ủy', ['Tỉnh ủy viên', 'Bí thư Huyện ủy']],
    [
      'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương',
      ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương'],
    ],
    ['Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc', ['Bộ trưởng', 'Chủ nhiệm Ủy ban Dân tộc']],
  ]
  it.each(cases)('"%s"', (example, titles) => {
    expect(read(example).map(([t]) => t)).toEqual(titles.map(fold))
  })
  it('stops at the next person', () => {
    expect(read('Bí thư Huyện ủy, đồng chí Lê Văn A').map(([t]) => t)).toEqual([fold('Bí thư Huyện ủy')])
  })
})

describe('not titles', () => {
  const cases = [
    'Trưởng', // a bare head needs its body
    'Phó',
    'Trưởng thành',
    'thành viên hợp tác xã',
    'chủ trì hội nghị',
    'Hội nghị tổng kết',
    'Ban Chỉ đạo các cấp',
    'đồng chí Phạm Tiến Dũng',
    'UBND huyện',
    // an adviser or a staff member only of a body
    'Cán bộ',
    'cán bộ, công chức',
    'cố vấn',
    'Cán bộ Khoa học',
  ]
  it.each(cases)('"%s"', (example) => {
    expect(titlesAt(fold(example), 0)).toEqual([])
  })
})
