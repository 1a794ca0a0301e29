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
  SPONSOR_LINE_VERBS,
  SPONSOR_ORG_TYPES,
  TOOLBAR_WIDGETS,
  TRAILING_WIDGETS,
} from '../lexicon/site-chrome.js'
import { LookbehindPattern } from './lookbehind-pattern.js'
import { WORD_END, WORD_START } from './pattern.js'
import { alternationTrie } from './phrase-trie.js'

/** Lexicon alternations, for patterns compiled with "iu". */
const anyCase = (phrases: readonly string[]) => alternationTrie(phrases, 'iu')
/** Lines longer than this are prose whatever they start with; no furniture test runs on them. */
const SHORT = 240

const wholeLine = (phrases: readonly string[]) => new RegExp(`^\\[?${anyCase(phrases)}\\]?\\s*:?$`, 'iu')
const WIDGET = wholeLine(TRAILING_WIDGETS)
/** "Từ khóa: Ngọc Lặc, quốc phòng", "Tin liên quan: …": a widget heading with its items on the line. */
const WIDGET_WITH_ITEMS = new RegExp(`^\\[?${anyCase(TRAILING_WIDGETS)}\\]?\\s*:`, 'iu')
const FURNITURE = wholeLine(PAGE_FURNITURE)
const NAV = wholeLine(NAVIGATION)
const CATEGORY = wholeLine(CATEGORY_NAMES)
const BANNER = new RegExp(`^${anyCase(SITE_BANNER_PREFIXES)}`, 'iu')
const FOOTER = new RegExp(`^${anyCase(FOOTER_PREFIXES)}`, 'iu')
const TOOLBAR = wholeLine(TOOLBAR_WIDGETS)
/** All the whole-line lexicons at once: most lines are none of them, which one test then tells. */
const ANY_WHOLE_LINE = wholeLine([
  ...TRAILING_WIDGETS,
  ...PAGE_FURNITURE,
  ...NAVIGATION,
  ...CATEGORY_NAMES,
  ...TOOLBAR_WIDGETS,
])
/** "Cỡ chữ: A- A A+", "Chia sẻ qua Facebook": a furniture label with its controls. */
const FURNITURE_PREFIX =
  /^(?:(?:cỡ chữ|font chữ|kích thước chữ|nghe đọc|lượt xem)[\s:]|(?:chia sẻ|share)\s*(?::|qua\s))/iu
/** A furniture label with its value: "Lượt xem: 1.234". */
const LABELLED_COUNT = new RegExp(`^${anyCase(PAGE_FURNITURE)}\\s*:?\\s*[\\d.,]{1,12}$`, 'iu')
const SEPARATOR = /\s*(?:\||•|·|»|›|>|\s\/\s|\t|\s{3,})\s*/u

/** A date, a time, or a weekday: what a dateline is made of. */
const DATE_PART = new LookbehindPattern(
  WORD_START,
  `(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}\\s*(?::|h|giờ)\\s*\\d{0,2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|T[2-7]|CN|GMT\\s*\\+\\s*7)${WORD_END}`,
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
  return { text, tokens: countTokens(text), endsSentence: endsLikeSentence(text) }
}

/** A stop among the last 8 code units, followed by nothing but closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  const from = Math.max(0, text.length - 8)
  let i = text.length - 1
  while (i >= from && isCloser(text.charCodeAt(i))) i--
  return i >= from && isStop(text.charCodeAt(i))
}

// . ! ? … ; :
const isStop = (c: number) =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b || c === 0x3a
// " ' ) ]
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d

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

/**
 * How the tests below split a line into parts: `splitParts`, or a memo of it when a caller asks
 * several questions of the same line (see ./line-features.ts).
 */
export type PartsOf = (line: string) => readonly string[]

/** "Tin liên quan", "[Trở về]", "Bản in | Gửi email": the start of the trailing widgets. */
export function isTrailingWidget(line: string, partsOf: PartsOf = splitParts): boolean {
  if (line.length > SHORT) return false
  if (isWhole(WIDGET, line) || WIDGET_WITH_ITEMS.test(line) || FOOTER.test(line)) return true
  const parts = partsOf(line)
  return parts.length > 1 && parts.some((p) => isWhole(WIDGET, p)) && parts.every((p) => isFurniturePart(p))
}

/** "Bản in", "Gởi bài viết", "[Trở về]", "Bản in | Gửi email | Trở về": the article toolbar. */
export function isToolbar(line: string, partsOf: PartsOf = splitParts): boolean {
  if (line.length > SHORT) return false
  if (isWhole(TOOLBAR, line)) return true
  const parts = partsOf(line)
  return parts.length > 1 && parts.some((p) => isWhole(TOOLBAR, p)) && parts.every((p) => isFurniturePart(p))
}

/** Share bars, font size, view counts, datelines: furniture wherever it stands. */
export function isFurniture(line: string, partsOf: PartsOf = splitParts): boolean {
  if (line.length > SHORT) return false
  if (isFurniturePart(line) || isDateline(line)) return true
  const parts = partsOf(line)
  return parts.length > 1 && parts.every((p) => isFurniturePart(p) || isDateline(p) || isWhole(NAV, p))
}

function isFurniturePart(part: string): boolean {
  return (
    (part.length <= 60 && FURNITURE_PREFIX.test(part)) ||
    isWhole(FURNITURE, part) ||
    isWhole(TOOLBAR, part) ||
    LABELLED_COUNT.test(part) ||
    isWhole(WIDGET, part) ||
    labelledDate(part)
  )
}

/** "Cập nhật: 25/12/2023 10:30", "Ngày đăng 25-12-2023". */
function labelledDate(part: string): boolean {
  const colon = part.indexOf(':')
  if (colon <= 0 || colon > 30) return false
  return isWhole(FURNITURE, part.slice(0, colon + 1)) && isDateline(part.slice(colon + 1))
}

/** "Thứ Hai, 25/12/2023 10:30", "17:54, 08/04/2024", "Chính trị 28-05-2024": a date with little else. */
export function isDateline(line: string): boolean {
  if (line.length > 80 || !(/\d/.test(line) || /thứ|chủ nhật/iu.test(line))) return false
  const found = DATE_PART.matchAll(line)
  if (found.length === 0) return false
  const rest = replaceEach(line, found, ' ')
  if (DATELINE_FILLER.test(rest)) return true
  // what is left may be a label or a section name: "Cập nhật", "Chính trị", "Ngày"
  const words = rest.replace(/[,|:()]/gu, ' ').trim()
  return (
    countTokens(words) <= 3 &&
    !/[.!?;]/u.test(words) &&
    (isWhole(FURNITURE, words) || isWhole(CATEGORY, words) || countTokens(words) <= 1)
  )
}

// The last text asked about: the tests of one line ask about it several times in a row.
let lastAsked: string | undefined
let lastAnswer = false

/** `lexicon.test(text)` for a whole-line lexicon, after the test of all of them together. */
function isWhole(lexicon: RegExp, text: string): boolean {
  if (text !== lastAsked) {
    lastAsked = text
    lastAnswer = ANY_WHOLE_LINE.test(text)
  }
  return lastAnswer && lexicon.test(text)
}

/** `text` with each match replaced by `by`, as `text.replace(globalRegex, by)` would. */
function replaceEach(text: string, matches: readonly RegExpExecArray[], by: string): string {
  let out = ''
  let last = 0
  for (const m of matches) {
    out += text.slice(last, m.index) + by
    last = m.index + m[0].length
  }
  return out + text.slice(last)
}

/** Menus and breadcrumbs: "Trang chủ > Tin tức > Hoạt động", "Giới thiệu | Tin tức | Liên hệ". */
export function isNavigation(line: string, partsOf: PartsOf = splitParts): boolean {
  if (line.length > SHORT) return false
  if (isWhole(NAV, line) || isWhole(CATEGORY, line)) return true
  if (BANNER.test(line) && countTokens(line) <= 14 && !/[.!?;]$/u.test(line)) return true
  const parts = partsOf(line)
  if (parts.length < 2) return false
  if (isWhole(NAV, parts[0] as string)) return true
  return parts.every((p) => countTokens(p) <= 6 && !/[.!?;:]$/u.test(p))
}

/** The parts of a line between separators (" | ", " > ", " / "…), trimmed, without empty ones. */
export function splitParts(line: string): readonly string[] {
  if (!hasSeparator(line)) {
    const part = line.trim()
    return part === '' ? [] : [part]
  }
  return line
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * Whether SEPARATOR can match: a bar, bullet, guillemet, ">" or tab, a slash between spaces, or three
 * spaces in a row. Each test here is one the regex engine scans for quickly ("\s\s\s" alone is not:
 * a space is everywhere), so "\s\s\s" runs only where two spaces or a line break make it possible.
 * The lines are lines of the matching view, whose only white space is " ", tab and line break (the
 * normalizer maps every other space to one of them).
 */
function hasSeparator(line: string): boolean {
  return (
    SEPARATOR_CHAR.test(line) ||
    (line.includes('/') && SLASH_BETWEEN_SPACES.test(line)) ||
    ((line.includes('  ') || line.includes('\n')) && THREE_SPACES.test(line))
  )
}

const SEPARATOR_CHAR = /[|•·»›>\t]/
const SLASH_BETWEEN_SPACES = /\s\/\s/
const THREE_SPACES = /\s\s\s/

const SPONSOR_START = new RegExp(`^${anyCase(SPONSOR_ORG_TYPES)}${WORD_END}`, 'iu')
const SPONSOR_VERB = new LookbehindPattern(WORD_START, `${anyCase(SPONSOR_LINE_VERBS)}${WORD_END}`, 'iu')

/**
 * "Công ty Phân lân nung chảy Văn Điển": a company's name alone on a short line, no verb, no
 * punctuation. Above a headline it is an advertiser or sponsor, not the headline.
 */
export function isSponsorLine(line: string): boolean {
  return (
    line.length <= 100 &&
    SPONSOR_START.test(line) &&
    countTokens(line) <= 12 &&
    !/[.!?;:,"]/u.test(line) &&
    !SPONSOR_VERB.test(line)
  )
}
