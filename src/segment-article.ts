/** The public view of article structure: every block with its kind and its span in the caller's string. */
import { checkString } from './arguments.js'
import type { BlockKind } from './document.js'
import type { Span } from './schema/records.js'
import { normalizeText } from './text/normalize.js'
import { segmentBlocks } from './text/segment.js'

export type { BlockKind } from './document.js'

export interface ArticleBlock {
  /** What the block is: 'title', 'lead', 'body', 'heading', 'caption' (content); 'chrome', 'source',
   * 'byline', 'credit', 'widget' (not content). */
  readonly kind: BlockKind
  /** The block as written, NFC-composed (tone-mark style, dashes and quotes kept). */
  readonly text: string
  /** UTF-16 offsets of the block in the string passed in: `text === input.slice(start, end)` up to NFC. */
  readonly span: Span
}

/**
 * Splits an article into blocks: one per line (a hard-wrapped paragraph is one block), classified as
 * site chrome, headline, source tag, lead, body paragraph, intertitle, photo caption, photo credit,
 * byline, or trailing widget.
 */
export function segmentArticle(text: string): ArticleBlock[] {
  checkString('segmentArticle', text, 'the article text as a string')
  const normalized = normalizeText(text)
  return segmentBlocks(normalized.match).map((block) => ({
    kind: block.kind,
    text: normalized.display.slice(block.start, block.end),
    span: normalized.toSpan(block.start, block.end),
  }))
}
