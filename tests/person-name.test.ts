// Names and what comes before them (honorifics, ranks, academic degrees): table-driven, strict.
// A positive example gives exactly one result covering the whole example; a negative gives none.
import { describe, expect, it } from 'vitest'
import { academicAt } from '../src/recognizers/academic.js'
import { capitalsNameAt } from '../src/recognizers/capitals-name.js'
import { honorificAt } from '../src/recognizers/honorific.js'
import {
  isHistoricalFigure,
  isShortFormOf,
  personNameAt,
  shortNameAt,
  startsWithSurname,
} from '../src/recognizers/person-name.js'
import { rankAt } from '../src/recognizers/rank.js'
import { foldForMatching } from '../src/text/normalize.js'

const fold = (s: string) => foldForMatching(s.normalize('NFC'))
const covers = (example: string, r: { start: number; end: number } | null) =>
  r !== null && r.start === 0 && r.end === fold(example).length

describe('personNameAt: full names', () => {
  const names = [
    'Phạm Tiến Dũng',
    'Hà Văn Khiêm',
    'Y Ngọc',
    'Ksor Phước Hà',
    "Điểu K'ré",
    "H'Hen Niê",
    'Nguyễn Thị Minh Khai',
    'Lò Văn Dũng',
    'Rơ Châm Tơ',
    'Tôn Nữ Thị Ninh',
    'Huỳnh Thị Diễm Ngọc',
    'Nguyễn Hoàng Xuyên',
  ]
  it.each(names)('"%s" is one name', (name) => {
    expect(covers(name, personNameAt(fold(name), 0))).toBe(true)
  })

  // The name ends before a title, a rank, a body or a unit written with no comma.
  const ended: [string, string][] = [
    ['Phạm Tiến Dũng Bí thư Huyện ủy', 'Phạm Tiến Dũng'],
    ['Lê Văn Hùng Chỉ huy trưởng Ban CHQS huyện', 'Lê Văn Hùng'],
    ['Nguyễn Văn A Phó Chủ tịch UBND xã', 'Nguyễn Văn A'],
    ['Trần Văn B Giám đốc Sở Y tế', 'Trần Văn B'],
    ['Đỗ Văn Hoà, Bí thư', 'Đỗ Văn Hoà'],
    ['Vi Văn Tâm (48 tuổi)', 'Vi Văn Tâm'],
    ['Hoàng Văn Thụ Huyện ủy viên', 'Hoàng Văn Thụ'],
    ['Lê Thị Hoa phát biểu', 'Lê Thị Hoa'],
  ]
  it.each(ended)('"%s" → "%s"', (text, name) => {
    const m = personNameAt(fold(text), 0)
    expect(m && fold(text).slice(m.start, m.end)).toBe(fold(name))
  })

  const notNames = [
    'Dũng', // one syllable: a short mention, not a full name
    'Bí thư Huyện ủy',
    'Chủ tịch UBND',
    'Đại tá Lê',
    'UBND huyện',
    'phát biểu',
    'Phạm Tiến Dũng Ngọc Lặc Thanh Hóa', // six capitalised syllables: not a name we can delimit
  ]
  it.each(notNames)('"%s" is not a full name', (text) => {
    expect(personNameAt(fold(text), 0)).toBeNull()
  })
})

describe('short names and family names', () => {
  it.each([
    ['Dũng', 'Phạm Tiến Dũng', true],
    ['Tiến Dũng', 'Phạm Tiến Dũng', true],
    ['Hùng', 'Lê Văn Hùng', true],
    ['Dũng', 'Lò Văn Dung', false],
    ['Phạm Tiến Dũng', 'Phạm Tiến Dũng', false],
    ['Tiến', 'Phạm Tiến Dũng', false],
  ] as const)('"%s" shortens "%s": %s', (short, full, expected) => {
    expect(isShortFormOf(short, full)).toBe(expected)
  })

  it('reads one or two syllables as a short name, and no more', () => {
    expect(covers('Dũng', shortNameAt(fold('Dũng'), 0))).toBe(true)
    expect(covers('Tiến Dũng', shortNameAt(fold('Tiến Dũng'), 0))).toBe(true)
    expect(shortNameAt(fold('Phạm Tiến Dũng'), 0)).toBeNull()
  })

  it.each([
    ['Phạm Tiến Dũng', true],
    ['Ksor Phước Hà', true],
    ["Điểu K'ré", true],
    ['Nguyễn Văn A', true],
    ['Ngọc Lặc', false],
    ['Minh Sơn', false],
  ] as const)('"%s" starts with a family name: %s', (name, expected) => {
    expect(startsWithSurname(name)).toBe(expected)
  })

  it.each([
    ['Hồ Chí Minh', true],
    ['Võ Nguyên Giáp', true],
    ['Nguyễn Du', true],
    ['Lê Lợi', true],
    ['Phạm Tiến Dũng', false],
    // leaders of recent decades are named in office far more often than in history
    ['Nguyễn Phú Trọng', false],
    ['Võ Văn Kiệt', false],
  ] as const)('"%s" is a historical figure: %s', (name, expected) => {
    expect(isHistoricalFigure(name)).toBe(expected)
  })

  it.each([
    ['Lồ Văn Páo', true],
    ['Phàn Văn Lý', true],
    ['Tưởng Văn Khải', true],
  ] as const)(
    '"%s" (family names of the north and of ethnic minorities) starts with a family name: %s',
    (name, expected) => {
      expect(startsWithSurname(name)).toBe(expected)
    },
  )
})

describe('capitalsNameAt: names written in capitals', () => {
  const ended: [string, string][] = [
    ['NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ', 'NGUYỄN VĂN AN'],
    ['TRẦN THỊ HOA: Chúng tôi sẽ cố gắng', 'TRẦN THỊ HOA'],
    ['LÊ MINH TUẤN, BÍ THƯ HUYỆN ỦY', 'LÊ MINH TUẤN'],
    ['ĐỖ VĂN HÙNG TRAO QUÀ CHO HỘ NGHÈO', 'ĐỖ VĂN HÙNG'],
    ['HOÀNG VĂN NAM, Chủ tịch UBND xã', 'HOÀNG VĂN NAM'],
  ]
  it.each(ended)('"%s" → "%s"', (text, name) => {
    const m = capitalsNameAt(fold(text), 0)
    expect(m && fold(text).slice(m.start, m.end)).toBe(fold(name))
  })

  it.each([
    'HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023', // no family name
    'UBND HUYỆN TỔ CHỨC HỘI NGHỊ',
    'Nguyễn Văn An', // mixed case is personNameAt's
    'NGUYỄN', // one syllable
  ])('"%s" is no name in capitals', (text) => {
    expect(capitalsNameAt(fold(text), 0)).toBeNull()
  })
})

describe('honorificAt', () => {
  it.each([
    ['đồng chí', false],
    ['Đồng chí', false],
    ['đ/c', false],
    ['Đ/c', false],
    ['ông', false],
    ['Bà', false],
    ['các đồng chí', true],
    ['Các đ/c', true],
    ['hai ông', true],
  ] as const)('"%s" (plural: %s)', (text, plural) => {
    const m = honorificAt(fold(`${text} X`), 0)
    expect(m && { end: m.end, plural: m.plural }).toEqual({ end: fold(text).length, plural })
  })
  it.each(['anh', 'chị', 'cụ', 'đồng bào', 'em'])('"%s" is not an honorific', (text) => {
    expect(honorificAt(fold(`${text} X`), 0)?.end ?? 0).not.toBe(fold(text).length)
  })
})

describe('rankAt', () => {
  const ranks = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá']
  const more = ['Thiếu tá', 'Đại úy', 'Đại uý', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Chuẩn Đô đốc']
  it.each([...ranks, ...more])('"%s" is a rank', (rank) => {
    expect(covers(rank, rankAt(fold(rank), 0))).toBe(true)
  })
  it.each(['Đại biểu', 'Đại hội', 'Trung ương', 'Thượng tầng'])('"%s" is not a rank', (text) => {
    expect(rankAt(fold(text), 0)).toBeNull()
  })
})

describe('academicAt', () => {
  // "Ts" is how some portals write "TS" ("Ts Lê Hồng Trung - Giám đốc Bệnh viện")
  it.each(['GS.', 'PGS.TS.', 'PGS. TS.', 'TS.', 'ThS.', 'BS.', 'TS.BS.', 'BSCKII', 'GS.TSKH.', 'ThS', 'Ts'])(
    '"%s" before a name is a degree',
    (degree) => {
      const m = academicAt(fold(`${degree} Nguyễn Văn A`), 0)
      expect(m && fold(`${degree} Nguyễn Văn A`).slice(m.start, m.end)).toBe(degree)
    },
  )
  it.each(['ts. Nguyễn', 'tS Nguyễn', 'TSX Nguyễn', 'TS', 'TS. phát biểu'])(
    '"%s" is not a degree before a name',
    (text) => {
      expect(academicAt(fold(text), 0)).toBeNull()
    },
  )
})
