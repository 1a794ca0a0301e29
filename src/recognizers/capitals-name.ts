/**
 * Names written in capitals, as captions and headlines often are: "ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT
 * BIỂU", "Chủ tịch UBND tỉnh TRƯƠNG HẢI LONG:". Case tells nothing there, so the name is delimited
 * by what cannot be part of it: a lower-case word (mixed text), or a word that opens a verb, a
 * title, a body, a unit or a function word (all-capitals text). A name in capitals must start with a
 * family name and have two to four syllables; a longer run with nothing to end it is not read.
 * Whether it is a person is the caller's call, as for ./person-name.ts.
 *
 *   capitalsNameAt("NGUYỄN VĂN AN PHÁT BIỂU", 0) → "NGUYỄN VĂN AN"
 *   capitalsNameAt("TRƯƠNG HẢI LONG: Năm 2023", 0) → "TRƯƠNG HẢI LONG"
 *   capitalsNameAt("HỘI NGHỊ TỔNG KẾT", 0) → null (no family name)
 */
import type { Range } from '../document.js'
import { HONORIFICS } from '../lexicon/honorifics.js'
import { ORGANIZATION_HEADS } from '../lexicon/organizations.js'
import { NAME_STOP_WORDS } from '../lexicon/places.js'
import { RANKS } from '../lexicon/ranks.js'
import { ROLE_VERBS } from '../lexicon/roles.js'
import { OFFICES } from '../lexicon/titles.js'
import { isUpperCase, lexiconAt } from './lexicon-at.js'
import { type NameMatch, startsWithSurname } from './person-name.js'

// One syllable in capitals ("NGUYỄN", "K'RÉ"), ended by a non-letter.
const CAPITALS_SYLLABLE_AT = /\p{Lu}(?:['’]\p{Lu})?[\p{Lu}\p{M}]{0,6}(?![\p{L}\p{M}\p{N}])/uy
const VOWEL = /[AEIOUY]/

// Verbs that captions put right after a name; the rest come from the lexicons.
const CAPTION_VERBS = [
  'thăm',
  'chúc',
  'chúc mừng',
  'làm việc',
  'tiếp',
  'gặp',
  'khảo sát',
  'động viên',
  'trò chuyện',
  'tặng hoa',
  'bắt tay',
  'đánh giá',
  'đề nghị',
  'yêu cầu',
  'trả lời',
  'giới thiệu',
  'ký',
  'tham quan',
]
const UNIT_WORDS = ['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố', 'thôn', 'bản']
// Words of the lists above that are also common given names: "NGUYỄN VĂN TRƯỜNG", "LÊ VĂN NĂM".
const GIVEN_NAMES = new Set(['trường', 'năm'])
const endsNameAt = lexiconAt(
  [
    ...CAPTION_VERBS,
    ...UNIT_WORDS,
    ...NAME_STOP_WORDS,
    ...Object.values(ROLE_VERBS).flat(),
    ...OFFICES,
    ...RANKS,
    ...HONORIFICS,
    ...ORGANIZATION_HEADS.flatMap((head) => head.forms),
  ].filter((word) => !GIVEN_NAMES.has(word.toLowerCase())),
)

const hasVowel = (syllable: string) => VOWEL.test(syllable.normalize('NFD'))

/** A name in capitals starting exactly at `at`, 2–4 syllables led by a family name. */
export function capitalsNameAt(text: string, at: number): NameMatch | null {
  // a family name in capitals has a second capital letter (the one-letter "Y", "H" a space)
  const second = text.charCodeAt(at + 1)
  if (Number.isNaN(second) || (second !== 0x20 && !isUpperCase(second))) return null
  if (!isUpperCase(text.charCodeAt(at))) return null
  // "ĐOÀN THANH NIÊN …" is a body whose first word is also a family name
  const bodyEnd = endsNameAt.endAt(text, at)
  if (bodyEnd >= 0 && text.slice(at, bodyEnd).includes(' ')) return null
  const syllables: Range[] = []
  let p = at
  for (;;) {
    if (syllables.length > 0 && endsNameAt.endAt(text, p) >= 0) break
    CAPITALS_SYLLABLE_AT.lastIndex = p
    const m = CAPITALS_SYLLABLE_AT.exec(text)
    if (!m || !hasVowel(m[0])) break
    syllables.push({ start: p, end: p + m[0].length })
    // a run longer than a name, with nothing to end it, cannot be delimited
    if (syllables.length > 4) return null
    p += m[0].length
    if (text[p] !== ' ') break
    p += 1
  }
  if (syllables.length < 2) return null
  const end = (syllables.at(-1) as Range).end
  return startsWithSurname(text.slice(at, end)) ? { start: at, end, syllables } : null
}
