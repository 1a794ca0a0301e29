/**
 * Article structure: each line of the text is a block, classified as headline, lead, body, caption,
 * byline, or site chrome. Extractors read only content blocks, so menus and widgets never become facts.
 */
import type { Block, BlockKind } from '../document.js'
import { BYLINE_PREFIXES, CREDIT_PREFIXES, NAVIGATION, TRAILING_WIDGETS } from '../lexicon/site-chrome.js'
import { alternation } from './pattern.js'

const WIDGET = new RegExp(`^${alternation(TRAILING_WIDGETS)}\\s*:?$`, 'iu')
const NAV = new RegExp(`^${alternation(NAVIGATION)}$`, 'iu')
const BYLINE = new RegExp(`^${alternation(BYLINE_PREFIXES)}\\s*:`, 'iu')
const CREDIT = new RegExp(`^\\(?${alternation(CREDIT_PREFIXES)}\\s*:`, 'iu')
const SENTENCE_END = /[.!?…:;"”)]$/u
const LOOKS_LIKE_NAME = /^(?:\p{Lu}[\p{L}\p{M}.]*\s*){1,5}$/u

interface Line {
  start: number
  end: number
  text: string
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const raw = text.slice(start, i)
      const lead = raw.length - raw.trimStart().length
      const trimmed = raw.trim()
      if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
      start = i + 1
    }
  }
  return lines
}

/** Blocks of a matching-view text, in order, in display offsets. */
export function segmentBlocks(match: string): Block[] {
  const lines = linesOf(match)
  const kinds: BlockKind[] = lines.map(() => 'body')
  // Trailing widgets: from the first widget line after the middle of the article to the end.
  let contentEnd = lines.length
  for (let i = Math.floor(lines.length / 2); i < lines.length; i++) {
    if (WIDGET.test((lines[i] as Line).text)) {
      contentEnd = i
      break
    }
  }
  for (let i = contentEnd; i < lines.length; i++) kinds[i] = 'widget'
  // Navigation before the headline.
  let first = 0
  while (first < contentEnd && NAV.test((lines[first] as Line).text)) kinds[first++] = 'chrome'
  if (first < contentEnd) kinds[first] = 'title'
  if (first + 1 < contentEnd) kinds[first + 1] = 'lead'
  for (let i = first + 2; i < contentEnd; i++) {
    const line = lines[i] as Line
    if (BYLINE.test(line.text)) kinds[i] = 'byline'
    else if (CREDIT.test(line.text)) kinds[i] = 'credit'
    else if (i === contentEnd - 1 && LOOKS_LIKE_NAME.test(line.text)) kinds[i] = 'byline'
    else if (!SENTENCE_END.test(line.text) && line.text.length < 300) kinds[i] = 'caption'
  }
  return lines.map((line, i) => ({ kind: kinds[i] as BlockKind, start: line.start, end: line.end }))
}
