/**
 * Events: head nouns, the words that make a head noun an event name, and the words around one.
 * Plain data: compiled by src/recognizers/event-name.ts, organizer-phrase.ts and visit.ts.
 */

/** Head noun as written (any case) → the event type (the lower-case head noun of the gold). */
export const EVENT_HEADS = {
  'hội nghị': 'hội nghị',
  lễ: 'lễ',
  'buổi lễ': 'lễ',
  'lễ hội': 'lễ hội',
  'đại hội': 'đại hội',
  'kỳ họp': 'kỳ họp',
  'kì họp': 'kỳ họp',
  'hội thảo': 'hội thảo',
  'tọa đàm': 'tọa đàm',
  'buổi tọa đàm': 'tọa đàm',
  'hội thi': 'hội thi',
  'cuộc thi': 'cuộc thi',
  'hội diễn': 'hội diễn',
  'hội thao': 'hội thao',
  'liên hoan': 'liên hoan',
  'ngày hội': 'ngày hội',
  'diễn tập': 'diễn tập',
  'cuộc diễn tập': 'diễn tập',
  'buổi làm việc': 'buổi làm việc',
  'đoàn công tác': 'đoàn công tác',
  'đoàn lãnh đạo': 'đoàn công tác',
  'đoàn cán bộ': 'đoàn công tác',
  'đoàn kiểm tra': 'đoàn công tác',
  'đoàn giám sát': 'đoàn công tác',
  'đoàn khảo sát': 'đoàn công tác',
  'chương trình': 'chương trình',
  giải: 'giải',
  'phiên họp': 'phiên họp',
  'cuộc họp': 'cuộc họp',
  'buổi họp': 'cuộc họp',
  // "Tại buổi họp mặt": a get-together, not a meeting ("tổ chức họp mặt kỷ niệm …", src/recognizers/verb-event.ts).
  'buổi họp mặt': 'họp mặt',
  'cuộc họp mặt': 'họp mặt',
  đoàn: 'đoàn công tác',
} as const

/**
 * Heads too common as ordinary nouns to stand alone ("dịp lễ", "chương trình mục tiêu", "giải
 * pháp", "tham gia diễn tập"): they name an event only with one of these words right after them.
 */
export const QUALIFIED_HEADS = {
  lễ: [
    'kỷ niệm',
    'khánh thành',
    'khởi công',
    'động thổ',
    'ra quân',
    'xuất quân',
    'giao nhận quân',
    'giao, nhận quân',
    'giao-nhận quân',
    'giao - nhận quân',
    'giao quân',
    'tiễn quân',
    'trao',
    'trao tặng',
    'tặng',
    'tặng thưởng',
    'truy tặng',
    'phong tặng',
    'đón nhận',
    'tuyên dương',
    'biểu dương',
    'khai mạc',
    'bế mạc',
    'khai giảng',
    'bế giảng',
    'tổng kết',
    'công bố',
    'phát động',
    'ra mắt',
    'mít tinh',
    'míttinh',
    'truy điệu',
    'viếng',
    'dâng hương',
    'dâng hoa',
    'báo công',
    'bàn giao',
    'gắn biển',
    'kết nạp',
    'tốt nghiệp',
    'thượng cờ',
    'chào cờ',
    'cầu siêu',
    'an táng',
    'quy tập',
    'tôn vinh',
    'vinh danh',
    'phát thưởng',
    'ký kết',
    'hưởng ứng',
    'tri ân',
    'thắp nến',
    'cắt băng',
    'công nhận',
    'đón',
    'tiếp nhận',
    'trưởng thành',
    'khai trương',
    'thả cá',
  ],
  'buổi lễ': ['kỷ niệm', 'khánh thành', 'trao', 'trao tặng', 'đón nhận', 'tuyên dương', 'ra quân'],
  // "Đoàn của Tỉnh ủy, HĐND, UBND tỉnh": a delegation named by the bodies it comes from.
  đoàn: ['của'],
  'chương trình': [
    'giao lưu',
    'nghệ thuật',
    'văn nghệ',
    'ca nhạc',
    'hòa nhạc',
    'gặp mặt',
    'hội ngộ',
    'tình nguyện',
    'thiện nguyện',
    'trao quà',
    'tặng quà',
    'mít tinh',
    'kỷ niệm',
    'Xuân',
    'Tết',
    'Tiếp sức',
    'Áo ấm',
    'Trung thu',
    'Mùa đông',
    'Hành trình',
    'Chung tay',
    'hiến máu',
    'truyền hình',
    'tọa đàm',
    'đối thoại',
    'vinh danh',
    'tri ân',
    'tuyên dương',
    'biểu dương',
  ],
  giải: [
    'bóng đá',
    'bóng chuyền',
    'bóng rổ',
    'bóng bàn',
    'cầu lông',
    'quần vợt',
    'việt dã',
    'chạy',
    'điền kinh',
    'bơi',
    'bơi lội',
    'cờ tướng',
    'cờ vua',
    'thể thao',
    'đua thuyền',
    'đua ghe',
    'vật',
    'võ',
    'karate',
    'taekwondo',
    'pickleball',
    'golf',
    'xe đạp',
    'marathon',
    'bắn',
    'kéo co',
    'đấu',
    'thể dục',
  ],
  'cuộc diễn tập': [
    'khu vực phòng thủ',
    'chiến đấu',
    'phòng thủ',
    'phòng cháy',
    'PCCC',
    'ứng phó',
    'cứu nạn',
    'KVPT',
  ],
  'diễn tập': [
    'khu vực phòng thủ',
    'chiến đấu',
    'phòng thủ',
    'phòng cháy',
    'PCCC',
    'ứng phó',
    'cứu nạn',
    'cứu hộ',
    'phương án',
    'tác chiến',
    'chỉ huy',
    'thực binh',
    'phòng, chống',
    'phòng chống',
    'KVPT',
    'sẵn sàng',
  ],
} as const satisfies Partial<Record<keyof typeof EVENT_HEADS, readonly string[]>>

/** Who meets voters when no body is named ("Đại biểu HĐND tỉnh tổ chức tiếp xúc với cử tri"). */
export const VOTER_MEETING_HOSTS = [
  'đại biểu',
  'đại biểu HĐND',
  'đại biểu Quốc hội',
  'ĐBQH',
  'tổ đại biểu',
  'đoàn đại biểu',
  'đoàn ĐBQH',
  'các đại biểu',
] as const

/** Heads that name an event even bare ("Đoàn công tác đã đến thăm…"): a delegation is always one. */
export const BARE_HEADS = ['đoàn công tác', 'đoàn kiểm tra', 'đoàn giám sát', 'đoàn khảo sát'] as const

/**
 * Words right before a head that make it part of something else: a place ("Trung tâm Hội nghị"), a
 * body ("Ban Chỉ đạo diễn tập"), or a generic count or plural ("các hội nghị", "25 hội nghị").
 */
export const HEAD_BLOCKERS = [
  'trung tâm',
  'hội trường',
  'ban chỉ đạo',
  'ban tổ chức',
  'tiểu ban',
  'cung',
  'nhà',
  'phòng',
  'văn phòng',
  'đoàn chủ tịch',
  'thư ký',
  'cơ quan',
  'các',
  'những',
  'nhiều',
  'mỗi',
  'từng',
  'một số',
  'số',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'chuẩn bị',
  'kế hoạch',
  'nghi',
  'ngày',
  'dịp',
  'nghỉ',
  'sau',
  'trước',
  'giữa',
  'hàng',
  'trăm',
  'chục',
  'nghìn',
  'ngàn',
  'một',
  'tiểu',
  'đại biểu',
  // "phong trào Đoàn của huyện", "cựu cán bộ Đoàn": the Youth Union, not a delegation.
  'phong trào',
  'cán bộ',
  // "Nghị quyết Đại hội XIV", "văn kiện Đại hội": a document of the event, not the event reported.
  'nghị quyết',
  'văn kiện',
] as const

/** Classifiers between a blocker and its head ("hàng trăm buổi diễn tập", "nhiều cuộc hội thảo"). */
export const HEAD_CLASSIFIERS = ['cuộc', 'buổi', 'đợt'] as const

/** Kinds of activity that are not event heads but list with them: "các kỳ thi, cuộc thi cấp quốc gia". */
export const LISTED_KINDS = [
  'kỳ thi',
  'kì thi',
  'sự kiện',
  'hoạt động',
  'phong trào',
  'cuộc vận động',
] as const

/** Blockers that leave a delegation reported: "các đoàn công tác của Tỉnh ủy đã đến làm việc". */
export const PLURAL_BLOCKERS = ['các', 'những'] as const

/**
 * Where an event name ends: clauses that say where, when, why, by whom or what happened next.
 * Matched case-insensitively at a word start after the head noun.
 */
export const NAME_STOPS = [
  'với sự',
  'với chủ đề',
  'với',
  'tại',
  'ở',
  'nhằm',
  'do',
  'dưới sự',
  'vào',
  'để',
  'theo',
  'có sự',
  'thu hút',
  'cùng với',
  'cùng',
  'đã',
  'đang',
  'sẽ',
  'dự kiến',
  'cũng',
  'được',
  'bị',
  'là',
  'này',
  'lần này',
  'năm nay',
  'diễn ra',
  'kết thúc',
  'thành công',
  'thống nhất',
  'thông qua',
  'nghe',
  'bầu',
  'bước sang',
  'bước vào',
  'tới dự',
  'tới',
  'dành',
  'tập trung',
  'nhất trí',
  'ghi nhận',
  'biểu quyết',
  'tiến hành',
  'có',
  'cho',
  'đề ra',
  'huy động',
  'đạt',
  'xếp loại',
  'kéo dài',
  'đến thăm',
  'đến dự',
  'đến làm việc',
  'đến',
  'về thăm',
  'thăm',
  'làm việc',
  'chúc Tết',
  'trên địa bàn',
  'trên',
  'từ ngày',
  'hôm nay',
  'hôm qua',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'ngày',
  'trong',
  'từ',
  'chính thức',
  'và trao',
  'và tặng',
  'và khen thưởng',
  'và biểu dương',
  'khai mạc',
  'bế mạc',
  'mà',
  'nên',
  'khi',
  'nhưng',
  'vừa',
  'gồm',
  'bao gồm',
  'hoặc',
  'vì',
  'qua đó',
  'đồng thời',
  'phát biểu',
  'chủ trì',
  'tham dự',
  'về dự',
  'rất',
  'nhân dịp',
  'dịp',
  'đều',
  'không',
  'chưa',
  'còn',
  'lại',
  'luôn',
  // A head as the subject of a clause: "Hội nghị lắng nghe ý kiến …", "Đại hội XIV của Đảng sớm đi
  // vào cuộc sống", "thí điểm đại hội trực tiếp bầu bí thư": a verb or an adverb, not a name.
  'lắng nghe',
  'chào đón',
  'sớm',
  'trực tiếp',
  'đi vào',
  'góp phần',
  'yêu cầu',
  'kêu gọi',
  'khẳng định',
  'nhấn mạnh',
  'cần',
  'phải',
] as const

/**
 * A level used as a class, not a name: "đại hội các cấp", "dự Đại hội cấp trên", "đại hội đảng bộ
 * cấp cơ sở". Matched right after the head, or after a body word (GENERIC_LEVEL_BODIES).
 */
export const GENERIC_LEVELS = ['các cấp', 'cấp trên', 'cấp dưới', 'cấp cơ sở', 'cơ sở'] as const
export const GENERIC_LEVEL_BODIES = ['Đảng bộ', 'Đảng', 'chi bộ', 'chi, đảng bộ', 'đại biểu'] as const

/** First syllables of compounds with the stop word "bị" ("chuẩn bị", "thiết bị"): no stop there. */
export const STOP_COMPOUND_FIRSTS = ['chuẩn', 'thiết', 'trang', 'dự', 'phòng'] as const

/**
 * Stops that end a name only before a date, a time word or a span of days: "ngày 22/12" but not
 * "Ngày truyền thống", "trong 2 ngày" but not "trong phong trào thi đua", "sáng nay" but not "Sáng tạo".
 */
export const TIME_STOPS = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'ngày', 'trong', 'từ'] as const
export const AFTER_TIME_STOP = [
  'nay',
  'qua',
  'mai',
  'hôm',
  'ngày',
  'mùng',
  'hai',
  'ba',
  'bốn',
  'các ngày',
  'thời gian',
  'khuôn khổ',
  'không khí',
  'dịp',
  'đêm',
] as const

/**
 * After ",", ";" or " - " inside a name, words that carry the name on ("…năm 2023, phương hướng
 * nhiệm vụ năm 2024"; "Kỳ họp thứ 7, HĐND huyện khóa XX, nhiệm kỳ 2021-2026").
 */
export const NAME_CONTINUATIONS = [
  'phương hướng',
  'nhiệm vụ',
  'triển khai',
  'tổng kết',
  'sơ kết',
  'nhiệm kỳ',
  'khóa',
  'giai đoạn',
  'lần thứ',
  'kế hoạch',
  'phát động',
  'đề ra',
  'HĐND',
  'Hội đồng nhân dân',
  'đánh giá',
  'biểu dương',
  'khen thưởng',
  'định hướng',
  'mục tiêu',
  'phương án',
  'ký kết',
  'chữa cháy',
  'cứu nạn',
  'cứu hộ',
  'chống',
  'chiến sĩ',
  'nhận quân',
  'khánh thành',
  'khởi công',
  'học tập',
  'quán triệt',
  'đối thoại',
  'trấn áp',
] as const

/** After a stop word, words that carry the name on: "Lễ khánh thành và đưa vào sử dụng cầu X". */
export const STOP_CONTINUATIONS = [
  'vào sử dụng',
  'vào hoạt động',
  'vào vận hành',
  'vào khai thác',
  'bầu cử',
  'đến năm',
  'có thưởng',
] as const

/** After a comma in a delegation's name, the next body of a list ("Đoàn công tác của Tỉnh ủy, HĐND, UBND tỉnh"). */
export const BODY_LIST_CONTINUATIONS = [
  'HĐND',
  'UBND',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban MTTQ',
  'UBMTTQ',
  'UBMTTQVN',
  'MTTQ',
  'Ủy ban Mặt trận',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Đảng ủy',
  'Bộ CHQS',
  'Ban CHQS',
  'Công an',
] as const

/** Verbs that hold an event, with the organizer as their subject ("UBND huyện vừa tổ chức Hội nghị"). */
export const ORGANIZING_VERBS = [
  'tổ chức',
  'long trọng tổ chức',
  'trang trọng tổ chức',
  'đồng loạt tổ chức',
  'tổ chức khai mạc',
  'khai mạc',
  'bế mạc',
  'tổ chức bế mạc',
  'tiến hành',
  'phối hợp tổ chức',
  'đăng cai tổ chức',
  'đăng cai',
  'họp',
  'tổng kết và trao giải',
  'tổng kết, trao giải',
  'trao giải',
  'phát động',
  'triệu tập',
] as const

/** Words between the organizing verb and the head that it still governs. */
export const VERB_TO_HEAD_FILLERS = [
  'thành công',
  'trọng thể',
  'long trọng',
  'trang trọng',
  'thực binh',
  'thực hành',
  'tổng duyệt',
  'khai mạc',
  'bế mạc',
  'trực tuyến',
  'tổng kết và trao giải',
  'tổng kết, trao giải',
  'tổng kết',
  'trao giải',
  // "tổ chức điểm cầu trực tuyến theo dõi Hội nghị …": the body holds the conference where it is.
  'điểm cầu theo dõi',
  'điểm cầu trực tuyến theo dõi',
  'điểm cầu dự',
  'điểm cầu trực tuyến dự',
  'điểm cầu tham dự',
  'điểm cầu trực tuyến tham dự',
] as const

/**
 * Words right before the organizing verb that deny or generalise the act: "không tổ chức lễ công
 * bố", "chỉ tổ chức lễ kỷ niệm vào năm tròn", "hằng năm tổ chức Ngày hội". Such a mention is not the
 * event the article reports.
 */
export const NOT_HELD_BEFORE_VERB = [
  'không',
  'chưa',
  'chỉ',
  'phải',
  'cần',
  'nên',
  'tạm dừng',
  'dừng',
  'hoãn',
  'tạm hoãn',
  'hàng năm',
  'hằng năm',
  'thường',
  'thường xuyên',
  'định kỳ',
  'được phép',
  'kế hoạch',
] as const

/** Conjunctions that make the organizing clause a condition or a time, not news: "đến khi huyện tổ chức lễ kỷ niệm". */
export const SUBORDINATORS = [
  'khi',
  'nếu',
  'để',
  'nhằm',
  'trước khi',
  'sau khi',
  'đến khi',
  'cho đến khi',
] as const

/** What a delegation does when it is the news: "Đoàn Giám sát của HĐND huyện … đã giám sát …". */
export const DELEGATION_ACTS = [
  'thăm',
  'đến thăm',
  'về thăm',
  'tới thăm',
  'làm việc',
  'đến làm việc',
  'có buổi làm việc',
  'kiểm tra',
  'giám sát',
  'khảo sát',
  'chúc Tết',
  'chúc mừng',
  'tặng quà',
  'trao quà',
] as const

/** After the event name: it took place ("Đại hội … chính thức khai mạc", "Lễ … diễn ra"). */
export const HAPPENED_AFTER = [
  'diễn ra',
  'đã diễn ra',
  'được tổ chức',
  'đã được tổ chức',
  'khai mạc',
  'chính thức khai mạc',
  'đã khai mạc',
  'bế mạc',
  'đã bế mạc',
  'long trọng diễn ra',
  'trang trọng diễn ra',
] as const

/**
 * Words before an event that make it the background of another ("chào mừng Đại hội…", "văn kiện
 * Đại hội"). Attending is not among them: "đồng chí X dự Lễ giao nhận quân" reports that event.
 */
export const BACKGROUND_BEFORE = [
  'trong tổ chức',
  'việc tổ chức',
  'công tác tổ chức',
  'khâu tổ chức',
  'trong công tác tổ chức',
  'chào mừng',
  'hướng tới',
  'tiến tới',
  'nhân dịp',
  'trình',
  'hưởng ứng',
  'chuẩn bị',
  'sau',
  'trước',
  'phục vụ',
  'thực hiện',
  'nghị quyết',
  'văn kiện',
  'hình thức tổ chức',
  'kế hoạch tổ chức',
  'chuẩn bị tổ chức',
  'chuẩn bị cho',
  'phục vụ cho',
  'nội dung',
  'hướng về',
  'là',
  'sắp tới',
] as const

/**
 * Words after an event that say it is still to come ("Đại hội … sắp diễn ra", "sẽ được tổ chức").
 * Such an event, like one prepared for ("chuẩn bị", "tiến tới"), takes a date only when the
 * sentence says when it will be held (UPCOMING_WHEN before the date).
 */
export const UPCOMING_BEFORE = [
  'chuẩn bị',
  'chuẩn bị cho',
  'chuẩn bị tổ chức',
  'tiến tới',
  'hướng tới',
  'hướng về',
  'trình',
  'dự kiến trình',
  'chào mừng',
] as const
export const UPCOMING_AFTER = ['sắp diễn ra', 'sắp tới', 'sẽ', 'dự kiến', 'sắp'] as const
export const UPCOMING_WHEN = ['diễn ra', 'tổ chức', 'khai mạc', 'dự kiến', 'sẽ', 'vào'] as const

/**
 * Words earlier in the clause that make an event the object of another act, not a report of it:
 * "đảm bảo an ninh trật tự Đại hội …", "bảo vệ an toàn các sự kiện, chuỗi lễ hội …". Such an event
 * is not one the article reports (read only where no organizing verb holds the mention).
 */
export const OBJECT_OF_BEFORE = ['đảm bảo', 'bảo đảm', 'bảo vệ', 'phục vụ'] as const

/** Words right before an event that make it what is talked about: "kết quả của Đại hội …". */
export const RESULT_OF_BEFORE = [
  'kết quả',
  'kết quả của',
  'thành công của',
  'tinh thần',
  'tinh thần của',
  // "thống nhất nội dung chương trình kỳ họp thứ 11": what is prepared, not what is held.
  'chương trình',
  'nội dung',
] as const

/** Words before "đại hội điểm" that make it a predicate ("được chọn là đại hội điểm"), not a name. */
export const PILOT_PREDICATES = [
  'là',
  'làm',
  'chọn',
  'chọn là',
  'chọn làm',
  'trở thành',
  // "được Hội Nông dân tỉnh chọn tổ chức Đại hội điểm": chosen to hold the pilot, not holding it now.
  'chọn tổ chức',
  'chọn để tổ chức',
] as const

/** Words and abbreviations an organization phrase starts with: the subject of "tổ chức", "trao". */
export const ORGANIZER_HEADS = [
  'UBND',
  'Ủy ban nhân dân',
  'UB',
  'HĐND',
  'Hội đồng nhân dân',
  'Thường trực',
  'Ban Thường vụ',
  'BTV',
  'Ban Chấp hành',
  'BCH',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Thị ủy',
  'Quận ủy',
  'Đảng ủy',
  'Đảng bộ',
  'Chi bộ',
  'Ban',
  'Bộ',
  'Sở',
  'Phòng',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Vụ',
  'Viện',
  'Hội',
  'Liên đoàn',
  'LĐLĐ',
  'Công đoàn',
  'Mặt trận',
  'MTTQ',
  'UBMTTQ',
  'UBMTTQVN',
  'Ủy ban MTTQ',
  'Ủy ban Mặt trận',
  'Tỉnh đoàn',
  'Huyện đoàn',
  'Thành đoàn',
  'Thị đoàn',
  'Đoàn Thanh niên',
  'Đoàn Chủ tịch',
  'Đoàn TNCS',
  'Đoàn trường',
  'Trung ương',
  'Chính phủ',
  'Quốc hội',
  'Nhà nước',
  'Quân khu',
  'Bộ CHQS',
  'Ban CHQS',
  'Bộ Chỉ huy',
  'Ban Chỉ huy',
  'Bộ Tư lệnh',
  'Công an',
  'Quân đội',
  'Trường',
  'Trung tâm',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Ngân hàng',
  'Bệnh viện',
  'Văn phòng',
  'Hội đồng',
  'Ủy ban',
  'Tòa án',
  'Viện kiểm sát',
  'VKSND',
  'TAND',
  'Kho bạc',
  'Chi nhánh',
  'Cơ quan',
  'Báo',
  'Đài',
  'Câu lạc bộ',
  'CLB',
  'Hợp tác xã',
  'HTX',
  'Đồn',
  'Đội',
  'Trung đoàn',
  'Sư đoàn',
  'Lữ đoàn',
  'Học viện',
  'Đại học',
  'Liên hiệp',
  'Liên minh',
  'Chính quyền',
  'Thông tấn xã',
  'Binh đoàn',
  'huyện',
  'tỉnh',
  'xã',
  'thị trấn',
  'thị xã',
  'thành phố',
  'TP.',
  'TP',
  'phường',
  'quận',
  'Thủ tướng Chính phủ',
  'Chủ tịch nước',
  'Hội LHPN',
  'Hội CCB',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội Liên hiệp Phụ nữ',
  'Ngành',
  'các xã',
  'các đơn vị',
  'các địa phương',
] as const

/** Adverbs and helpers between a subject and its verb ("UBND huyện vừa tổ chức"). */
export const SUBJECT_TRAILERS = [
  'vừa',
  'đã',
  'đã long trọng',
  'mới đây đã',
  'mới đây',
  'cũng',
  'cũng đã',
  'đang',
  'sẽ',
  'chính thức',
  'tiếp tục',
  'long trọng',
  'trang trọng',
  'đồng loạt',
  'thường niên',
  'đã chính thức',
  'hôm nay',
  'vừa qua',
  'hôm qua',
] as const

/**
 * Openers of an adjunct before the subject, up to its comma ("Sáng 22/12, …", "Nhân dịp này, …",
 * "(QNO) - …"): stripped before the subject is read.
 */
export const LEADING_ADJUNCTS = [
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'ngày',
  'hôm qua',
  'hôm nay',
  'vừa qua',
  'mới đây',
  'trong ngày',
  'trong hai ngày',
  'trong 2 ngày',
  'trong 3 ngày',
  'từ ngày',
  'nhân dịp',
  'dịp này',
  'nhân',
  'thực hiện',
  'tại',
  'cũng tại',
  'trong dịp này',
  'cũng trong dịp này',
  'nhằm',
  'để',
  'chào mừng',
  'hướng tới',
  'thiết thực',
  'theo',
  'căn cứ',
  'trên cơ sở',
  'sau',
  'trước',
  'kết thúc',
  'tiếp tục',
  'cùng ngày',
  'trong năm',
  'năm',
  'đến nay',
  'thay mặt',
  'thừa ủy quyền',
  'trong đợt',
  'qua',
  'với',
  'cũng',
  'đồng thời',
  'ngoài ra',
  'bên cạnh đó',
  'vào',
  'vào ngày',
  'trong',
  'tuần qua',
  'tuần trước',
  'những ngày qua',
  'thời gian qua',
  'hưởng ứng',
  'nhân kỷ niệm',
  'kỷ niệm',
  'dưới sự chủ trì',
  'dưới sự',
  'được sự',
  'hướng về',
] as const

/** Titles a comma-separated adjunct about a person may leave behind ("dưới sự chủ trì của X, Phó Bí thư, …"). */
export const TITLE_REMNANTS = [
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Trưởng',
  'Phó Trưởng',
  'Giám đốc',
  'Phó Giám đốc',
  'Ủy viên',
  'Uỷ viên',
  'Tỉnh ủy viên',
  'Huyện ủy viên',
  'Thường trực',
  'Trưởng đoàn',
  'Trưởng ban',
  'Phó trưởng ban',
] as const

/** Words that open a review part of an event name, and words that open its plan part. */
export const REVIEW_WORDS = ['tổng kết', 'sơ kết', 'đánh giá', 'kiểm điểm', 'báo cáo kết quả'] as const
export const PLAN_WORDS = [
  'phương hướng',
  'nhiệm vụ',
  'triển khai',
  'kế hoạch',
  'phát động',
  'định hướng',
  'mục tiêu',
] as const

/** Time-of-day words before a date ("Sáng 22/12"). */
export const TIME_OF_DAY_WORDS = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'night',
} as const

/** Nouns a location after "tại" may start with in lower case ("tại hội trường UBND huyện"). */
export const PLACE_NOUNS = [
  'hội trường',
  'sân vận động',
  'sân',
  'nhà văn hóa',
  'trụ sở',
  'trung tâm',
  'xã',
  'huyện',
  'thôn',
  'bản',
  'làng',
  'khu',
  'điểm cầu',
  'tượng đài',
  'nghĩa trang',
  'đài tưởng niệm',
  'quảng trường',
  'công viên',
  'trường',
  'khu di tích',
  'đền',
  'chùa',
  'nhà',
  'phòng họp',
  'thị trấn',
  'phường',
  'tổ dân phố',
  'khu dân cư',
  'thành phố',
  'tỉnh',
  'quận',
  'thị xã',
] as const

/** The verb phrases of a visit by an official or a delegation ("thăm, chúc Tết", "thăm và làm việc"). */
export const VISIT_VERBS = [
  'thăm',
  'đến thăm',
  'về thăm',
  'tới thăm',
  'thăm hỏi',
  'đến chúc mừng',
  'tới chúc mừng',
  'đến chúc Tết',
  'tới chúc Tết',
] as const
export const VISIT_SECOND_VERBS = [
  'chúc Tết',
  'làm việc',
  'tặng quà',
  'tặng quà Tết',
  'trao quà',
  'trao quà Tết',
  'động viên',
  'kiểm tra',
  'khảo sát',
  'chúc mừng',
  'chúc thọ',
  'tặng quà và chúc Tết',
  'chúc Tết và tặng quà',
] as const

/** What follows "họp" when a body holds a meeting ("họp với", "họp xét khen thưởng", "họp bàn"). */
export const MEETING_COMPLEMENTS = [
  'với',
  'để',
  'bàn',
  'xét',
  'thẩm định',
  'đánh giá',
  'thống nhất',
  'lần thứ',
  'kiểm điểm',
  'cho ý kiến',
  'thảo luận',
  'nghe',
  'rà soát',
  'triển khai',
  'sơ kết',
  'tổng kết',
  'giao ban',
  'chuyên đề',
  'trực tuyến',
  'Ủy ban nhân dân',
  'UBND',
] as const

/** Ceremonies a body holds, told by the act after "tổ chức" ("tổ chức khánh thành cầu Út Dài"). */
export const CEREMONY_ACTS = [
  'khánh thành',
  'khởi công',
  'động thổ',
  'gắn biển',
  'khai trương',
  'ra quân',
  'đợt ra quân',
  'giao nhận quân',
  'mít tinh',
  'míttinh',
  'dâng hương',
  'ra mắt',
] as const

/**
 * Ceremonies a body holds told by the act alone, with the body as its subject ("UBND tỉnh đã khánh
 * thành và đưa vào sử dụng cầu …", "Hội LHPN xã ra mắt mô hình …").
 */
export const CEREMONY_VERBS = [
  'khánh thành',
  'khởi công',
  'động thổ',
  'khai trương',
  'gắn biển',
  'ra mắt',
] as const

/**
 * Words right before such an act that make it not the body's own ceremony, or not one held: "lễ
 * khánh thành", "dự kiến khánh thành", "sau khi khánh thành", "được khánh thành".
 */
export const NOT_CEREMONY_BEFORE = [
  'lễ',
  'buổi',
  'dự',
  'tại',
  'các',
  'việc',
  'khi',
  'sau khi',
  'trước khi',
  'để',
  'nhằm',
  'sẽ',
  'dự kiến',
  'chuẩn bị',
  'được',
  'chưa',
  'không',
  'đến khi',
  'kịp',
  'trước',
  'sau',
] as const

/**
 * A conference a body holds, told by its act after "tổ chức" with no "hội nghị": "tổ chức sơ kết
 * công tác 6 tháng đầu năm", "tổ chức công bố quyết định …".
 */
export const CONFERENCE_ACTS = ['sơ kết', 'tổng kết', 'công bố'] as const

/** A get-together a body holds: "tổ chức họp mặt kỷ niệm …", "Hội CCB xã họp mặt truyền thống". */
export const GET_TOGETHER = ['họp mặt', 'buổi họp mặt', 'gặp mặt', 'buổi gặp mặt'] as const

/**
 * The people of a body who act in its name: "thầy và trò trường THCS X tổ chức lễ khai giảng" is
 * the school's ceremony.
 */
export const MEMBERS_OF_BODY = [
  'thầy và trò',
  'thầy trò',
  'cô và trò',
  'cô trò',
  'thầy cô và học sinh',
  'thầy cô giáo và học sinh',
  'tập thể',
  'toàn thể',
  'cán bộ, giáo viên và học sinh',
  'cán bộ, giáo viên, học sinh',
  'cán bộ, đảng viên',
] as const

/**
 * Documents whose issuer follows "của": "Hội nghị quán triệt Nghị quyết của Trung ương Đảng" is not
 * held by the Central Committee.
 */
export const DOCUMENT_NOUNS = [
  'nghị quyết',
  'chỉ thị',
  'kết luận',
  'quyết định',
  'kế hoạch',
  'văn bản',
  'luật',
  'nghị định',
  'thông tư',
  'thông báo',
  'hướng dẫn',
  'quy định',
  'đề án',
  'chương trình hành động',
  'chủ trương',
  'chính sách',
  'tư tưởng',
] as const

/** Acts that end a body's name: "Đảng ủy xã X triển khai kế hoạch …", "Ban Thường vụ Huyện ủy cũng chọn …". */
export const ACTS_AFTER_BODY = [
  'triển khai',
  'chọn',
  'lựa chọn',
  'chỉ đạo',
  'quán triệt',
  'thực hiện',
  'phát động',
  'ban hành',
  'xây dựng',
  'chuẩn bị',
  'kiểm tra',
  'giám sát',
  'phối hợp',
] as const
