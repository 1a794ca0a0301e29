/** Headline, lead, byline and captions: read off the blocks the segmenter found. */
import { type Block, type BlockKind, type Doc, textOf } from '../document.js'
import { BYLINE_PREFIXES } from '../lexicon/site-chrome.js'
import { alternation } from '../text/pattern.js'

const BYLINE_PREFIX = new RegExp(`^${alternation(BYLINE_PREFIXES)}\\s*:\\s*`, 'iu')

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
  const byline = firstOf('byline')
  return {
    title: title ? textOf(doc, title) : null,
    lead: lead ? textOf(doc, lead) : null,
    author: byline ? authorOf(doc, byline) : null,
    captions: doc.blocks.filter((b) => b.kind === 'caption').map((b) => textOf(doc, b)),
  }
}

function authorOf(doc: Doc, byline: Block): string | null {
  const prefix = BYLINE_PREFIX.exec(doc.text.match.slice(byline.start, byline.end))
  const start = byline.start + (prefix ? prefix[0].length : 0)
  return textOf(doc, { start, end: byline.end }) || null
}
