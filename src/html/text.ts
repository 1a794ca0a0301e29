/**
 * The article's text from its markup: one line per block (headline, sapo, paragraph, list item,
 * table row, caption, byline), inline elements joined as a browser renders them, whitespace
 * collapsed, <br> a line break. Each block keeps the role its markup gives it, and each character
 * remembers where it was written in the HTML source.
 */
import type { Element, RootContent } from 'hast'
import { type BlockRole, type HtmlText, TextBuilder } from './builder.js'
import { contains, hasImage, IMAGE_TAGS, type TreeIndex } from './hast.js'
import type { ArticleLocation } from './locate.js'
import { FRAME_TAGS, isBylineMarkup, isCaptionMarkup, isChrome } from './markup.js'

export type { BlockRole, HtmlText, RoleBlock } from './builder.js'

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'amp-carousel',
  'amp-story',
])
const CELL_TAGS = new Set(['td', 'th'])
const EMPHASIS_TAGS = new Set(['em', 'i', 'cite'])
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const MAX_TABLE_CAPTION = 400
const MAX_BYLINE = 120

export interface TextSources {
  readonly index: TreeIndex
  readonly location: ArticleLocation
  /** The HTML the tree was parsed from, for source offsets; null when unknown. */
  readonly source: string | null
  /** A headline from the page's metadata, read first when the markup has none. */
  readonly metaTitle: { readonly text: string; readonly element: Element } | null
}

export function buildText(sources: TextSources): HtmlText {
  const { index, location } = sources
  const out = new TextBuilder(sources.source)
  if (!location.body) return out.finish()
  const pieces = new Set<Element>(
    [location.title, location.sapo, ...location.bylines].filter((el): el is Element => el !== null),
  )
  if (!location.title && sources.metaTitle) out.syntheticBlock('title', sources.metaTitle)
  // The headline first, then the sapo, bylines and body in page order.
  const roots = [...pieces, location.body]
    .filter((el, _, all) => !all.some((other) => other !== el && contains(index, other, el)))
    .sort((a, b) => {
      if (a === location.title) return -1
      if (b === location.title) return 1
      return (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0)
    })
  const roleOf = (el: Element, inherited: BlockRole): BlockRole => {
    if (el === location.title) return 'title'
    if (el === location.sapo) return 'lead'
    // Byline markup is a block of its own, inline or not ("<span class=author>"), unless it is a
    // whole author box with a biography.
    if (isBylineMarkup(el) && (index.textLength.get(el) ?? 0) <= MAX_BYLINE) return 'byline'
    if (isCaptionMarkup(el)) return 'caption'
    if (el.tagName === 'figure' && hasImage(el)) return 'caption'
    if (
      el.tagName === 'table' &&
      hasImage(el) &&
      (index.textLength.get(el) ?? Number.POSITIVE_INFINITY) <= MAX_TABLE_CAPTION
    )
      return 'caption'
    if (HEADING_TAGS.has(el.tagName)) return inherited === 'paragraph' ? 'heading' : inherited
    return inherited
  }
  /** Inside a dropped element, only the headline, sapo and bylines are read. */
  const keptInside = (el: Element): Element[] => {
    const from = index.order.get(el) ?? 0
    const to = index.end.get(el) ?? from
    const kept: Element[] = []
    for (let k = from + 1; k < to; k++) {
      const inner = index.elements[k] as Element
      const wanted = pieces.has(inner) || (FRAME_TAGS.has(el.tagName) && isBylineMarkup(inner))
      if (wanted && !kept.some((outer) => contains(index, outer, inner))) kept.push(inner)
    }
    return kept
  }

  interface Visit {
    readonly node: RootContent
    readonly role: BlockRole
    readonly emphasis: boolean
    readonly pre: boolean
    /** Read as a block of its own: a root of the walk, or a piece kept inside dropped furniture. */
    readonly piece: boolean
  }
  const stack: (Visit | { readonly exit: true; readonly block: boolean })[] = []
  const visitAll = (elements: readonly Element[], role: BlockRole) => {
    for (let k = elements.length - 1; k >= 0; k--) {
      stack.push({ node: elements[k] as Element, role, emphasis: false, pre: false, piece: true })
    }
  }
  visitAll(roots, 'paragraph')
  while (stack.length > 0) {
    const visit = stack.pop() as (typeof stack)[number]
    if ('exit' in visit) {
      if (visit.block) out.endBlock()
      continue
    }
    const { node, emphasis, pre, piece } = visit
    if (node.type === 'text') {
      out.text(node.value, node.position?.start.offset, node.position?.end.offset, visit.role, emphasis, pre)
      continue
    }
    if (node.type !== 'element') continue
    const el = node
    if (IMAGE_TAGS.has(el.tagName)) {
      out.image()
      continue
    }
    if (el.tagName === 'br') {
      out.lineBreak()
      continue
    }
    if (!piece && (isChrome(el, index.textLength.get(el)) || FRAME_TAGS.has(el.tagName))) {
      visitAll(keptInside(el), visit.role)
      continue
    }
    const role = roleOf(el, visit.role)
    const block = piece || BLOCK_TAGS.has(el.tagName) || role !== visit.role
    if (block) out.startBlock(isCentered(el))
    else if (CELL_TAGS.has(el.tagName)) out.cell()
    if (el.tagName === 'hr') continue
    stack.push({ exit: true, block })
    const childEmphasis = emphasis || EMPHASIS_TAGS.has(el.tagName)
    const childPre = pre || el.tagName === 'pre'
    for (let k = el.children.length - 1; k >= 0; k--) {
      const child = el.children[k] as RootContent
      stack.push({ node: child, role, emphasis: childEmphasis, pre: childPre, piece: false })
    }
  }
  return out.finish()
}

function isCentered(el: Element): boolean {
  const style =
    typeof el.properties.style === 'string' ? el.properties.style.replace(/\s+/g, '').toLowerCase() : ''
  const align = typeof el.properties.align === 'string' ? el.properties.align.toLowerCase() : ''
  return style.includes('text-align:center') || align === 'center' || el.tagName === 'center'
}
