/**
 * Article structure. Each line of the text is a block (a line starting in lower case after an
 * unfinished line is the same paragraph, hard-wrapped), classified from its shape and its place:
 *
 *   chrome…  title  chrome/byline/caption…  [source] lead  body/heading/caption/credit…  byline  widget…
 *
 * Extractors read only content blocks (see CONTENT_KINDS), so menus, datelines, bylines and the
 * trailing widgets never become facts.
 */
import type { Block, BlockKind } from '../document.js'
import {
  bylinePrefixLength,
  isCreditLine,
  isDeskLine,
  isEditorLine,
  isNameLine,
  isNumberedPhotoCaption,
  isSourceLine,
  sourceTagLength,
  trailingCreditStart,
} from './attribution-lines.js'
import {
  hasCaptionCue,
  hasHeadingShape,
  hasInnerSentenceEnd,
  hasPhotoCue,
  isListItem,
} from './caption-lines.js'
import {
  isFurniture,
  isNavigation,
  isToolbar,
  isTrailingWidget,
  type LineShape,
  shapeOf,
} from './chrome-lines.js'

interface Line extends LineShape {
  readonly start: number
  readonly end: number
}

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
  const raw: { start: number; end: number; text: string }[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let a = start
    let b = end
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (b > a) raw.push({ start: a, end: b, text: text.slice(a, b) })
    start = end + 1
  }
  // Hard-wrapped paragraphs: a line that starts in lower case continues an unfinished line.
  const lines: Line[] = []
  let current = raw[0]
  let lastPart = current ? shapeOf(current.text) : undefined
  for (let k = 1; k <= raw.length; k++) {
    const next = raw[k]
    if (current && next && lastPart && continues(lastPart, next.text)) {
      current = { start: current.start, end: next.end, text: '' }
      lastPart = shapeOf(next.text)
      continue
    }
    if (current) {
      const content = current.text || text.slice(current.start, current.end)
      lines.push({ ...shapeOf(content), start: current.start, end: current.end })
    }
    current = next
    lastPart = next ? shapeOf(next.text) : undefined
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0
}

function continues(previous: LineShape, next: string): boolean {
  return (
    previous.text.length >= 30 &&
    !previous.endsSentence &&
    /^\p{Ll}/u.test(next) &&
    !isTrailingWidget(next) &&
    !isFurniture(next)
  )
}

/** Reads like a paragraph of the article: a finished sentence of some length, or a long run. */
function isProse(line: LineShape): boolean {
  // "?" and "!" end headlines as often as sentences ("Vì sao … còn chậm?")
  return (line.endsSentence && line.tokens >= 6 && !/[?!]["')\]]*$/u.test(line.text)) || line.tokens >= 45
}

/** Site furniture or a staff line: never the headline or the lead. */
function isFurnitureLine(line: LineShape): boolean {
  const t = line.text
  return (
    isFurniture(t) ||
    isNavigation(t) ||
    isTrailingWidget(t) ||
    bylinePrefixLength(t) > 0 ||
    isEditorLine(t) ||
    isCreditLine(t) ||
    isSourceLine(t)
  )
}

/** The kind of a furniture line (see isFurnitureLine) before the lead. */
function headFurnitureKind(t: string): BlockKind {
  if (bylinePrefixLength(t) > 0 || isEditorLine(t)) return 'byline'
  if (isCreditLine(t)) return 'credit'
  if (isSourceLine(t)) return 'source'
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
  const cache: (boolean | undefined)[] = []
  const furniture = (i: number) => (cache[i] ??= isFurnitureLine(lines[i] as Line))
  const photo = (i: number) => isPhotoLine(lines, i)
  // The first paragraph: the lead, unless a list widget ends the article before it.
  let firstProse = -1
  let limit = lines.length
  let sawHeadline = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (isTrailingWidget(line.text)) {
      if (sawHeadline) {
        limit = i
        break
      }
    } else if (!furniture(i)) {
      if (isProse(line) && !photo(i)) {
        firstProse = i
        limit = i
        break
      }
      if (line.tokens >= 6) sawHeadline = true
    }
  }
  const title =
    firstProse >= 0 ? headlineBefore(lines, firstProse, furniture) : firstHeadline(lines, limit, furniture)
  for (let i = 0; i < Math.max(title, 0); i++) kinds[i] = headFurnitureKind((lines[i] as Line).text)
  if (title >= 0) kinds[title] = 'title'
  // Between the headline and the lead: chrome, a byline, or a photo with its caption. A long line
  // without a stop there is a lead that lost its full stop.
  let lead = -1
  const end = Math.min(firstProse >= 0 ? firstProse : limit, title + 1 + MAX_HEAD_GAP)
  for (let i = title + 1; i < end; i++) {
    const line = lines[i] as Line
    const t = line.text
    if (furniture(i)) kinds[i] = headFurnitureKind(t)
    else if (line.tokens >= 12 && !hasCaptionCue(t) && !photo(i)) {
      lead = i
      break
    } else if (isNameLine(t) && !hasCaptionCue(t)) kinds[i] = 'byline'
    else if (hasCaptionCue(t) || photo(i)) kinds[i] = 'caption'
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

/** Lines between headline and lead beyond which the first paragraph is not a lead. */
const MAX_HEAD_GAP = 12

/**
 * The headline is the nearest line above the first paragraph that is neither furniture nor a photo
 * (a caption, or a line followed by its credit): menus above it are skipped however long they are.
 */
function headlineBefore(lines: readonly Line[], lead: number, furniture: (i: number) => boolean): number {
  let short = -1
  for (let i = lead - 1; i >= 0 && lead - i <= MAX_HEAD_GAP + 1; i--) {
    const line = lines[i] as Line
    if (furniture(i) || isPhotoLine(lines, i) || line.tokens > 60 || line.tokens < 3) continue
    if (isNameLine(line.text) && line.tokens <= 5 && !hasCaptionCue(line.text)) continue
    // a label such as "Tin có hình" may stand between headline and lead: prefer a full headline
    if (line.tokens >= 6) return i
    if (short < 0) short = i
  }
  return short
}

/** Without a paragraph to anchor on: the first line that can be a headline. */
function firstHeadline(lines: readonly Line[], limit: number, furniture: (i: number) => boolean): number {
  let first = -1
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line
    if (furniture(i) || isPhotoLine(lines, i) || line.tokens > 60) continue
    if (line.tokens >= 6) return i
    if (first < 0) first = i
  }
  return first
}

/** A photo caption by its own look or by the credit line under it. */
function isPhotoLine(lines: readonly Line[], i: number): boolean {
  const t = (lines[i] as Line).text
  if (isNumberedPhotoCaption(t) || trailingCreditStart(t) > 0) return true
  if ((lines[i] as Line).tokens <= 25 && hasPhotoCue(t) && !hasInnerSentenceEnd(t)) return true
  const next = lines[i + 1]
  return next !== undefined && isCreditLine(next.text) && (lines[i] as Line).tokens <= 60
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
    if (isTrailingWidget((lines[i] as Line).text)) {
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
    if (isProse(line) && line.tokens >= 20 && ++paragraphs === 2) {
      insideUpTo = i
      break
    }
  }
  for (let i = insideUpTo + 1; i < list; i++) if (isToolbar((lines[i] as Line).text)) return i
  return list
}

function bodyKind(line: Line): BlockKind {
  const t = line.text
  if (isFurniture(t)) return 'widget'
  if (bylinePrefixLength(t) > 0 || isEditorLine(t)) return 'byline'
  if (isCreditLine(t)) return 'credit'
  if (isSourceLine(t)) return 'source'
  if (isNumberedPhotoCaption(t)) return 'caption'
  if (trailingCreditStart(t) > 0) return line.tokens <= 60 ? 'caption' : 'body'
  if (isListItem(t)) return 'body'
  if (line.endsSentence) {
    return line.tokens <= 25 && hasPhotoCue(t) && !hasInnerSentenceEnd(t) ? 'caption' : 'body'
  }
  if (line.tokens > 60 || (line.tokens >= 25 && hasInnerSentenceEnd(t))) return 'body'
  if (hasHeadingShape(t)) return 'heading'
  if (hasCaptionCue(t)) return 'caption'
  return line.tokens <= 12 ? 'heading' : 'caption'
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
    if (names < 2 && !line.endsSentence && (isNameLine(line.text) || isDeskLine(line.text))) {
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
      const credit = trailingCreditStart(line.text)
      if (credit > 0) {
        const captionEnd = line.start + line.text.slice(0, credit).replace(/[\s-]+$/u, '').length
        if (captionEnd > line.start) blocks.push({ kind: 'caption', start: line.start, end: captionEnd })
        blocks.push({ kind: 'credit', start: line.start + credit, end: line.end })
        return
      }
    }
    blocks.push({ kind, start: line.start, end: line.end })
  })
  return blocks
}
