/**
 * Site furniture, one trimmed line of the matching view at a time (folded: ASCII dashes and quotes,
 * one tone style): menus, breadcrumbs, datelines, share bars, the toolbar, the trailing widgets.
 * Every test is linear in the line's length; the segmenter decides from these and the line's place.
 */
import {
  CATEGORY_NAMES,
  FOOTER_PREFIXES,
  NAVIGATION,
  PAGE_FURNITURE,
  SITE_BANNER_PREFIXES,
  TOOLBAR_WIDGETS,
  TRAILING_WIDGETS,
} from '../lexicon/site-chrome.js'
import { alternation, WORD_END, WORD_START } from './pattern.js'

/** Lines longer than this are prose whatever they start with; no furniture test runs on them. */
const SHORT = 240

const wholeLine = (phrases: readonly string[]) => new RegExp(`^\\[?${alternation(phrases)}\\]?\\s*:?$`, 'iu')
const WIDGET = wholeLine(TRAILING_WIDGETS)
/** "Từ khóa: Ngọc Lặc, quốc phòng", "Tin liên quan: …": a widget heading with its items on the line. */
const WIDGET_WITH_ITEMS = new RegExp(`^\\[?${alternation(TRAILING_WIDGETS)}\\]?\\s*:`, 'iu')
const FURNITURE = wholeLine(PAGE_FURNITURE)
const NAV = wholeLine(NAVIGATION)
const CATEGORY = wholeLine(CATEGORY_NAMES)
const BANNER = new RegExp(`^${alternation(SITE_BANNER_PREFIXES)}`, 'iu')
const FOOTER = new RegExp(`^${alternation(FOOTER_PREFIXES)}`, 'iu')
const TOOLBAR = wholeLine(TOOLBAR_WIDGETS)
/** "Cỡ chữ: A- A A+", "Chia sẻ qua Facebook": a furniture label with its controls. */
const FURNITURE_PREFIX =
  /^(?:(?:cỡ chữ|font chữ|kích thước chữ|nghe đọc|lượt xem)[\s:]|(?:chia sẻ|share)\s*(?::|qua\s))/iu
/** A furniture label with its value: "Lượt xem: 1.234". */
const LABELLED_COUNT = new RegExp(`^${alternation(PAGE_FURNITURE)}\\s*:?\\s*[\\d.,]{1,12}$`, 'iu')
const SEPARATOR = /\s*(?:\||•|·|»|›|>|\s\/\s|\t|\s{3,})\s*/u

/** A date, a time, or a weekday: what a dateline is made of. */
const DATE_PART = new RegExp(
  `${WORD_START}(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}\\s*(?::|h|giờ)\\s*\\d{0,2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|T[2-7]|CN|GMT\\s*\\+\\s*7)${WORD_END}`,
  'giu',
)
const DATELINE_FILLER = /^[\s,|:()-]*$/u

export interface LineShape {
  readonly text: string
  readonly tokens: number
  /** Ends like a sentence: ".", "!", "?", "…", ";", ":" (quotes and brackets after them allowed). */
  readonly endsSentence: boolean
}

export function shapeOf(text: string): LineShape {
  return {
    text,
    tokens: countTokens(text),
    endsSentence: /[.!?…;:]["')\]]*$/u.test(text.slice(-8)),
  }
}

/** Whitespace-separated words. */
export function countTokens(text: string): number {
  let count = 0
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20
    if (!space && !inToken) count++
    inToken = !space
  }
  return count
}

/** "Tin liên quan", "[Trở về]", "Bản in | Gửi email": the start of the trailing widgets. */
export function isTrailingWidget(line: string): boolean {
  if (line.length > SHORT) return false
  if (WIDGET.test(line) || WIDGET_WITH_ITEMS.test(line) || FOOTER.test(line)) return true
  const parts = splitParts(line)
  return parts.length > 1 && parts.some((p) => WIDGET.test(p)) && parts.every((p) => isFurniturePart(p))
}

/** "Bản in", "Gởi bài viết", "[Trở về]", "Bản in | Gửi email | Trở về": the article toolbar. */
export function isToolbar(line: string): boolean {
  if (line.length > SHORT) return false
  if (TOOLBAR.test(line)) return true
  const parts = splitParts(line)
  return parts.length > 1 && parts.some((p) => TOOLBAR.test(p)) && parts.every((p) => isFurniturePart(p))
}

/** Share bars, font size, view counts, datelines: furniture wherever it stands. */
export function isFurniture(line: string): boolean {
  if (line.length > SHORT) return false
  if (isFurniturePart(line) || isDateline(line)) return true
  const parts = splitParts(line)
  return parts.length > 1 && parts.every((p) => isFurniturePart(p) || isDateline(p) || NAV.test(p))
}

function isFurniturePart(part: string): boolean {
  return (
    (FURNITURE_PREFIX.test(part) && part.length <= 60) ||
    FURNITURE.test(part) ||
    TOOLBAR.test(part) ||
    LABELLED_COUNT.test(part) ||
    WIDGET.test(part) ||
    labelledDate(part)
  )
}

/** "Cập nhật: 25/12/2023 10:30", "Ngày đăng 25-12-2023". */
function labelledDate(part: string): boolean {
  const colon = part.indexOf(':')
  if (colon <= 0 || colon > 30) return false
  return FURNITURE.test(part.slice(0, colon + 1)) && isDateline(part.slice(colon + 1))
}

/** "Thứ Hai, 25/12/2023 10:30", "17:54, 08/04/2024", "Chính trị 28-05-2024": a date with little else. */
export function isDateline(line: string): boolean {
  if (line.length > 80 || !/\d|thứ|chủ nhật/iu.test(line)) return false
  let found = 0
  const rest = line.replace(DATE_PART, () => {
    found++
    return ' '
  })
  if (found === 0) return false
  if (DATELINE_FILLER.test(rest)) return true
  // what is left may be a label or a section name: "Cập nhật", "Chính trị", "Ngày"
  const words = rest.replace(/[,|:()]/gu, ' ').trim()
  return (
    countTokens(words) <= 3 &&
    !/[.!?;]/u.test(words) &&
    (FURNITURE.test(words) || CATEGORY.test(words) || countTokens(words) <= 1)
  )
}

/** Menus and breadcrumbs: "Trang chủ > Tin tức > Hoạt động", "Giới thiệu | Tin tức | Liên hệ". */
export function isNavigation(line: string): boolean {
  if (line.length > SHORT) return false
  if (NAV.test(line) || CATEGORY.test(line)) return true
  if (BANNER.test(line) && countTokens(line) <= 14 && !/[.!?;]$/u.test(line)) return true
  const parts = splitParts(line)
  if (parts.length < 2) return false
  if (NAV.test(parts[0] as string)) return true
  return parts.every((p) => countTokens(p) <= 6 && !/[.!?;:]$/u.test(p))
}

function splitParts(line: string): string[] {
  return line
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}
