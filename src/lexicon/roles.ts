/**
 * Verbs that give an official a role at the event (`Official.roles`), as they follow the person's
 * introduction ("đồng chí X, Bí thư Huyện ủy chủ trì hội nghị") or open the clause that introduces
 * them ("Phát biểu kết luận hội nghị, đồng chí X…", "Dự hội nghị có các đồng chí…"). Plain data.
 */
export const ROLE_VERBS = {
  chair: ['chủ trì', 'đồng chủ trì', 'điều hành', 'chủ tọa', 'đồng chủ tọa'],
  speaker: [
    'phát biểu',
    'chỉ đạo',
    'kết luận',
    'phát biểu chỉ đạo',
    'phát biểu kết luận',
    'phát biểu khai mạc',
    'phát biểu bế mạc',
    'khai mạc',
    'bế mạc',
    'nhấn mạnh',
    'khẳng định',
    'cho biết',
    'quán triệt',
    'phát động',
    'phát lệnh',
    'đọc diễn văn',
    'đề nghị',
    'yêu cầu',
    'nêu rõ',
    'chỉ rõ',
    'lưu ý',
    'đánh giá cao',
    'ghi nhận',
    'biểu dương',
    'chia sẻ',
    'trình bày',
    'thông tin',
    'thông báo',
    'giao nhiệm vụ',
    'trao đổi',
    'giải trình',
    'tiếp thu',
    'chúc mừng',
  ],
  attendee: [
    'dự',
    'tham dự',
    'tới dự',
    'đến dự',
    'về dự',
    'cùng dự',
    'đến tham dự',
    'tới tham dự',
    'cùng tham dự',
  ],
  presenter: [
    'trao',
    'tặng',
    'trao tặng',
    'trao quà',
    'tặng quà',
    'gắn biển',
    'trao quyết định',
    'trao thưởng',
  ],
  recipient: [
    'nhận',
    'được tặng',
    'được trao',
    'được trao tặng',
    'được nhận',
    'vinh dự nhận',
    'đón nhận',
    'được khen thưởng',
    'được tuyên dương',
    'được vinh danh',
  ],
  delegation_head: [
    'làm trưởng đoàn',
    'là trưởng đoàn',
    'dẫn đầu đoàn',
    'dẫn đầu',
    'làm trưởng đoàn công tác',
    'dẫn đầu đoàn công tác',
  ],
} as const

export type Role = keyof typeof ROLE_VERBS

/** Syllables after "dự" that make it a noun, not "attend": "dự án", "dự kiến", "dự thảo". */
export const NOT_ATTEND_AFTER_DU = [
  'án',
  'kiến',
  'toán',
  'báo',
  'bị',
  'thảo',
  'thi',
  'trữ',
  'định',
  'phòng',
  'đoán',
  'tính',
  'luận',
  'khuyết',
  'giờ',
  'trù',
] as const

/** Words allowed between an introduction and its verb: "đồng chí X đã chủ trì", "… cùng dự". */
export const VERB_ADVERBS = [
  'đã',
  'cũng',
  'vừa',
  'sẽ',
  'đến',
  'tới',
  'về',
  'trực tiếp',
  'đồng thời',
  'cùng',
  'đều',
  'lần lượt',
  'tiếp tục',
  'thay mặt lãnh đạo tỉnh',
] as const

/**
 * Who may come with an official before the shared verb: "đồng chí X, Bí thư Huyện ủy cùng lãnh đạo
 * các ban, ngành huyện đã trao quà …". The phrase opens with "cùng" and one of these words.
 */
export const COMPANION_OPENERS = [
  'các',
  'lãnh đạo',
  'đại diện',
  'đoàn',
  'với',
  'đồng chí',
  'ông',
  'bà',
  'đại biểu',
] as const

/** "dưới sự chủ trì của", "với sự tham dự của": the person after "của" has the role. */
export const ROLE_NOUN_PHRASES = {
  chair: ['dưới sự chủ trì của', 'sự chủ trì của'],
  attendee: ['sự tham dự của', 'sự có mặt của', 'sự tham gia của'],
  speaker: ['sự chỉ đạo của'],
} as const
