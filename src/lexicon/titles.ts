/**
 * Offices: the head of a title phrase ("Phó Chủ tịch" in "Phó Chủ tịch UBND tỉnh"). The body that
 * follows is recognized as an organization (src/recognizers/organization.ts); an office may also
 * stand alone ("Bí thư", "Đại biểu Quốc hội"). Matched in any case ("Phó chủ tịch", "bí thư huyện
 * ủy" occur in real articles) and in either tone-mark style. Plain data.
 */
export const OFFICES = [
  // Party
  'Tổng Bí thư',
  'Bí thư',
  'Bí thư Thứ nhất',
  'Thường trực Ban Bí thư',
  'Phó Bí thư',
  'Bí thư Thường trực',
  'Phó Bí thư Thường trực',
  'Phó Bí thư chuyên trách',
  'Ủy viên',
  'Ủy viên Bộ Chính trị',
  'Ủy viên Trung ương Đảng',
  'Ủy viên dự khuyết Trung ương Đảng',
  'Ủy viên dự khuyết',
  'Ủy viên Ban Chấp hành Trung ương Đảng',
  'Ủy viên BCH Trung ương Đảng',
  'Ủy viên Ban Thường vụ',
  'Ủy viên Thường vụ',
  'Ủy viên Ban Chấp hành',
  'Ủy viên BCH',
  'Ủy viên BTV',
  'Ủy viên Thường trực',
  'Tỉnh ủy viên',
  'Huyện ủy viên',
  'Thành ủy viên',
  'Thị ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Phó Chủ nhiệm Thường trực',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Phó Trưởng ban Thường trực',
  'Phó ban',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  // abbreviated forms common in district portals
  'UV BTV',
  'UVBTV',
  'UV.BTV',
  'UVTV',
  'UV BCH',
  'UVTW',
  'UVTW Đảng',
  'UVTƯ',
  'UVTƯ Đảng',
  'UVT.Ư',
  'UVT.Ư Đảng',
  'TUV',
  'HUV',
  'PCT',
  'PBT',
  'PGĐ',
  // the state
  'Chủ tịch',
  'Phó Chủ tịch',
  'Phó Chủ tịch Thường trực',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Thủ tướng',
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng',
  'Phó Thủ tướng Chính phủ',
  'Phó Thủ tướng Thường trực',
  'Bộ trưởng',
  'Thứ trưởng',
  'Thứ trưởng Thường trực',
  'Tổng Thư ký',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Giám đốc điều hành',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Chánh án',
  'Phó Chánh án',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Trưởng khoa',
  'Trưởng trạm',
  'Trưởng thôn',
  'Phó Trưởng thôn',
  'Trưởng bản',
  'Trưởng ấp',
  'Trưởng khu phố',
  'Tổ trưởng',
  'Đội trưởng',
  'Phó Đội trưởng',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Trưởng Đoàn đại biểu Quốc hội',
  'Phó Trưởng Đoàn đại biểu Quốc hội',
  'Trưởng Đoàn ĐBQH',
  'Phó Trưởng Đoàn ĐBQH',
  'Đại biểu Quốc hội',
  'Đại biểu HĐND',
  'Kế toán trưởng',
  'Chủ tịch Hội đồng quản trị',
  'Chủ tịch HĐQT',
  // the armed forces and the police
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Chỉ huy phó',
  'Chính trị viên',
  'Phó Chính trị viên',
  'Chính ủy',
  'Phó Chính ủy',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Tham mưu trưởng',
  'Phó Tham mưu trưởng',
  'Tổng Tham mưu trưởng',
  'Phó Tổng Tham mưu trưởng',
  'Chủ nhiệm Chính trị',
  'Đồn trưởng',
  'Sư đoàn trưởng',
  'Trung đoàn trưởng',
  'Lữ đoàn trưởng',
  'Tiểu đoàn trưởng',
  'Đại đội trưởng',
  'Trung đội trưởng',
  'Hải đội trưởng',
  'Trạm trưởng',
  'Trưởng Công an',
  'Chủ nhiệm Hậu cần',
  'Chủ nhiệm Kỹ thuật',
  'Chủ nhiệm Hậu cần - Kỹ thuật',
  // bare heads: a title only with a body after them ("Trưởng Công an huyện", "Phó Ban Dân vận")
  'Trưởng',
  'Phó',
  'Phó Trưởng',
  'Thủ trưởng',
  // an adviser or a staff member of a body: "cố vấn Ban Chỉ đạo Trung ương", "Cán bộ Khoa Nội"
  'Cố vấn',
  'cố vấn',
  'Cán bộ',
] as const

/** Offices written with the ministry's field alone: "Bộ trưởng Y tế", "Thứ trưởng Quốc phòng". */
export const OFFICES_TAKING_FIELD = ['Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực'] as const

/** Offices that are not a title on their own: they need a body or a place after them. */
export const OFFICES_NEEDING_BODY = [
  'Trưởng',
  'Phó',
  'Phó Trưởng',
  'Thủ trưởng',
  'Ủy viên',
  'Ủy viên dự khuyết',
  'Cố vấn',
  'cố vấn',
  'Cán bộ',
] as const

/**
 * Verbs that give a person a title after their introduction: "đồng chí X tái đắc cử Chủ tịch Hội
 * Nông dân huyện", "… được Ban Chấp hành tín nhiệm bầu giữ chức Bí thư Đảng ủy xã".
 */
export const APPOINTING_VERBS = [
  'bầu',
  'bầu bổ sung',
  'bổ nhiệm',
  'bổ nhiệm lại',
  'điều động',
  'phân công',
  'giao',
  'chỉ định',
  'tín nhiệm',
  'bố trí',
  'cử',
  'hiệp thương cử',
  'công nhận',
] as const
export const HOLDING_VERBS = [
  'tái đắc cử',
  'đắc cử',
  'tái cử',
  'trúng cử',
  'giữ chức',
  'giữ chức vụ',
  'giữ cương vị',
  'đảm nhận',
  'đảm nhiệm',
] as const

/** Verbs that state a person's position: "đồng chí X làm Trưởng ban", "ông Y là Chủ tịch Hội". */
export const COPULAS = ['làm', 'là'] as const

/** Words before an office that belong to the title: "nguyên Chủ tịch" (former), "Quyền Giám đốc". */
export const OFFICE_PREFIXES = ['nguyên', 'Quyền'] as const

/** Qualifiers between an office and its body: "Phó Chủ tịch Thường trực HĐND tỉnh". */
export const OFFICE_QUALIFIERS = [
  'Thường trực',
  'TT',
  'phụ trách',
  'chuyên trách',
  'không chuyên trách',
] as const

/** What joins two titles of one person (besides "," and "-"): "Giám đốc Sở Y kiêm …". */
export const TITLE_JOINERS = ['kiêm', 'đồng thời là', 'đồng thời', 'kiêm nhiệm'] as const

/** What may close a title: the term of the body ("Đại biểu Quốc hội khóa XV"). */
export const TITLE_TERMS = ['khóa', 'nhiệm kỳ'] as const
