/** Headline, lead, byline and captions: read off the blocks the segmenter found. */
import { type Block, type BlockKind, type Doc, textOf } from '../document.js'
import {
  bylinePrefixLength,
  datedBylineNameLength,
  isEditorLine,
  leadingNamesLength,
} from '../text/attribution-lines.js'

export interface ArticleParts {
  title: string | null
  lead: string | null
  author: string | null
  captions: string[]
}

export function extractArticleParts(doc: Doc): ArticleParts {
  const firstOf = (kind: BlockKind) => doc.blocks.find((b) => b.kind === kind)
  const title = firstOf('title')
  const lead = firstOf('lead')
  let author: string | null = null
  for (const block of doc.blocks) {
    if (block.kind !== 'byline') continue
    author = authorOf(doc, block)
    if (author) break
  }
  return {
    title: title ? textOf(doc, title) || null : null,
    lead: lead ? textOf(doc, lead) || null : null,
    author,
    captions: doc.blocks
      .filter((b) => b.kind === 'caption')
      .map((b) => textOf(doc, b))
      .filter((caption) => caption !== ''),
  }
}

/**
 * The writer's name or names from a byline, without its prefix ("Tác giả:", "Tin, ảnh:") and
 * without an affiliation after the names ("(TTVH huyện)", "- Đài TT huyện"). Staff lines that do
 * not name the writer ("Biên tập: …") give null.
 */
function authorOf(doc: Doc, byline: Block): string | null {
  const line = doc.text.match.slice(byline.start, byline.end)
  if (isEditorLine(line)) return null
  let start = bylinePrefixLength(line)
  if (start === 0 && line.startsWith('(')) start = 1
  const names = leadingNamesLength(line.slice(start)) || datedBylineNameLength(line.slice(start))
  if (names === 0) return null
  const end = start + names
  return (
    textOf(doc, { start: byline.start + start, end: byline.start + end }).replace(/[\s.,-]+$/u, '') || null
  )
}
