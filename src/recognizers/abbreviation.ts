/**
 * Expanding abbreviations in a phrase, for canonical organization names: "UBND huyện Ngọc Lặc" →
 * "Ủy ban nhân dân huyện Ngọc Lặc", "Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư", "Ban CHQS" → "Ban Chỉ
 * huy Quân sự", "TP. Thanh Hóa" → "thành phố Thanh Hóa". Case-sensitive: "ND" is an abbreviation,
 * "Nd" is not.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js'
import { escapeRegExp } from '../text/pattern.js'

const KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length)
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}&-])(?:${KEYS.map((k) => escapeRegExp(k).replace(/ /g, '[ ]')).join('|')})(?:(?<=\\.)|(?![\\p{L}\\p{M}\\p{N}&]))`,
  'gu',
)

/** The phrase with every known abbreviation written out; the rest as it was. */
export function expandAbbreviations(phrase: string): string {
  return phrase
    .replace(ABBREVIATION, (abbreviation, offset: number) => {
      const expansion = ABBREVIATIONS[abbreviation] ?? abbreviation
      // "TP.Hồ Chí Minh": the expansion needs the space the abbreviation did without.
      const next = phrase[offset + abbreviation.length]
      return abbreviation.endsWith('.') && next !== undefined && next !== ' ' ? `${expansion} ` : expansion
    })
    .replace(/\s+/g, ' ')
    .trim()
}
