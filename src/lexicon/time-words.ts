/**
 * Words of dates, times of day and periods. Plain data: compiled by the date, relative-date and
 * period recognizers. Entries may be written in either tone style; `alternation()` folds them.
 */

/** Parts of the day that lead a date ("Chiều 22/8", "sáng nay", "tối hôm qua"). */
export const TIMES_OF_DAY = {
  sáng: 'morning',
  'buổi sáng': 'morning',
  'rạng sáng': 'morning',
  trưa: 'noon',
  'buổi trưa': 'noon',
  'giữa trưa': 'noon',
  chiều: 'afternoon',
  'buổi chiều': 'afternoon',
  'đầu giờ chiều': 'afternoon',
  'cuối giờ chiều': 'afternoon',
  tối: 'evening',
  'buổi tối': 'evening',
  đêm: 'night',
  'đêm khuya': 'night',
  khuya: 'night',
} as const

/** Relative days that stand alone: days after the reference date. */
export const RELATIVE_DAYS = {
  'hôm nay': 0,
  'ngày hôm nay': 0,
  'hôm qua': -1,
  'ngày hôm qua': -1,
  'hôm kia': -2,
  'ngày mai': 1,
} as const

/** Words that make a time of day relative: "sáng nay", "tối qua", "chiều mai". */
export const TIME_OF_DAY_RELATIVE = { nay: 0, qua: -1, mai: 1 } as const
/** "qua" after these only: "tối qua", "đêm qua" (last night); "sáng qua" reads as a verb too often. */
export const LAST_NIGHT_WORDS = ['tối', 'đêm', 'buổi tối', 'đêm khuya', 'khuya'] as const

/** Relative weeks: weeks after the reference date's week; "tuần qua" is the seven days before it. */
export const RELATIVE_WEEKS = {
  'tuần qua': 'past7',
  'tuần vừa qua': 'past7',
  'tuần trước': -1,
  'tuần này': 0,
  'tuần tới': 1,
} as const

/** "vừa qua": recently, before the reference date; left unresolved when it stands alone. */
export const RECENT = 'vừa qua'
/** Words after a date that say which way its missing year lies. */
export const DATE_SUFFIXES = {
  'vừa qua': 'past',
  'sắp tới': 'future',
  tới: 'future',
  'năm nay': 'thisYear',
} as const
/** Suffixes that read so only at the end of a clause: "ngày 15/10 tới," but not "tới thăm", "tới nay". */
export const CLAUSE_FINAL_SUFFIXES = ['tới'] as const
/** The day of the previous date in the text ("Chiều cùng ngày"). */
export const SAME_DAY = ['cùng ngày'] as const

/**
 * Nouns before "vừa qua" that make it a period ("năm vừa qua", "thời gian vừa qua"), not the day an
 * event happened.
 */
export const NOT_A_DAY_BEFORE_RECENT = [
  'thời gian',
  'năm',
  'tháng',
  'quý',
  'tuần',
  'giai đoạn',
  'thời kỳ',
  'nhiệm kỳ',
  'dịp',
  'đợt',
  'mùa',
  'vụ',
  'kỳ',
  'ngày',
  'những ngày',
  'Tết',
  'năm học',
  'học kỳ',
  'mùa mưa',
] as const

/** Day nouns right before the day number: "ngày 10/3", "hôm 9/10", "mùng 2/9". */
export const DAY_NOUNS = ['ngày', 'hôm', 'mùng', 'mồng'] as const

/** Weekdays, which may stand between a time of day and the date ("sáng thứ Hai, ngày 12/5"). */
export const WEEKDAYS = [
  'thứ hai',
  'thứ ba',
  'thứ tư',
  'thứ năm',
  'thứ sáu',
  'thứ bảy',
  'thứ bẩy',
  'chủ nhật',
  'thứ 2',
  'thứ 3',
  'thứ 4',
  'thứ 5',
  'thứ 6',
  'thứ 7',
] as const

/**
 * Nouns that make a day/month pair a fraction or a score even after a cue ("9/10 điểm", "15/20 tiêu
 * chí"). Place nouns are not here: "Sáng 9/10 huyện tổ chức" is a date followed by its subject.
 */
export const FRACTION_NOUNS = [
  'điểm',
  'tiêu chí',
  'chỉ tiêu',
  'phiếu',
  'câu',
  'đối tượng',
  'thành viên',
  'đại biểu',
  'số phiếu',
] as const

// Periods -------------------------------------------------------------------------------------------

export const QUARTER_WORDS = ['quý', 'qúy'] as const
export const ROMAN_QUARTERS = { i: 1, ii: 2, iii: 3, iv: 4 } as const

/** Month counts in words: "sáu tháng đầu năm", "chín tháng năm 2023". */
export const MONTH_COUNT_WORDS = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
} as const

export const FIRST_PART = ['đầu'] as const
export const LAST_PART = ['cuối'] as const
/** "nửa đầu năm", "nửa cuối năm 2024": halves. */
export const HALF_WORDS = ['nửa'] as const

/** Heads of a span of years: "giai đoạn 2021 - 2025", "năm học 2023 - 2024". */
export const RANGE_HEADS = [
  'giai đoạn',
  'thời kỳ',
  'năm học',
  'niên khóa',
  'niên độ',
  'khóa học',
  'năm tài chính',
  'vụ Đông Xuân',
  'vụ Đông - Xuân',
] as const
/** Heads of an elected term: "nhiệm kỳ 2020 - 2025". */
export const TERM_HEADS = ['nhiệm kỳ'] as const
/** "đến nay", "tới nay": a range still open at the time of writing. */
export const UNTIL_NOW = ['đến nay', 'tới nay'] as const
