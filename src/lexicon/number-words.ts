/** Vietnamese number words. Plain data: imported by the number recognizer, nothing else here. */

/** Digit words and their values; "mốt" (1), "tư" (4) and "lăm"/"nhăm" (5) occur after "mươi"/"mười". */
export const DIGIT_WORDS = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
} as const

/** Words that only stand after a tens word ("hai mươi mốt", "ba mươi tư", "mười lăm"). */
export const AFTER_TENS_ONLY = ['mốt', 'lăm', 'nhăm'] as const

export const TEN = 'mười'
export const TENS_MULTIPLIER = 'mươi'
export const HUNDRED = 'trăm'
/** "một trăm linh năm" = 105: marks an empty tens place. */
export const ZERO_TENS = ['linh', 'lẻ'] as const
/** "một trăm rưỡi" = 150, "hai nghìn rưỡi" = 2 500: half of the unit just named. */
export const HALF = 'rưỡi'

/** Scale words, written as they appear after a numeral ("1,2 triệu", "3 nghìn tỷ"). */
export const SCALE_WORDS = {
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
} as const

/** Ordinal words after "thứ": "thứ Nhất", "thứ nhì", "thứ tư". */
export const ORDINAL_WORDS = {
  nhất: 1,
  nhì: 2,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
} as const
