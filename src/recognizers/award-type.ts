/**
 * Award types as written, with the conferring authority when it follows ("của …").
 *
 *   "Giấy khen" · "Bằng khen của Chủ tịch UBND tỉnh" (issuer "Chủ tịch UBND tỉnh") · "Cờ thi đua"
 *   "Huân chương Lao động hạng Ba" · "Huân chương Bảo vệ Tổ quốc hạng Nhì" · "Kỷ niệm chương"
 *   "Huy chương Vì thế hệ trẻ" · "danh hiệu Chiến sĩ thi đua cơ sở" · "danh hiệu "Lao động tiên tiến""
 *   "giải Nhất" · "2 giải Nhì" (count 2) · "Huy hiệu 50 năm tuổi Đảng"
 *
 * Not awards: "giải pháp", "giải quyết", "Hội đồng Thi đua - Khen thưởng", "phong trào thi đua",
 * "khen thưởng" with no award named (the extractor reads those as bare commendations).
 */
import type { Range } from '../document.js'
import {
  AWARD_KINDS,
  DIRECT_ISSUERS,
  HONOUR_TITLES,
  ISSUER_TITLES,
  MEDAL_CLASSES,
  MEDAL_HEADS,
  MEDAL_NAMES,
  PLAIN_AWARDS,
  PRIZE_GRADES,
} from '../lexicon/awards.js'
import { ORGANIZER_HEADS } from '../lexicon/events.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { numbered } from './numbered-groups.js'

export interface AwardType extends Range {
  /** The award without its authority or count: `awardStart`…`awardEnd` (quotes are the reader's to drop). */
  awardStart: number
  awardEnd: number
  /** The authority after "của" (or written right after the award), or null. */
  issuer: Range | null
  /** A number of prizes written before them ("2 giải Nhì"). */
  count: number | null
}

// "Huy hiệu 65 năm, 55 năm tuổi và 50 năm tuổi Đảng", "Huy hiệu 30, 40 và 50 tuổi Đảng": one badge
// per count of years, given in one act.
const BADGE_YEARS = '\\d{2}(?:[ \\t]+năm)?(?:[ \\t]+tuổi)?'
const BADGE_AND = '(?:[ \\t]*[,-][ \\t]*(?:và[ \\t]+)?|[ \\t]+và[ \\t]+)'
const CLASS = `(?:[ \\t]+hạng[ \\t]+${alternation(MEDAL_CLASSES)})`
// The word start is checked by hand (LETTER): a leading look-behind, tried at every position, makes
// the search several times slower than the alternation alone.
// Groups are read by number (./numbered-groups.ts): the pattern runs over every sentence with a cue.
const TYPE = numbered(
  `(?:` +
    `(?<medal>${alternation(MEDAL_HEADS)}(?:[ \\t]+${alternation(MEDAL_NAMES)})?${CLASS}?)` +
    `|(?<title>(?:danh hiệu[ \\t]+"?[ \\t]*|"[ \\t]*)?${alternation(HONOUR_TITLES)}"?)` +
    `|(?<badge>Huy hiệu[ \\t]+(?:Đảng(?:[ \\t]+\\d{2}[ \\t]+năm)?|${BADGE_YEARS}(?:${BADGE_AND}${BADGE_YEARS}){1,5}(?:[ \\t]+Đảng)?|\\d{2}[ \\t]+năm(?:[ \\t]+tuổi[ \\t]+Đảng)?))` +
    `|(?:(?<prizes>\\d{1,3})[ \\t]+)?(?<prize>(?:đồng[ \\t]+)?giải[ \\t]+${alternation(PRIZE_GRADES)})` +
    `|(?<plain>${alternation(PLAIN_AWARDS)})` +
    `)${WORD_END}`,
  'giu',
  'medal',
  'prizes',
  'prize',
)
// "Kỷ niệm chương Vì sự nghiệp …", "Huy chương Vì thế hệ trẻ": a name opened by "Vì" ("vì sự nghiệp").
const VI_NAME =
  /^[ \t]+(?:Vì|vì(?=[ \t]+sự[ \t]+nghiệp))(?:[ \t]+(?!(?:cho|của|tặng|trao|và|vì|năm|đã|có)(?![\p{L}\p{M}]))[\p{L}\p{M}]{1,12}){1,10}/u
// A quoted name ("Kỷ niệm chương "Vì sự nghiệp …"") is passed over, not made part of the award.
const QUOTED_NAME = /^[ \t]+"[^"\n]{1,100}"/u
const OF = /^[ \t]+của[ \t]+/u
// "Giấy khen đột xuất của …": a kind between the award and its authority is passed over.
const KIND = new RegExp(`^[ \\t]+${alternation(AWARD_KINDS)}${WORD_END}`, 'iu')
const ISSUER_START = new RegExp(`^(?:${alternation([...ISSUER_TITLES, ...ORGANIZER_HEADS])})${WORD_END}`, 'u')
const DIRECT = new RegExp(`^[ \\t]+(?=${alternation(DIRECT_ISSUERS)}${WORD_END})`, 'u')
const ISSUER_END = new RegExp(
  `[,.;:()"]|(?<![ \\t])[ \\t]+(?=\\d|${alternation(['cho', 'tặng', 'trao', 'vì', 'về', 'do', 'đã', 'có', 'tới', 'đến', 'nhân', 'tại', 'trong', 'với', 'theo', 'năm', 'và', 'cùng', 'được', 'nhằm', 'khen thưởng', 'phong', 'truy', 'xét', 'gồm'])}${WORD_END})`,
  'iu',
)
const MAX_ISSUER = 100
const LETTER = /[\p{L}\p{M}\p{N}]/u

/**
 * A word every award type contains: most sentences have none, and the full pattern (a long
 * case-insensitive alternation tried at every word) is then not run. tests/award-type.test.ts checks
 * that each lexicon entry has one.
 */
export const AWARD_CUE =
  /khen|chương|cờ|danh dự|danh hiệu|s[ĩỹ] thi đua|(?:động|s[ĩỹ]|vị) tiên tiến|động xuất sắc|quyết thắng|anh hùng|(?:s[ĩỹ]|giáo|thuốc|nhân) nhân dân|ưu tú|giải (?:nhất|nhì|ba|khuyến|đặc|xuất|khá|phong|triển|[abc](?![\p{L}\p{M}]))|huy hiệu/iu

/** Every award type in `text` (a sentence in the matching view), in order. */
export function recognizeAwardTypes(text: string): AwardType[] {
  const found: AwardType[] = []
  if (!AWARD_CUE.test(text)) return found
  const { re, G } = TYPE
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1] as string)) continue
    const g = { medal: m[G.medal], prizes: m[G.prizes], prize: m[G.prize] }
    let awardEnd = m.index + m[0].length
    let end = awardEnd
    if (g.medal) {
      const named = VI_NAME.exec(text.slice(awardEnd, awardEnd + 160))
      if (named) awardEnd += named[0].length
      const quoted = named ? null : QUOTED_NAME.exec(text.slice(awardEnd, awardEnd + 120))
      end = awardEnd + (quoted ? quoted[0].length : 0)
    }
    const kind = KIND.exec(text.slice(end, end + 20))
    if (kind) end += kind[0].length
    const issuer = issuerAfter(text, end)
    found.push({
      start: m.index,
      awardStart: g.prizes ? m.index + m[0].indexOf(g.prize as string) : m.index,
      end: issuer ? issuer.end : end,
      awardEnd,
      issuer,
      count: g.prizes ? Number(g.prizes) : null,
    })
  }
  return found
}

/** "của Chủ tịch UBND tỉnh" (or "Thủ tướng Chính phủ" written straight after) → the authority. */
function issuerAfter(text: string, at: number): Range | null {
  const rest = text.slice(at, at + MAX_ISSUER + 20)
  const lead = OF.exec(rest) ?? DIRECT.exec(rest)
  if (!lead) return null
  const body = rest.slice(lead[0].length)
  if (!ISSUER_START.test(body)) return null
  const stop = ISSUER_END.exec(body)
  const phrase = body.slice(0, stop ? stop.index : body.length).trimEnd()
  if (phrase.length === 0 || phrase.length > MAX_ISSUER) return null
  const start = at + lead[0].length
  return { start, end: start + phrase.length }
}
