/**
 * Article structure. Each line of the text is a block (a hard-wrapped paragraph is one: see linesOf),
 * classified from its shape and its place:
 *
 *   chrome…  title  chrome/byline/caption…  [source] lead  body/heading/caption/credit…  byline  widget…
 *
 * Extractors read only content blocks (see CONTENT_KINDS), so menus, datelines, bylines and the
 * trailing widgets never become facts.
 */
import type { Block, BlockKind } from '../document.js'
import { sourceTagLength } from './attribution-lines.js'
import { hasHeadingShape, isListItem, opensLikeLead } from './caption-lines.js'
import { Line } from './line-features.js'

/** Blocks of a matching-view text, in order, in display offsets. */
export function segmentBlocks(match: string): Block[] {
  const lines = linesOf(match)
  if (lines.length === 0) return []
  const kinds: (BlockKind | undefined)[] = new Array(lines.length).fill(undefined)
  const head = readHead(lines, kinds)
  const trailing = findTrailingStart(lines, head.bodyFrom)
  for (let i = trailing; i < lines.length; i++) kinds[i] = 'widget'
  for (let i = head.bodyFrom; i < trailing; i++) kinds[i] ??= bodyKind(lines[i] as Line)
  markTrailingByline(lines, kinds, head.bodyFrom, trailing)
  return toBlocks(lines, kinds, head.lead)
}

// ---------------------------------------------------------------------------------------------
// Lines

function linesOf(text: string): Line[] {
  const raw: Line[] = []
  // whether a blank line stands before raw[k]: a paragraph break, never a wrap
  const afterBlank: boolean[] = []
  let blank = false
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let a = start
    let b = end
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (b > a) {
      raw.push(new Line(text, a, b))
      afterBlank.push(blank)
      blank = false
    } else blank = true
    start = end + 1
  }
  const width = wrapWidth(raw)
  const opening = firstContentLine(raw)
  // Hard-wrapped paragraphs: a line continues an unfinished line when it starts in lower case, or,
  // in a text wrapped at a fixed width, when the unfinished line above it fills that width.
  const lines: Line[] = []
  for (let k = 0; k < raw.length; k++) {
    const first = raw[k] as Line
    let last = first
    while (
      k + 1 < raw.length &&
      (continues(last, raw[k + 1] as Line) ||
        (width > 0 && k !== opening && !afterBlank[k + 1] && fillsWrap(last, raw[k + 1] as Line, width)))
    )
      last = raw[++k] as Line
    if (last === first) lines.push(first)
    else lines.push(new Line(text, first.start, last.end))
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0
}

function continues(previous: Line, next: Line): boolean {
  return (
    previous.text.length >= 30 &&
    !previous.endsSentence &&
    /^\p{Ll}/u.test(next.text) &&
    !next.trailingWidget &&
    !next.furniture
  )
}

/** Longest line length the wrap-width histogram tells apart; longer lines are paragraphs. */
const MAX_WRAP_WIDTH = 160
/** Lines a text needs at its wrap width before it is read as hard-wrapped. */
const MIN_WRAPPED_LINES = 4

/**
 * The width a text is hard-wrapped at, from its own line lengths, or 0 when it is not: the length
 * three quarters of its longer lines (30 characters or more) stay under, provided most of them do
 * not exceed it, at least MIN_WRAPPED_LINES lines come near it, and most of those end mid-sentence
 * (a text with one short paragraph per line has lines of every length, ending in full stops).
 */
function wrapWidth(raw: readonly Line[]): number {
  const counts = new Array<number>(MAX_WRAP_WIDTH + 2).fill(0)
  let longer = 0
  for (const line of raw) {
    const n = line.text.length
    if (n < 30) continue
    const bucket = Math.min(n, MAX_WRAP_WIDTH + 1)
    counts[bucket] = (counts[bucket] as number) + 1
    longer++
  }
  if (longer < MIN_WRAPPED_LINES) return 0
  let width = 0
  let seen = 0
  for (let n = 30; n <= MAX_WRAP_WIDTH + 1; n++) {
    seen += counts[n] as number
    if (4 * seen >= 3 * longer) {
      width = n
      break
    }
  }
  if (width > MAX_WRAP_WIDTH) return 0
  let near = 0
  let open = 0
  let over = 0
  for (const line of raw) {
    const n = line.text.length
    if (n > width + wrapSlack(width)) over++
    else if (n >= width - wrapSlack(width)) {
      near++
      if (!line.endsSentence) open++
    }
  }
  return near >= MIN_WRAPPED_LINES && 2 * open > near && 4 * over < longer ? width : 0
}

/** How far short of the wrap width a wrapped line may stop: about two Vietnamese words. */
const wrapSlack = (width: number) => Math.max(10, Math.round(width / 8))

/**
 * A line of a text wrapped at `width` continues the line above when that line is unfinished and
 * fills the width, and is not itself a list item, a name, furniture or a staff line.
 */
function fillsWrap(previous: Line, next: Line, width: number): boolean {
  if (previous.endsSentence || previous.text.length < width - wrapSlack(width)) return false
  if (isFurnitureLine(previous) || isFurnitureLine(next) || isListItem(next.text)) return false
  // "1. Về kinh tế", "II. Nhiệm vụ": a numbered item or heading, not a wrapped word
  if (/^(?:\d{1,2}|[IVX]{1,5})[.)]\s/u.test(next.text)) return false
  return !(next.name && !next.hasTokens(6))
}

/** Reads like a paragraph of the article: a finished sentence of some length, or a long run. */
function isProse(line: Line): boolean {
  if (line.hasTokens(45)) return true
  if (!line.endsSentence || !line.hasTokens(6) || isQuotedLine(line.text)) return false
  // "?" and "!" end headlines as often as sentences ("Vì sao … còn chậm?"); a headline is seldom
  // 25 words long, a sapo asking a question often is
  return !endsWithQuestionOrExclamation(line.text) || line.hasTokens(25) || line.innerSentenceEnd
}

/**
 * A line that is one quotation and nothing else ("\"Xây dựng nông dân … nghĩa tình...\""): a quoted
 * headline, not a paragraph, however it ends.
 */
function isQuotedLine(text: string): boolean {
  return text.length > 2 && text.startsWith('"') && text.indexOf('"', 1) === text.length - 1
}

/** "?" or "!" at the end, closing quotes and brackets after it allowed. */
function endsWithQuestionOrExclamation(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--
  const c = text.charCodeAt(i)
  return c === 0x3f || c === 0x21
}

// " ' ) ]
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d

/** Site furniture or a staff line: never the headline or the lead. */
function isFurnitureLine(line: Line): boolean {
  return (
    line.furniture ||
    line.navigation ||
    line.trailingWidget ||
    line.bylinePrefix > 0 ||
    line.datedByline ||
    line.editor ||
    line.credit ||
    line.source
  )
}

/** The kind of a furniture line (see isFurnitureLine) before the lead. */
function headFurnitureKind(line: Line): BlockKind {
  if (line.bylinePrefix > 0 || line.editor || line.datedByline) return 'byline'
  if (line.credit) return 'credit'
  if (line.source) return 'source'
  return 'chrome'
}

// ---------------------------------------------------------------------------------------------
// Headline and lead

interface Head {
  /** Index of the lead line, or -1. */
  readonly lead: number
  /** First line after the lead (or after the headline when there is no lead). */
  readonly bodyFrom: number
}

function readHead(lines: readonly Line[], kinds: (BlockKind | undefined)[]): Head {
  const furniture = (i: number) => isFurnitureLine(lines[i] as Line)
  const opening = firstContentLine(lines)
  const photo = (i: number) => isPhotoLine(lines, i, i === opening)
  // The first paragraph: the lead, unless a list widget ends the article before it.
  let firstProse = -1
  let limit = lines.length
  let sawHeadline = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.trailingWidget) {
      if (sawHeadline) {
        limit = i
        break
      }
    } else if (!furniture(i)) {
      if (i === opening && isStoppedHeadline(lines, i)) sawHeadline = true
      else if (isProse(line) && !photo(i)) {
        firstProse = i
        limit = i
        break
      }
      if (line.hasTokens(6)) sawHeadline = true
    }
  }
  const title =
    firstProse >= 0
      ? headlineBefore(lines, firstProse, furniture, opening)
      : firstHeadline(lines, limit, furniture, opening)
  for (let i = 0; i < Math.max(title, 0); i++) kinds[i] = headFurnitureKind(lines[i] as Line)
  if (title >= 0) kinds[title] = 'title'
  // Between the headline and the lead: chrome, a byline, or a photo with its caption. A long line
  // without a stop there is a lead that lost its full stop.
  let lead = -1
  const end = Math.min(firstProse >= 0 ? firstProse : limit, title + 1 + MAX_HEAD_GAP)
  for (let i = title + 1; i < end; i++) {
    const line = lines[i] as Line
    if (furniture(i)) kinds[i] = headFurnitureKind(line)
    else if (line.hasTokens(12) && !line.captionCue && !photo(i)) {
      lead = i
      break
    } else if (line.name && !line.captionCue) kinds[i] = 'byline'
    else if (line.captionCue || photo(i)) kinds[i] = 'caption'
    else kinds[i] = 'chrome'
  }
  if (lead < 0 && firstProse >= 0 && firstProse - title <= MAX_HEAD_GAP + 1) lead = firstProse
  if (lead >= 0) {
    kinds[lead] = 'lead'
    return { lead, bodyFrom: lead + 1 }
  }
  // No lead near the headline: undo the guesses after it and read the rest as body.
  for (let i = title + 1; i < lines.length; i++) {
    if (kinds[i] !== undefined && !furniture(i)) kinds[i] = undefined
  }
  return { lead: -1, bodyFrom: title + 1 }
}

/** The first line that is not furniture: where the headline stands when the text has one. */
function firstContentLine(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) if (!isFurnitureLine(lines[i] as Line)) return i
  return -1
}

/**
 * A headline some sites end with a full stop ("Kỳ họp thứ 20 …: thông qua 12 Nghị quyết quan
 * trọng."): one short sentence that does not open like a sapo, with a paragraph at least half as long
 * again after it.
 */
function isStoppedHeadline(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line
  const text = line.text
  if (!text.endsWith('.') || text.endsWith('..') || line.hasTokens(31) || line.innerSentenceEnd) return false
  if (opensLikeLead(text) || sourceTagLength(text) > 0) return false
  let next = i + 1
  while (next < lines.length && isFurnitureLine(lines[next] as Line)) next++
  const paragraph = lines[next]
  return paragraph !== undefined && isProse(paragraph) && 2 * paragraph.text.length >= 3 * text.length
}

/** Lines between headline and lead beyond which the first paragraph is not a lead. */
const MAX_HEAD_GAP = 12

/**
 * The headline is the nearest line above the first paragraph that is neither furniture nor a photo
 * (a caption, or a line followed by its credit): menus above it are skipped however long they are.
 */
function headlineBefore(
  lines: readonly Line[],
  lead: number,
  furniture: (i: number) => boolean,
  opening: number,
): number {
  let short = -1
  for (let i = lead - 1; i >= 0 && lead - i <= MAX_HEAD_GAP + 1; i--) {
    const line = lines[i] as Line
    if (furniture(i) || isPhotoLine(lines, i, i === opening) || line.hasTokens(61) || !line.hasTokens(3))
      continue
    if (line.name && !line.hasTokens(6) && !line.captionCue) continue
    // a company's name above a headline is its advertiser
    if (line.sponsor && short >= 0) return short
    // a label such as "Tin có hình" may stand between headline and lead: prefer a full headline
    if (line.hasTokens(6)) return i
    if (short < 0) short = i
  }
  return short
}

/** Without a paragraph to anchor on: the first line that can be a headline. */
function firstHeadline(
  lines: readonly Line[],
  limit: number,
  furniture: (i: number) => boolean,
  opening: number,
): number {
  let first = -1
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line
    if (furniture(i) || isPhotoLine(lines, i, i === opening) || line.hasTokens(61)) continue
    // a company's name above a headline is its advertiser: the next candidate is the headline
    if (line.sponsor && sponsorAbove(lines, i + 1, limit, furniture)) continue
    if (line.hasTokens(6)) return i
    if (first < 0) first = i
  }
  return first
}

/** Whether a headline candidate that is not itself a sponsor line stands in [from, limit). */
function sponsorAbove(
  lines: readonly Line[],
  from: number,
  limit: number,
  furniture: (i: number) => boolean,
): boolean {
  for (let i = from; i < limit; i++) {
    const line = lines[i] as Line
    if (furniture(i) || line.hasTokens(61) || !line.hasTokens(3)) continue
    return !line.sponsor
  }
  return false
}

/**
 * A photo caption by its own look or by the credit line under it. Captions follow their photo, inside
 * the article: the opening line (`opening`) is one only by its credit or its number, never by how
 * it sounds ("Trao tặng 637 Huy hiệu Đảng …" there is a headline).
 */
function isPhotoLine(lines: readonly Line[], i: number, opening = false): boolean {
  const line = lines[i] as Line
  if (line.numberedPhoto || line.trailingCredit > 0) return true
  if (!opening && !line.hasTokens(26) && line.photoCue && !line.innerSentenceEnd) return true
  const next = lines[i + 1]
  return next?.credit === true && !line.hasTokens(61)
}

// ---------------------------------------------------------------------------------------------
// Body

/**
 * Where the trailing widgets begin: the first list header after the lead ("Tin liên quan"), or an
 * earlier toolbar line ("Bản in", "[Trở về]") with no paragraph after it.
 */
function findTrailingStart(lines: readonly Line[], from: number): number {
  let list = lines.length
  for (let i = from; i < lines.length; i++) {
    if ((lines[i] as Line).trailingWidget) {
      list = i
      break
    }
  }
  // A toolbar with two real paragraphs after it stands inside the article; otherwise what follows it
  // (a headline or a sapo of another article) is not the article.
  let insideUpTo = from - 1
  let paragraphs = 0
  for (let i = list - 1; i >= from; i--) {
    const line = lines[i] as Line
    if (isProse(line) && line.hasTokens(20) && ++paragraphs === 2) {
      insideUpTo = i
      break
    }
  }
  for (let i = insideUpTo + 1; i < list; i++) if ((lines[i] as Line).toolbar) return i
  return list
}

function bodyKind(line: Line): BlockKind {
  const t = line.text
  if (line.bylinePrefix > 0 || line.editor || line.datedByline) return 'byline'
  if (line.furniture) return 'widget'
  if (line.credit) return 'credit'
  if (line.source) return 'source'
  if (line.numberedPhoto) return 'caption'
  if (line.trailingCredit > 0) return line.hasTokens(61) ? 'body' : 'caption'
  if (isListItem(t)) return 'body'
  if (line.endsSentence) {
    return !line.hasTokens(26) && line.photoCue && !line.innerSentenceEnd ? 'caption' : 'body'
  }
  if (line.hasTokens(61) || (line.hasTokens(25) && line.innerSentenceEnd)) return 'body'
  if (hasHeadingShape(t)) return 'heading'
  if (line.captionCue) return 'caption'
  return !line.hasTokens(13) ? 'heading' : 'caption'
}

/** The writer's name closing the article: "Thu Phương", "BẢO NGUYÊN", "PV", "X.Trinh". */
function markTrailingByline(
  lines: readonly Line[],
  kinds: (BlockKind | undefined)[],
  bodyFrom: number,
  trailing: number,
) {
  let names = 0
  for (let i = trailing - 1; i >= Math.max(bodyFrom, 1); i--) {
    const kind = kinds[i]
    if (kind === 'credit' || kind === 'source' || kind === 'widget' || kind === 'byline') continue
    const line = lines[i] as Line
    if (names < 2 && !line.endsSentence && (line.name || line.desk)) {
      kinds[i] = 'byline'
      names++
      continue
    }
    break
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks

function toBlocks(lines: readonly Line[], kinds: readonly (BlockKind | undefined)[], lead: number): Block[] {
  const blocks: Block[] = []
  lines.forEach((line, i) => {
    const kind = kinds[i] ?? 'body'
    if (i === lead) {
      const tag = sourceTagLength(line.text)
      if (tag > 0 && tag < line.text.length) {
        const tagEnd = line.start + line.text.slice(0, tag).trimEnd().length
        blocks.push({ kind: 'source', start: line.start, end: tagEnd })
        blocks.push({ kind: 'lead', start: line.start + tag, end: line.end })
        return
      }
    }
    if (kind === 'caption') {
      const credit = line.trailingCredit
      if (credit > 0) {
        const captionEnd = line.start + line.text.slice(0, credit).replace(/[\s-]+$/u, '').length
        if (captionEnd > line.start) blocks.push({ kind: 'caption', start: line.start, end: captionEnd })
        blocks.push({ kind: 'credit', start: line.start + credit, end: line.end })
        return
      }
    }
    if (kind === 'title') {
      const bullet = leadingBulletLength(line.text)
      blocks.push({ kind, start: line.start + bullet, end: line.end })
      return
    }
    blocks.push({ kind, start: line.start, end: line.end })
  })
  return blocks
}

/** "*Bình Dương có …", "• …", "- …": a bullet or asterisk before a headline is not part of it. */
function leadingBulletLength(text: string): number {
  const m = /^[*•·▪■●◆►▸+-]{1,3}\s*(?=[\p{L}\d"(])/u.exec(text)
  return m ? m[0].length : 0
}
