/**
 * What the page says about itself outside the article text: Open Graph and meta tags, schema.org
 * JSON-LD and microdata. Used when the article's own markup does not say (no h1, no byline).
 */
import type { Element } from 'hast'
import { plainText, stringProperty, type TreeIndex } from './hast.js'
import { hasItemprop } from './markup.js'

export interface PageMeta {
  /** og:title, twitter:title, JSON-LD headline, or <title> (site name removed), with its element. */
  readonly title: { readonly text: string; readonly element: Element } | null
  /** A person named by meta author, article:author or JSON-LD author; null for a site or an outlet. */
  readonly author: string | null
  /** Publication time as stated (ISO 8601), when the page states one. */
  readonly published: string | null
}

export function readMeta(index: TreeIndex): PageMeta {
  const metas = index.elements.filter((el) => el.tagName === 'meta')
  const metaContent = (key: string): { text: string; element: Element } | null => {
    for (const el of metas) {
      const names = [stringProperty(el, 'property'), stringProperty(el, 'name')].map((n) => n?.toLowerCase())
      if (!names.includes(key) && !hasItemprop(el, key)) continue
      const text = clean(stringProperty(el, 'content') ?? '')
      if (text) return { text, element: el }
    }
    return null
  }
  const ld = readJsonLd(index)
  const siteName = metaContent('og:site_name')?.text ?? null
  const titleElement = index.elements.find((el) => el.tagName === 'title')
  const pageTitle = titleElement ? withoutSiteName(plainText(titleElement), siteName) : ''
  const title =
    metaContent('og:title') ??
    metaContent('twitter:title') ??
    (ld.headline && ld.element ? { text: clean(ld.headline), element: ld.element } : null) ??
    (pageTitle && titleElement ? { text: pageTitle, element: titleElement } : null)
  const author = [
    metaContent('author')?.text,
    metaContent('article:author')?.text,
    metaContent('dc.creator')?.text,
    ld.author,
  ].find((name): name is string => typeof name === 'string' && isPersonName(name))
  const published = [
    metaContent('article:published_time')?.text,
    metaContent('datepublished')?.text,
    metaContent('pubdate')?.text,
    metaContent('publishdate')?.text,
    ld.datePublished,
    timeOfArticle(index),
  ].find((value): value is string => typeof value === 'string' && ISO_DATE.test(value))
  return { title, author: author ?? null, published: published ?? null }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim()
}

/** "Headline - Cổng TTĐT huyện Ngọc Lặc" → "Headline" when the tail names the site. */
function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|\-–—]\s+/)
  if (parts.length < 2) return title
  const tail = (parts[parts.length - 1] as string).toLowerCase()
  const names = siteName ? tail === siteName.toLowerCase() : false
  return names || OUTLET.test(tail) ? parts.slice(0, -1).join(' - ') : title
}

// Words that name an outlet or a site, not a writer: "Báo Quảng Nam", "Cổng TTĐT tỉnh", "baoquangnam.vn".
const OUTLET =
  /(?:^|\s)(?:báo|cổng|trang|đài|tạp chí|thông tấn|portal|ttđt|tttđt|ubnd|sở|ban|huyện|tỉnh|thành phố|news|online)(?:\s|$)|\.vn\b|\.com\b|https?:/iu

/** A writer's name: two to six capitalised words, no outlet words, no URL. */
function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/)
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    !OUTLET.test(name) &&
    words.every((w) => /^[\p{Lu}][\p{L}\p{M}.]*$/u.test(w))
  )
}

interface JsonLd {
  headline: string | null
  author: string | null
  datePublished: string | null
  element: Element | null
}

/** The first schema.org article in the page's JSON-LD blocks. */
function readJsonLd(index: TreeIndex): JsonLd {
  const none: JsonLd = { headline: null, author: null, datePublished: null, element: null }
  for (const el of index.elements) {
    if (el.tagName !== 'script' || stringProperty(el, 'type')?.toLowerCase() !== 'application/ld+json')
      continue
    const source = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
    let data: unknown
    try {
      data = JSON.parse(source)
    } catch {
      // Broken JSON-LD is common on scraped pages; the page is read without it.
      continue
    }
    const article = findArticleNode(data)
    if (!article) continue
    return {
      headline: typeof article.headline === 'string' ? article.headline : null,
      author: authorName(article.author),
      datePublished: typeof article.datePublished === 'string' ? article.datePublished : null,
      element: el,
    }
  }
  return none
}

type JsonObject = Record<string, unknown>
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/

function findArticleNode(data: unknown): JsonObject | null {
  const queue: unknown[] = [data]
  // Bounded: JSON-LD blocks are small; a huge one is not worth walking.
  for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
    const node = queue.shift()
    if (Array.isArray(node)) queue.push(...node)
    else if (node && typeof node === 'object') {
      const obj = node as JsonObject
      const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']]
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return obj
      if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph'])
    }
  }
  return null
}

function authorName(author: unknown): string | null {
  const first = Array.isArray(author) ? author[0] : author
  if (typeof first === 'string') return clean(first) || null
  if (first && typeof first === 'object') {
    const name = (first as JsonObject).name
    if (typeof name === 'string') return clean(name) || null
  }
  return null
}

/** A <time datetime> or itemprop=datePublished element in the page. */
function timeOfArticle(index: TreeIndex): string | null {
  for (const el of index.elements) {
    if (index.inDroppedTag.has(el)) continue
    if (hasItemprop(el, 'datePublished')) {
      const value = stringProperty(el, 'content') ?? stringProperty(el, 'dateTime')
      if (value) return value.trim()
    }
    if (el.tagName === 'time') {
      const value = stringProperty(el, 'dateTime')
      if (value) return value.trim()
    }
  }
  return null
}
