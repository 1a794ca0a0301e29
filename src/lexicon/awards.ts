/**
 * Awards: types, recipients, and the verbs of conferring. Plain data, compiled by
 * src/recognizers/award-type.ts, recipient-count.ts and src/extractors/awards.ts.
 */

/** Awards named by one fixed phrase. */
export const PLAIN_AWARDS = [
  'Giấy khen',
  'Bằng khen',
  'Cờ thi đua xuất sắc',
  'Cờ thi đua',
  'Cờ dẫn đầu phong trào thi đua',
  'Cờ dẫn đầu',
  'Thư khen',
  'Bằng danh dự',
  'Giấy chứng nhận danh hiệu',
] as const

/** Orders, medals and commemorative medals: a head and, usually, a name and a class. */
export const MEDAL_HEADS = ['Huân chương', 'Huy chương', 'Kỷ niệm chương'] as const
export const MEDAL_NAMES = [
  'Lao động',
  'Bảo vệ Tổ quốc',
  'Chiến công',
  'Độc lập',
  'Hồ Chí Minh',
  'Sao Vàng',
  'Quân công',
  'Kháng chiến',
  'Hữu nghị',
  'Dũng cảm',
  'Đại đoàn kết dân tộc',
  'Chiến sĩ vẻ vang',
  'Quân kỳ quyết thắng',
  'Chiến sĩ giải phóng',
  'Vàng',
  'Bạc',
  'Đồng',
  'vàng',
  'bạc',
  'đồng',
] as const
export const MEDAL_CLASSES = ['Nhất', 'Nhì', 'Ba', 'nhất', 'nhì', 'ba', 'I', 'II', 'III'] as const

/** Honour titles, with or without "danh hiệu" before them. */
export const HONOUR_TITLES = [
  'Chiến sĩ thi đua cơ sở',
  'Chiến sĩ thi đua cấp tỉnh',
  'Chiến sĩ thi đua cấp bộ',
  'Chiến sĩ thi đua cấp Bộ',
  'Chiến sĩ thi đua toàn quốc',
  'Chiến sĩ thi đua toàn quân',
  'Chiến sĩ thi đua toàn lực lượng',
  'Chiến sĩ thi đua',
  'Chiến sĩ thi đua cấp cơ sở',
  'Chiến sỹ thi đua cơ sở',
  'Chiến sỹ thi đua cấp cơ sở',
  'Chiến sỹ thi đua cấp tỉnh',
  'Chiến sỹ thi đua toàn quốc',
  'Chiến sỹ thi đua',
  'Lao động tiên tiến',
  'Chiến sĩ tiên tiến',
  'Chiến sỹ tiên tiến',
  'Tập thể Lao động xuất sắc',
  'Tập thể lao động xuất sắc',
  'Tập thể Lao động tiên tiến',
  'Tập thể lao động tiên tiến',
  'Đơn vị quyết thắng',
  'Đơn vị Quyết thắng',
  'Đơn vị tiên tiến',
  'Anh hùng Lao động',
  'Anh hùng Lực lượng vũ trang nhân dân',
  'Bà mẹ Việt Nam Anh hùng',
  'Mẹ Việt Nam Anh hùng',
  'Nghệ nhân nhân dân',
  'Nghệ nhân ưu tú',
  'Nhà giáo nhân dân',
  'Nhà giáo ưu tú',
  'Thầy thuốc nhân dân',
  'Thầy thuốc ưu tú',
  'Nghệ sĩ nhân dân',
  'Nghệ sĩ ưu tú',
  'Công dân Thủ đô ưu tú',
] as const

/** Prize grades after "giải" ("giải Nhất", "đồng giải Ba"). */
export const PRIZE_GRADES = [
  'Nhất',
  'Nhì',
  'Ba',
  'Khuyến khích',
  'Đặc biệt',
  'Xuất sắc',
  'Khá',
  'Phong trào',
  'Triển vọng',
  'nhất',
  'nhì',
  'ba',
  'khuyến khích',
  'đặc biệt',
  'xuất sắc',
  'khá',
  'phong trào',
  'triển vọng',
  'A',
  'B',
  'C',
] as const

/** Kinds of an award written between it and its authority ("Giấy khen đột xuất của Giám đốc …"). */
export const AWARD_KINDS = ['đột xuất', 'toàn diện', 'chuyên đề', 'phong trào'] as const

/** Subjects that hand awards over at a ceremony and never confer them ("Ban tổ chức đã trao …"). */
export const PRESENTERS = ['Ban tổ chức', 'Ban Tổ chức', 'BTC'] as const

/** Issuers written right after the award without "của" ("Bằng khen Thủ tướng Chính phủ"). */
export const DIRECT_ISSUERS = [
  'Thủ tướng Chính phủ',
  'Chủ tịch nước',
  'Chủ tịch UBND tỉnh',
  'Chủ tịch UBND huyện',
  'Chủ tịch Ủy ban nhân dân tỉnh',
  'Bộ trưởng',
  'Trung ương',
] as const

/** Words an issuer after "của" starts with, besides the body head words of lexicon/events.ts. */
export const ISSUER_TITLES = [
  'Chủ tịch',
  'Thủ tướng',
  'Bộ trưởng',
  'Giám đốc',
  'Tổng Giám đốc',
  'Chỉ huy trưởng',
  'Tư lệnh',
  'Bí thư',
  'Trưởng ban',
  'Chánh án',
  'Viện trưởng',
  'Cục trưởng',
  'Chủ nhiệm',
  'Hiệu trưởng',
  'Thống đốc',
  'Tổng cục trưởng',
  'Chánh văn phòng',
  'Giám đốc Công an',
  'Trưởng Công an',
] as const

/** Verbs of conferring or receiving an award: one of them before the award makes a mention an act. */
export const CONFER_VERBS = [
  'trao',
  'tặng',
  'trao tặng',
  'tặng thưởng',
  'trao thưởng',
  'trao giải',
  'khen thưởng',
  'nhận',
  'đón nhận',
  'đạt',
  'giành',
  'công nhận',
  'xét tặng',
  'truy tặng',
  'phong tặng',
  'đề nghị',
  'cấp',
  'đề xuất',
  'phong',
  'được',
  'đoạt',
] as const

/** Verbs whose subject confers the award ("UBND huyện đã trao …"): the issuer is read before them. */
export const ISSUING_VERBS = [
  'trao',
  'tặng',
  'trao tặng',
  'tặng thưởng',
  'khen thưởng',
  'công nhận',
  'xét tặng',
  'truy tặng',
  'phong tặng',
  'cấp',
  'ban hành',
  'ra quyết định',
  'có quyết định',
  'quyết định',
  'Quyết định',
] as const

/** Verbs of a commendation that names no award ("khen thưởng 3 tập thể", "biểu dương 15 tập thể"). */
export const COMMEND_VERBS = [
  'khen thưởng',
  'biểu dương',
  'tuyên dương',
  'tôn vinh',
  'vinh danh',
  'khen thưởng đột xuất',
  'biểu dương, khen thưởng',
  'biểu dương, tôn vinh',
  'tuyên dương, khen thưởng',
] as const

/** Proposed, not conferred: "đề nghị tặng", "đề xuất khen thưởng" ("theo đề nghị của" is not). */
export const PROPOSE_WORDS = ['đề nghị', 'đề xuất', 'xét duyệt'] as const
export const NOT_PROPOSE_BEFORE = ['theo', 'xét', 'Theo', 'Xét'] as const

/** Recipient nouns after a count. */
export const COLLECTIVE_NOUNS = [
  'tập thể',
  'đơn vị',
  'tổ chức',
  'cơ quan',
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'bản',
  'tổ dân phố',
  'khu dân cư',
  'chi bộ',
  'đảng bộ',
  'chi hội',
  'doanh nghiệp',
  'trường',
  'hợp tác xã',
  'đội',
  'câu lạc bộ',
  'tổ',
  'công đoàn cơ sở',
  'đoàn cơ sở',
  'lớp',
  'chi đoàn',
  'liên chi đoàn',
] as const
/**
 * People, however they are praised: a "tấm gương", a "gương mặt", an "điển hình" commended is a
 * person ("tuyên dương 18 gương mặt hội viên tiêu biểu").
 */
export const INDIVIDUAL_NOUNS = [
  'cá nhân',
  'đảng viên',
  'người',
  'hội viên',
  'đoàn viên',
  'cán bộ',
  'chiến sĩ',
  'cán bộ, chiến sĩ',
  'học sinh',
  'sinh viên',
  'giáo viên',
  'công chức',
  'viên chức',
  'thí sinh',
  'vận động viên',
  'đồng chí',
  'đ/c',
  'cựu chiến binh',
  'em',
  'cháu',
  'công dân',
  'thanh niên',
  'đội viên',
  'nghệ nhân',
  'giáo viên, học sinh',
  'y, bác sĩ',
  'HS',
  'học viên',
  'nhà giáo',
  'VĐV',
  'hộ viên',
  'chiến sỹ',
  'cán bộ, chiến sỹ',
  'y, bác sỹ',
  'gương',
  'gương điển hình',
  'điển hình',
  'tấm gương',
  'gương mặt',
  'đại biểu',
  'nữ đoàn viên',
  'phụ nữ',
  'thiếu nhi',
] as const
/** Praise between a count and its receiving verb ("04 cá nhân xuất sắc đã vinh dự nhận …"). */
export const RECIPIENT_QUALIFIERS = [
  'xuất sắc',
  'tiêu biểu',
  'tiên tiến',
  'điển hình',
  'tiêu biểu xuất sắc',
] as const

/** Verbs an authority confers with in "do … trao tặng" after an award. */
export const CONFERRED_BY_VERBS = [
  'trao tặng',
  'tặng',
  'trao',
  'tặng thưởng',
  'khen thưởng',
  'phong tặng',
  'cấp',
] as const

/** Recipients that are neither: counted in the total only ("5 hộ gia đình"). */
export const OTHER_RECIPIENT_NOUNS = ['hộ gia đình', 'hộ', 'gia đình'] as const

/** A mixed group counted as one ("46 tập thể và cá nhân", "15 tập thể, cá nhân"). */
export const MIXED_RECIPIENTS = [
  'tập thể và cá nhân',
  'tập thể, cá nhân',
  'tập thể cùng cá nhân',
  'tập thể và cá nhân',
  'đơn vị, cá nhân',
  'đơn vị và cá nhân',
  'tổ chức, cá nhân',
  'tổ chức và cá nhân',
  'cá nhân, tập thể',
  'cá nhân và tập thể',
  'tập thể, cá nhân, hộ gia đình',
  'tập thể, cá nhân và hộ gia đình',
  'lượt tập thể, cá nhân',
  'lượt tập thể và cá nhân',
  'tập thể, hộ gia đình và cá nhân',
] as const

/** How a reason opens after the recipients ("có thành tích xuất sắc trong …", "vì đã …"). */
export const REASON_OPENERS = [
  'vì đã có thành tích',
  'vì có thành tích',
  'vì thành tích',
  'vì đã hoàn thành',
  'vì đã',
  'đã có thành tích',
  'có thành tích',
  'có nhiều thành tích',
  'đã có nhiều thành tích',
  'do có thành tích',
  'đạt thành tích',
  'đạt nhiều thành tích',
  'đã hoàn thành xuất sắc',
  'hoàn thành xuất sắc',
  'vì',
  'về thành tích',
  'có nhiều đóng góp',
  'đã có nhiều đóng góp',
  'có đóng góp',
] as const

/** Words before a named recipient that are not part of the name ("cho đồng chí Nguyễn Văn A"). */
export const HONORIFICS_BEFORE_RECIPIENT = [
  'đồng chí',
  'đ/c',
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cháu',
] as const

/**
 * Verbs right before an award that report it conferred or received, with or without counts: "được
 * tặng Bằng khen", "vinh dự đón nhận Huân chương …", "đạt giải Nhất", "truy tặng danh hiệu …".
 */
export const RECEIVING_VERBS = [
  'được tặng',
  'được trao',
  'được trao tặng',
  'được tặng thưởng',
  'được phong tặng',
  'được truy tặng',
  'được nhận',
  'đón nhận',
  'nhận',
  'đạt',
  'giành',
  'giành được',
  'đoạt',
  'truy tặng',
  'phong tặng',
] as const

/** Words before a receiving verb that make it a goal, not an act ("phấn đấu đạt danh hiệu …"). */
export const GOAL_WORDS = ['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'đăng ký', 'để', 'nhằm', 'nếu', 'sẽ'] as const

/** Recipients named as a class after "cho" ("cho các tập thể, cá nhân"): an act with no count. */
export const CLASS_RECIPIENTS = [
  'các tập thể',
  'các cá nhân',
  'các đơn vị',
  'các tổ chức',
  'các tập thể, cá nhân',
  'các tập thể và cá nhân',
  'tập thể, cá nhân',
  'tập thể và cá nhân',
  'các cán bộ',
  'các đảng viên',
  'các hội viên',
  'các đoàn viên',
  'các em học sinh',
  'các học sinh',
  'các gia đình',
  'các hộ gia đình',
  'các đội',
  'các xã',
] as const
