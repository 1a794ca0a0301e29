/**
 * Where the article is on the page: its body container, headline, sapo and bylines.
 */
import type { Element } from 'hast'
import { ancestorsOf, commonAncestor, contains, type TreeIndex } from './hast.js'
import {
  BODY_CLASSES,
  BODY_IDS,
  classList,
  hasItemprop,
  isBylineMarkup,
  isCaptionMarkup,
  isChrome,
  isPageFrame,
  isSapoMarkup,
  isTitleMarkup,
} from './markup.js'

export interface ArticleLocation {
  /** The element holding the article's paragraphs. */
  readonly body: Element | null
  /** False when no article container was found and the whole page body is read. */
  readonly found: boolean
  readonly title: Element | null
  readonly sapo: Element | null
  /** Byline elements outside the body (inside it they are met in order). */
  readonly bylines: readonly Element[]
}

/** A container with less text than this is a teaser or a widget, not the article. */
const MIN_BODY_TEXT = 80

export function locateArticle(index: TreeIndex): ArticleLocation {
  const inDroppedTag = (el: Element) => index.inDroppedTag.has(el)
  const textOf = (el: Element) => index.textLength.get(el) ?? 0
  const longest = (candidates: Element[]) => {
    let best: Element | null = null
    for (const el of candidates) {
      if (inDroppedTag(el) || textOf(el) < MIN_BODY_TEXT) continue
      if (!best || textOf(el) > textOf(best)) best = el
    }
    return best
  }
  const elements = index.elements
  let body =
    longest(elements.filter((el) => hasItemprop(el, 'articleBody'))) ??
    firstOf(BODY_CLASSES, (name) => longest(elements.filter((el) => classList(el).includes(name)))) ??
    firstOf(BODY_IDS, (name) =>
      longest(
        elements.filter(
          (el) => typeof el.properties.id === 'string' && el.properties.id.toLowerCase() === name,
        ),
      ),
    ) ??
    longest(elements.filter((el) => el.tagName === 'article')) ??
    longest(elements.filter((el) => el.tagName === 'main' || el.properties.role === 'main'))
  const found = body !== null
  body ??= elements.find((el) => el.tagName === 'body') ?? null
  if (!body) return { body: null, found: false, title: null, sapo: null, bylines: [] }

  const title = findTitle(index, body, inDroppedTag)
  // The article's own region: the body and the headline with what stands between them.
  const region = (title && commonAncestor(index, title, body)) ?? body
  const sapo = findSapo(index, region, body, inDroppedTag)
  const bylines = index.elements.filter(
    (el) =>
      contains(index, region, el) &&
      !contains(index, body, el) &&
      isBylineMarkup(el) &&
      !ancestorsOf(index, el).some((a) => a !== region && isBylineMarkup(a)) &&
      !insideChrome(index, el, region),
  )
  return { body, found, title, sapo, bylines }
}

function firstOf<T>(list: readonly string[], find: (name: string) => T | null): T | null {
  for (const name of list) {
    const hit = find(name)
    if (hit) return hit
  }
  return null
}

/** Inside a chrome element below `region` (header and footer do not count: they hold bylines). */
function insideChrome(index: TreeIndex, el: Element, region: Element): boolean {
  for (const ancestor of ancestorsOf(index, el)) {
    if (ancestor === region) return false
    if (isChrome(ancestor, index.textLength.get(ancestor))) return true
  }
  return false
}

/**
 * The headline: the first title element inside the body; else the nearest one around it, looking
 * outwards one ancestor at a time (the page logo in the site header is reached last, and skipped).
 */
function findTitle(index: TreeIndex, body: Element, inDroppedTag: (el: Element) => boolean): Element | null {
  const candidates = index.elements.filter(
    (el) =>
      isTitleMarkup(el) &&
      !inDroppedTag(el) &&
      (index.textLength.get(el) ?? 0) >= 3 &&
      !isCaptionMarkup(el) &&
      !inPageFrame(index, el),
  )
  const inside = candidates.filter((el) => contains(index, body, el))
  const h1Inside = inside.find((el) => el.tagName === 'h1')
  if (h1Inside) return h1Inside
  if (inside[0]) return inside[0]
  const bodyOrder = index.order.get(body) ?? 0
  for (const ancestor of ancestorsOf(index, body)) {
    if (candidates.length === 0) break
    const around = candidates.filter((el) => contains(index, ancestor, el))
    if (around.length === 0) continue
    // Prefer a headline before the body, an h1 before other title markup.
    const before = around.filter((el) => (index.order.get(el) ?? 0) < bodyOrder)
    const pool = before.length > 0 ? before : around
    return pool.find((el) => el.tagName === 'h1') ?? (pool[0] as Element)
  }
  return null
}

function findSapo(
  index: TreeIndex,
  region: Element,
  body: Element,
  inDroppedTag: (el: Element) => boolean,
): Element | null {
  for (const el of index.elements) {
    if (!contains(index, region, el) || el === body || contains(index, el, body)) continue
    if (!isSapoMarkup(el) && !hasItemprop(el, 'description')) continue
    if (el.tagName === 'meta' || inDroppedTag(el) || insideChrome(index, el, region)) continue
    const length = index.textLength.get(el) ?? 0
    if (length >= 30 && length <= 2000) return el
  }
  return null
}

/**
 * Inside the page's own header or footer (where a portal puts its name in an h1), as opposed to an
 * article's header, which sits inside the article.
 */
function inPageFrame(index: TreeIndex, el: Element): boolean {
  const ancestors = ancestorsOf(index, el)
  const frame = ancestors.findIndex(isPageFrame)
  if (frame < 0) return false
  return !ancestors.slice(frame + 1).some((a) => a.tagName === 'article' || a.tagName === 'main')
}
