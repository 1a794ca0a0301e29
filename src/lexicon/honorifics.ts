/** How articles address people. Plain data. */

/**
 * Honorifics that make a named person an official (fixtures/ANNOTATION.md): đồng chí, đ/c, ông, bà.
 * "ông bà", "bà con" are not honorifics: one is never followed by a capitalised name.
 */
export const HONORIFICS = ['đồng chí', 'đ/c', 'đ/ c', 'Đ/c', 'ông', 'bà'] as const

/** Words before an honorific that make it plural: "các đồng chí: A, …; B, …". */
export const PLURAL_MARKERS = ['các', 'hai', 'ba', 'những'] as const

/**
 * Kinship terms of address: a person named with one of these and no position is not an official
 * ("anh Nguyễn Văn A", "cụ B"), so they never count as an honorific.
 */
export const ADDRESS_TERMS = [
  'anh',
  'chị',
  'em',
  'cháu',
  'cụ',
  'bác',
  'chú',
  'cô',
  'thầy',
  'dì',
  'mẹ',
  'bố',
] as const
