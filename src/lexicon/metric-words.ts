/**
 * Words around a figure: the verbs and hedges before it, the comparison basis after it, the words
 * that make a number a name or a date, and the ranking grammar. Plain data, compiled by
 * src/extractors/metrics.ts, src/extractors/rankings.ts and src/recognizers/number.ts.
 */

/**
 * Words that may stand between a subject and its figure ("tăng hơn", "ước đạt xấp xỉ", "giảm xuống
 * còn"). `d`: the direction a verb gives ("none" for chiếm, còn, gấp, bằng, vượt); `a`: the hedge.
 * Entries with neither are fillers ("thêm", "bình quân") that only keep the run going. `own`: the
 * verb needs its own subject ("gồm 18 xã", "dài 5 km") and never shares the previous figure's;
 * `weak`: alone, the verb says too little, and only a measure noun is its subject ("Tổng diện tích
 * gieo trồng được 25.271 ha", but not "Huyện đã giải ngân được 320 tỷ đồng").
 */
export const METRIC_RUN_WORDS = {
  tăng: { d: 'increase' },
  'tăng lên': { d: 'increase' },
  'tăng thêm': { d: 'increase' },
  'tăng trưởng': { d: 'increase' },
  lên: { d: 'none' },
  'nâng lên': { d: 'increase' },
  // Leaps in a score or a rank: "nhảy vọt 8 bậc", "tăng vọt 20%", "vươn lên 5 bậc", "tụt 3 bậc".
  'tăng vọt': { d: 'increase' },
  'nhảy vọt': { d: 'increase' },
  'vươn lên': { d: 'increase' },
  'tăng mạnh': { d: 'increase' },
  tụt: { d: 'decrease' },
  'tụt xuống': { d: 'decrease' },
  'sụt giảm': { d: 'decrease' },
  'giảm mạnh': { d: 'decrease' },
  giảm: { d: 'decrease' },
  'giảm xuống': { d: 'decrease' },
  'giảm còn': { d: 'decrease' },
  'giảm đi': { d: 'decrease' },
  xuống: { d: 'decrease' },
  'xuống còn': { d: 'decrease' },
  'hạ xuống': { d: 'decrease' },
  đạt: { d: 'reach' },
  'đạt được': { d: 'reach' },
  'đạt mức': { d: 'reach' },
  'đạt tỷ lệ': { d: 'reach' },
  'đạt kỷ lục': { d: 'reach' },
  'đạt quy mô': { d: 'reach' },
  'tăng giá': { d: 'increase' },
  'giảm giá': { d: 'decrease' },
  'mức tăng': { d: 'increase' },
  'mức giảm': { d: 'decrease' },
  'chiếm tỷ lệ': { d: 'none' },
  'hoàn thành': { d: 'reach' },
  'ước đạt': { d: 'reach', a: 'about' },
  'ước tăng': { d: 'increase', a: 'about' },
  'ước giảm': { d: 'decrease', a: 'about' },
  chiếm: { d: 'none' },
  còn: { d: 'none' },
  'chỉ còn': { d: 'none' },
  gấp: { d: 'none' },
  bằng: { d: 'none' },
  là: { d: 'none' },
  'tương đương': { d: 'none' },
  // "thu nội địa thực hiện 11.104 tỷ đồng": a measuring verb, but only a measure noun is its subject
  // ("Huyện thực hiện 5 dự án" has none), and the figure after it does not borrow one.
  'thực hiện': { d: 'none', weak: true, own: true },
  'thực hiện được': { d: 'none' },
  'ước thực hiện': { d: 'none', a: 'about' },
  'lên tới': { d: 'none' },
  'trị giá': { d: 'none', own: true },
  'duy trì': { d: 'none' },
  'ở mức': { d: 'none' },
  'được thưởng': { d: 'none' },
  'có giá trị': { d: 'none', own: true },
  gồm: { d: 'none', own: true },
  dài: { d: 'none', own: true },
  rộng: { d: 'none', own: true },
  cao: { d: 'none', own: true },
  sâu: { d: 'none', own: true },
  nặng: { d: 'none', own: true },
  'lên đến': { d: 'none' },
  // Comparatives carry neither a direction nor a hedge: "cao hơn 0,7 điểm %" (ANNOTATION.md).
  'cao hơn': { d: 'none' },
  'thấp hơn': { d: 'none' },
  'nhiều hơn': { d: 'none' },
  'ít hơn': { d: 'none' },
  'lớn hơn': { d: 'none' },
  'nhỏ hơn': { d: 'none' },
  vượt: { d: 'none', a: 'more_than' },
  'vượt mức': { d: 'none', a: 'more_than' },
  hơn: { a: 'more_than' },
  trên: { a: 'more_than' },
  ngoài: { a: 'more_than' },
  dưới: { a: 'less_than' },
  'chưa đến': { a: 'less_than' },
  'chưa tới': { a: 'less_than' },
  'chưa đầy': { a: 'less_than' },
  'không quá': { a: 'less_than' },
  'tối đa': { a: 'less_than' },
  'ít nhất': { a: 'more_than' },
  'tối thiểu': { a: 'more_than' },
  khoảng: { a: 'about' },
  ước: { a: 'about' },
  'ước tính': { a: 'about' },
  'ước khoảng': { a: 'about' },
  'xấp xỉ': { a: 'about' },
  chừng: { a: 'about' },
  'khoảng chừng': { a: 'about' },
  'trên dưới': { a: 'about' },
  gần: { a: 'nearly' },
  'gần như': { a: 'nearly' },
  thêm: {},
  mạnh: {},
  nhẹ: {},
  được: { d: 'none', weak: true },
  'bình quân': {},
  'trung bình': {},
  'lần lượt': {},
  'tương ứng': {},
  tới: {},
  đến: {},
  từ: {},
} as const

/**
 * "trên" is also the preposition "on, across": before one of these nouns, after a word that does not
 * introduce an amount, it places the action ("đo lường … trên 10 lĩnh vực", "có mặt trên 30 quốc gia")
 * and is no hedge. "có trên 10 lĩnh vực", "Trên 200 đại biểu", "đạt trên 90%" stay "more than".
 */
export const SPREAD_NOUNS = [
  'lĩnh vực',
  'địa bàn',
  'địa phương',
  'tỉnh',
  'thành phố',
  'tỉnh, thành phố',
  'tỉnh, thành',
  'huyện',
  'quận',
  'xã',
  'phường',
  'quốc gia',
  'nước',
  'quốc gia và vùng lãnh thổ',
  'vùng lãnh thổ',
  'châu lục',
  'tuyến',
  'tuyến đường',
  'nền tảng',
  'trang',
  'kênh',
  'mặt trận',
  'khía cạnh',
  'tiêu chí',
  'chỉ số thành phần',
] as const

/** Words after which "trên" before a spread noun still means "more than": "có trên 10 lĩnh vực". */
export const AMOUNT_INTROS = [
  'có',
  'với',
  'gồm',
  'bao gồm',
  'cho',
  'sang',
  'tới',
  'đến',
  'và',
  'hoặc',
  'là',
  'tổng số',
  'tổng cộng',
  'hơn',
  'của',
] as const

/** Run words that are also nouns: before a copula they belong to the subject ("tốc độ tăng trưởng
 * đạt 7%", "vốn thực hiện đạt", "tỷ lệ hoàn thành là 95%"). */
export const NOUN_VERBS = ['tăng trưởng', 'thực hiện', 'hoàn thành', 'tăng thêm'] as const
export const COPULAS = ['đạt', 'đạt được', 'đạt mức', 'ước đạt', 'là', 'bằng', 'chiếm'] as const

/** Verbs ending in a run word that are not about a figure: "nhân rộng hơn 2.100 mô hình". */
export const COMPOUND_VERBS = [
  'nhân rộng',
  'mở rộng',
  'nâng cao',
  'đề cao',
  'tăng cao',
  'kéo dài',
  'sâu rộng',
  'đi sâu',
  'lan rộng',
] as const

/** Verbs that do not chain before another verb in a run: "mặt bằng đạt 85%" is not "bằng đạt". */
export const UNCHAINED = [
  'bằng',
  'là',
  'chiếm',
  'gấp',
  'đạt',
  'đạt được',
  'trị giá',
  'dài',
  'rộng',
  'cao',
  'gồm',
] as const

/**
 * Nouns that head a figure's subject when no verb stands before the figure: "tổng vốn đăng ký 4,12
 * tỷ USD", "chiều dài 48 m", "mỗi suất 500.000 đồng", "dự toán chi ngân sách 45,2 tỷ đồng".
 */
export const METRIC_NOUNS = [
  'tổng',
  'tổng số',
  'số',
  'tỷ lệ',
  'tỉ lệ',
  'tỷ trọng',
  'tốc độ',
  'giá trị',
  'diện tích',
  'dân số',
  'chiều dài',
  'chiều rộng',
  'chiều cao',
  'độ dài',
  'độ che phủ',
  'quy mô',
  'tải trọng',
  'công suất',
  'sản lượng',
  'năng suất',
  'khối lượng',
  'kinh phí',
  'vốn',
  'nguồn vốn',
  'số vốn',
  'nguồn lực',
  'thu ngân sách',
  'chi ngân sách',
  'tổng thu',
  'tổng chi',
  'thu nội địa',
  'thu tiền',
  'ngân sách',
  'tổng trị giá',
  'độ sâu',
  'dự toán',
  'doanh thu',
  'lợi nhuận',
  'thu nhập',
  'kim ngạch',
  'giá',
  'giá bán',
  'mức',
  'trị giá',
  'số tiền',
  'tiền',
  'mỗi',
  'mặt cắt ngang',
  'mặt cầu',
  'mặt đường',
  'đàn',
  'chỉ số',
  'GRDP',
  'GDP',
  'CPI',
  'PCI',
  'tăng trưởng',
  'quỹ',
  'dư nợ',
  'lượng',
  'thu',
  'thiệt hại',
  'cân nặng',
  'điểm số',
  'số lượng',
] as const

/** Measure nouns that count things: the only ones a count ("31 xã") takes as its subject. */
export const COUNT_NOUNS = [
  'tổng',
  'tổng số',
  'số',
  'số lượng',
  'dân số',
  'đàn',
  'tổng đàn',
  'quy mô',
  'mỗi',
  'lượng',
] as const

/** Measure nouns of a rate or a speed: a verb-noun after them is part of the subject ("tốc độ tăng trưởng 7%"). */
export const RATE_NOUNS = ['tốc độ', 'tỷ lệ', 'tỉ lệ', 'mức', 'chỉ số'] as const

/** Not measure nouns though they start like one: "mỗi năm", "số lần". */
export const NOT_METRIC_NOUNS = [
  'mỗi năm',
  'mỗi tháng',
  'mỗi ngày',
  'mỗi tuần',
  'mỗi quý',
  'mỗi lần',
  'mỗi kỳ',
  'mỗi kg',
  // "thu" is a measure noun ("thu nội địa", "thu thuế và phí 73 tỷ đồng") but not in these verbs.
  'thu giữ',
  'thu hồi',
  'thu hoạch',
  'thu thập',
  'thu gom',
  'thu mua',
  'thu nhận',
  'thu hút',
  'thu dung',
] as const

/** Moves between two figures: "giảm từ 18,5% xuống còn 6,2%", "tăng từ 80% lên 85%". */
export const MOVES = ['lên', 'xuống', 'còn', 'xuống còn', 'giảm còn', 'lên mức', 'xuống mức'] as const

/** Verbs that frame a figure: the subject starts after them ("huyện phấn đấu tốc độ tăng … đạt"). */
export const FRAMINGS = [
  'phấn đấu',
  'đặt mục tiêu',
  'dự kiến',
  'cho biết',
  'cho thấy',
  'mà',
  'thì',
  'nên',
  'khiến',
  'giúp',
  'để',
  'nhằm',
  'đề ra',
  'khi',
  'do',
  'vì',
  'nhờ',
  'bởi',
  'bầu',
  'xác định',
  'yêu cầu',
  'đảm bảo',
  'bảo đảm',
] as const

/**
 * Verbs before a measure noun that give the figure its direction: "giảm tỷ lệ hộ nghèo từ 5 đến 6%"
 * ("none": "nâng tổng số sản phẩm lên 162").
 */
export const VERBS_FIRST = {
  tăng: 'increase',
  giảm: 'decrease',
  'kéo giảm': 'decrease',
  hạ: 'decrease',
  nâng: 'none',
  đưa: 'none',
} as const

/** Trailing words of a subject that belong to a time phrase ("thu ngân sách trong năm 2023"). */
export const SUBJECT_TRAILING_PREPOSITIONS = [
  'trong',
  'của',
  'tại',
  'ở',
  'vào',
  'từ',
  'đến',
  'tới',
  'và',
] as const

/** "so với cùng kỳ năm 2022", "so cùng kỳ". */
export const COMPARISON_INTROS = ['so với', 'so'] as const

/** Bases that may follow a figure directly: "đạt 105% kế hoạch", "vượt 8% dự toán". */
export const COMPARISON_BASES = [
  'kế hoạch',
  'KH',
  'dự toán',
  'chỉ tiêu',
  'nghị quyết',
  'mục tiêu',
  'cùng kỳ',
] as const

/** Words that end a comparison basis or a scope. */
export const PHRASE_STOPS = [
  'và',
  'nhưng',
  'song',
  'tăng',
  'giảm',
  'đạt',
  'xếp',
  'đứng',
  'chiếm',
  'vượt',
  'bằng',
  'trong đó',
  'là',
  'góp phần',
  'nhờ',
  'do',
  'với',
  'về',
  'sau',
  'khi',
  'thì',
  'đã',
  'có',
  'theo',
  'tại',
  'nhằm',
  'để',
] as const

/** Discourse before a subject ("Trong đó, …", "Riêng …", "Về …"). */
export const SUBJECT_LEADS = [
  'trong đó',
  'trong khi đó',
  'trong khi',
  'khi đó',
  'riêng',
  'cụ thể',
  'cụ thể là',
  'ngoài ra',
  'bên cạnh đó',
  'đồng thời',
  'theo đó',
  'qua đó',
  'nhờ đó',
  'tuy nhiên',
  'nhưng',
  'song',
  'và',
  'hay',
  'hoặc',
  'có',
  'đã',
  'còn',
  'về',
  'với',
  'hiện nay',
  'hiện',
  'đến nay',
  'tính đến nay',
  'tính đến',
  'tính chung',
  'trong số',
  'trong số đó',
  'trong số này',
  'lần đầu tiên',
  'lần đầu',
  'là',
  'nhìn chung',
  'trong',
  'tại',
  'ở',
  'đặc biệt',
  'nổi bật',
  'nổi bật là',
  'đáng chú ý',
  'năm nay',
  'cả năm',
  'ước',
  'ước tính',
  'dự kiến',
  'trong năm',
  'đến cuối năm',
  'đến hết năm',
  'từ đầu năm đến nay',
  'sau',
  'kết quả',
  'kết quả là',
  'theo',
  'như vậy',
  'tuy vậy',
  'mặt khác',
  'toàn huyện',
  'toàn tỉnh',
  'toàn xã',
  'toàn thành phố',
  'toàn phường',
  'cả huyện',
  'cả tỉnh',
  'cả xã',
  'cả nước',
  'trên địa bàn',
  'trên lĩnh vực',
  'lĩnh vực',
] as const

/** Verbs other than the metric verbs whose subject a following clause may share ("…, tăng 5 bậc"). */
export const SUBJECT_ANCHORS = ['xếp', 'xếp hạng', 'đứng', 'đứng hạng', 'dẫn đầu', 'đứng đầu'] as const

/** Topic phrases that name the subject of the clause after them: "Về thu ngân sách, ước đạt …". */
export const TOPIC_LEADS = [
  'về',
  'riêng',
  'đối với',
  'trong đó',
  'lĩnh vực',
  'trong lĩnh vực',
  'về lĩnh vực',
] as const

/** Auxiliaries between a subject and its verb ("thu ngân sách đã đạt"). */
export const SUBJECT_TAILS = [
  'đã',
  'đều',
  'cũng',
  'vẫn',
  'tiếp tục',
  'luôn',
  'chỉ',
  'bước đầu',
  'cơ bản',
  'đã được',
  'được',
  'sẽ',
  'dự kiến',
  'phấn đấu',
  'năm nay',
  'điều chỉnh',
  'có',
  'hiện',
  'hiện nay',
  'lần lượt',
] as const

/** Award vocabulary: counts of tập thể / cá nhân near these are the award's, not metrics. */
export const AWARD_WORDS = [
  'Giấy khen',
  'Bằng khen',
  'Cờ thi đua',
  'Huân chương',
  'Kỷ niệm chương',
  'Huy hiệu',
  'danh hiệu',
  'khen thưởng',
  'biểu dương',
  'tuyên dương',
  'vinh danh',
  'Chiến sĩ thi đua',
  'Lao động tiên tiến',
] as const

/**
 * Verbs that commend: a count right after one is the commendation's recipients ("tuyên dương 19
 * thanh niên tiêu biểu", "khen thưởng cho 13 tấm gương"), not a metric.
 */
export const COMMENDING_VERBS = ['khen thưởng', 'tuyên dương', 'biểu dương', 'vinh danh', 'tôn vinh'] as const

/** Words that may stand between a commending verb and its count ("tuyên dương hơn 200 đoàn viên"). */
export const COMMENDED_COUNT_LEADS = ['cho', 'hơn', 'gần', 'trên', 'tổng số', 'tổng cộng'] as const

/** Recipient nouns an award counts. */
export const AWARD_RECIPIENTS = ['tập thể', 'cá nhân', 'tập thể, cá nhân'] as const

/**
 * Words after which a number is part of a name, an address or a document reference: "Sư đoàn 324",
 * "thôn 5", "Ban Chỉ đạo 389", "Cụm thi đua số 6", "Nghị quyết 15", "lần 2", "lớp 9", "top 10", "Covid-19".
 */
export const IDENTIFIER_HEADS = [
  'số',
  'thôn',
  'xóm',
  'bản',
  'ấp',
  'tổ',
  'tổ dân phố',
  'khu phố',
  'khu',
  'khối',
  'phường',
  'quận',
  'lô',
  'tầng',
  'phòng',
  'quốc lộ',
  'tỉnh lộ',
  'đường tỉnh',
  'đường huyện',
  'đường',
  'km',
  'sư đoàn',
  'trung đoàn',
  'lữ đoàn',
  'tiểu đoàn',
  'đại đội',
  'trung đội',
  'tiểu đội',
  'quân đoàn',
  'quân khu',
  'binh đoàn',
  'hải đoàn',
  'ban chỉ đạo',
  'hải đội',
  'vùng',
  'đồn',
  'trạm',
  'cụm',
  'cụm thi đua',
  'khối thi đua',
  'đội',
  'khóa',
  'kỳ',
  'kỳ họp',
  'phiên',
  'lần',
  'đợt',
  'vòng',
  'bước',
  'giai đoạn',
  'mục',
  'điều',
  'khoản',
  'chương',
  'câu',
  'bài',
  'top',
  'tốp',
  'hạng',
  'thứ',
  'vị trí',
  'loại',
  'lớp',
  'tuyến',
  'nghị quyết',
  'nghị định',
  'chỉ thị',

  'thông tư',
  'công văn',
  'chương trình',
  'đề án',
  'dự án',
  'tiểu dự án',
  'nội dung',
  'luật',
  'quy định',
  'tờ trình',
  'mẫu',
  'mã',
  'mã số',
  'covid',
  'Covid-',
  'COVID-',
  'hotline',
  'điện thoại',
  'ĐT',
  'SĐT',
  'fax',
] as const

/** Words before a year: "năm 2023", "giai đoạn 2021-2025", "năm học 2023-2024". */
export const YEAR_HEADS = [
  'năm',
  'năm học',
  'niên khóa',
  'niên độ',
  'giai đoạn',
  'nhiệm kỳ',
  'khóa',
  'mùa',
  'vụ',
  'từ',
  'đến',
  'tới',
  'trước',
  'sau',
  'kế hoạch',
  'tết',
  'xuân',
] as const

/** Words before a day/month pair ("ngày 12.5", "sáng 9/10"): the pair is a date, not a number. */
export const DATE_HEADS = [
  'ngày',
  'hôm',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'mùng',
  'mồng',
  'từ',
  'đến',
  'tới',
  'hết',
  'cuối',
  'đầu',
  'qua',
  'nay',
  'vào',
  'trước',
  'sau',
  'và',
  'tháng',
] as const

/** Words that make a following number vague or not a count: "hàng trăm", "vài chục". */
export const VAGUE_HEADS = ['hàng', 'vài', 'mấy', 'dăm', 'hàng chục', 'chục'] as const

/** Ranking: verbs that lead "thứ N" / "hạng N". */
export const RANK_VERBS = [
  'xếp',
  'đứng',
  'giữ',
  'vươn lên',
  'tăng lên',
  'lên',
  'tụt xuống',
  'xuống',
  'ở',
  'xếp ở',
  'đứng ở',
  'nằm ở',
  'xếp hạng',
  'đứng hạng',
  'cao',
  'lớn',
  'nhiều',
  'thấp',
] as const

/** Ranking: the rank noun before "thứ" or the numeral ("vị trí thứ 3", "vị thứ 10", "hạng 15"). */
export const RANK_NOUNS = ['vị trí', 'vị', 'hạng', 'thứ hạng'] as const

/** Ranking: phrases that mean rank 1 when a scope follows. */
export const RANK_ONE = ['dẫn đầu', 'đứng đầu', 'cao nhất'] as const

/** Superlatives that take a bare administrative noun as their scope: "cao nhất tỉnh" (of the province). */
export const RANK_ONE_BARE_SCOPE = ['cao nhất'] as const

/**
 * Ranking titles: the rank they mean. A contest has them too ("quán quân cuộc thi"), so they are
 * rankings only in a named index table ("trong bảng xếp hạng PCI 2023") stated in the sentence.
 */
export const RANK_TITLES = { 'quán quân': 1, 'á quân': 2 } as const

/**
 * A named index table as a ranking's field: the head, then the index's name in capitals ("bảng xếp
 * hạng PCI 2023", "Chỉ số PCI năm 2023", "Chỉ số PAR INDEX").
 */
export const INDEX_SCOPE_HEADS = ['bảng xếp hạng', 'chỉ số'] as const

/**
 * Verbs of a move between ranks, before "từ thứ 8 lên thứ 3": the subject stops before them ("Vĩnh
 * Long vươn mạnh từ vị trí thứ 8 lên thứ 3" → "Vĩnh Long").
 */
export const RANK_MOVE_VERBS = [
  'tăng',
  'tăng vọt',
  'tăng mạnh',
  'nhảy vọt',
  'nhảy',
  'vươn',
  'vươn lên',
  'vươn mạnh',
  'thăng',
  'thăng hạng',
  'tăng hạng',
  'cải thiện',
  'giảm',
  'tụt',
  'tụt hạng',
  'tụt mạnh',
  'lùi',
  'đã',
  'liên tục',
] as const

/** Verbs before a ranking title: the subject stops before them ("Quảng Ninh tiếp tục giữ ngôi quán quân"). */
export const RANK_TITLE_VERBS = [
  'giành',
  'giành được',
  'chiếm',
  'giữ',
  'giữ vững',
  'đoạt',
  'tiếp tục',
  'vẫn',
  'đã',
  'trở thành',
  'lên ngôi',
] as const

/** Group membership, not a rank: "nằm trong nhóm 10 tỉnh dẫn đầu", "top 10". */
/** Nouns that "dẫn đầu" may modify as a class: "69 đơn vị dẫn đầu", "các tập thể dẫn đầu". */
export const CLASS_NOUNS = [
  'đơn vị',
  'tập thể',
  'cá nhân',
  'tập thể, cá nhân',
  'địa phương',
  'doanh nghiệp',
  'cơ quan',
  'xã',
  'huyện',
  'tỉnh',
  'trường',
] as const

/** Words before such a noun that make it a class, not a subject: a count, "các", "những", "cho". */
export const CLASS_DETERMINERS = ['các', 'những', 'cho', 'tặng', 'trao', 'khen thưởng'] as const

export const GROUP_WORDS = ['nhóm', 'top', 'tốp', 'Cờ', 'giải'] as const

/** Ordinals after these are sessions, terms or days, not ranks ("kỳ họp thứ 7", "lần thứ VIII"). */
export const SESSION_HEADS = [
  'kỳ họp',
  'phiên',
  'phiên họp',
  'lần',
  'khóa',
  'đợt',
  'hội nghị',
  'đại hội',
  'ngày',
  'tuần',
  'tháng',
  'năm',
  'lớp',
  'giải',
  'kỳ',
  'mùa',
  'vòng',
  'người',
  'con',
] as const

/** Complete scopes: "toàn tỉnh", "cả nước". */
export const FIXED_SCOPES = [
  'toàn tỉnh',
  'toàn quốc',
  'toàn huyện',
  'toàn thành phố',
  'toàn thị xã',
  'toàn ngành',
  'toàn vùng',
  'toàn khu vực',
  'toàn quân',
  'toàn lực lượng',
  'toàn khối',
  'toàn cụm',
  'cả nước',
  'cả tỉnh',
  'cả huyện',
  'cả vùng',
  'cả khu vực',
  'cả khối',
  'cả thành phố',
] as const

/** Scopes that go on with a few words: "các huyện miền núi", "khu vực Tây Nguyên", "khối thi đua". */
export const OPEN_SCOPES = ['khu vực', 'khối thi đua', 'cụm thi đua', 'khối', 'cụm', 'vùng', 'miền'] as const

/**
 * "các" opens a scope only before a unit of comparison: "các huyện miền núi", "các đơn vị". Not "các
 * cụm, khối thi đua": the leaders of several clusters are award recipients, not one stated position.
 */
export const PLURAL_SCOPE_NOUNS = [
  'tỉnh',
  'thành phố',
  'huyện',
  'thị xã',
  'quận',
  'xã',
  'phường',
  'thị trấn',
  'địa phương',
  'đơn vị',
  'ngành',
  'sở',
  'cơ quan',
  'trường',
  'bộ',
  'vùng',
  'tỉnh, thành phố',
] as const

/** Words that end an open scope ("các huyện miền núi và …", "khối thi đua … của tỉnh"). */
export const SCOPE_STOPS = [
  'về',
  'với',
  'và',
  'trong',
  'năm',
  'so',
  'từ',
  'đến',
  'thứ',
  'hạng',
  'của',
  'cho',
  'là',
  'đạt',
  'tăng',
  'giảm',
  'xếp',
  'đứng',
  'có',
  'được',
  'đã',
  'theo',
  'tại',
  'khi',
  'sau',
  'nhằm',
  'để',
  'nhưng',
  'trong đó',
  'với',
] as const

/** Prepositions before a scope, left out of it: "xếp thứ 3 trong khu vực". */
export const SCOPE_PREPOSITIONS = ['trong', 'trên', 'của', 'trong số', 'trong tổng số'] as const

/** Administrative nouns: a scope's list goes on past a comma with them ("các huyện, thị xã"). */
export const ADMIN_NOUNS = [
  'tỉnh',
  'thành phố',
  'thành',
  'huyện',
  'thị xã',
  'thị trấn',
  'quận',
  'xã',
  'phường',
  'địa phương',
  'đơn vị',
  'bộ',
  'ngành',
  'TP',
] as const
