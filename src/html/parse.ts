/**
 * HTML in, Article out: parse the page with rehype-parse, find the article on it, build its text
 * with the blocks the markup states, and run the same extractors as parseArticle on that text.
 */
import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { checkOptions, checkString } from '../arguments.js'
import { type ParseOptions, parseWithBlocks } from '../parse.js'
import type { Article, Diagnostic } from '../schema/records.js'
import { normalizeText } from '../text/normalize.js'
import { blocksFromRoles } from './blocks.js'
import { indexTree } from './hast.js'
import { locateArticle } from './locate.js'
import { DROP_TAGS } from './markup.js'
import { readMeta } from './meta.js'
import { buildText, type HtmlText } from './text.js'

export interface HtmlParseOptions extends ParseOptions {
  /**
   * Resolve relative dates ("hôm qua", "sáng nay") against the page's publication time
   * (article:published_time, JSON-LD datePublished, <time datetime>) when `referenceDate` is not
   * given. Default `true`.
   */
  usePublishedDate?: boolean
}

/** The Article of an HTML page, with the text its spans index. */
export interface HtmlArticle extends Article {
  /** The article's text as read from the page: one line per block. Every span is an offset into it. */
  text: string
  /** The page's publication time as it states it (ISO 8601), or null. */
  published: string | null
}

/** A page read into text, before extraction. */
export interface HtmlDocument extends HtmlText {
  readonly author: string | null
  readonly published: string | null
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Reads an article from a whole scraped page (or a fragment): the article body without menus,
 * headers, footers, share widgets and related-news lists; the title from the h1 (or og:title); the
 * author from byline markup (or meta author); captions from figcaption and image-caption markup.
 */
export function parseHtml(html: string, options: HtmlParseOptions = {}): HtmlArticle {
  checkString('parseHtml', html, 'the page as a string of HTML')
  checkOptions('parseHtml', options)
  const page = parsePage(html)
  return articleFromDocument(readHtml(page.tree, html, page.diagnostics), options)
}

export interface ParsedPage {
  readonly tree: Root
  /** Diagnostics of parsing itself (a page nested too deep to parse as it is). */
  readonly diagnostics: readonly Diagnostic[]
}

// Wrapper tags blanked out, level by level, when a page nests too deep for the (recursive) hast
// builder: the text and its offsets stay, the nesting goes.
const WRAPPERS = [
  /<\/?(?:div|span|font|section|center|small|big|u|b|i|em|strong|a|blockquote)(?=[\s/>])[^>]*>/gi,
  /<\/?(?:table|tbody|thead|tfoot|tr|td|th|ul|ol|li|dl|dt|dd|article|main|figure|form)(?=[\s/>])[^>]*>/gi,
  /<(?!\/?(?:p|br|h[1-6]|figcaption|title|meta|head|body|html)[\s/>])[^>]*>/gi,
]

/** The hast tree of a page, with positions into `html`. */
export function parsePage(html: string): ParsedPage {
  const parser = unified().use(rehypeParse)
  let source = html
  for (let level = 0; ; level++) {
    try {
      const tree = parser.parse(source)
      const diagnostics: Diagnostic[] =
        level === 0
          ? []
          : [
              {
                code: 'html-too-deep',
                message: 'The page nests too deep to parse as it is: wrapper tags were ignored',
              },
            ]
      return { tree, diagnostics }
    } catch (error) {
      const pattern = WRAPPERS[level]
      if (!(error instanceof RangeError) || !pattern) throw error
      source = source.replace(pattern, (tag) => ' '.repeat(tag.length))
    }
  }
}

/** Finds the article in a parsed page and builds its text. `source` is the HTML, for source offsets. */
export function readHtml(
  tree: Root,
  source: string | null,
  parsing: readonly Diagnostic[] = [],
): HtmlDocument {
  const index = indexTree(tree, DROP_TAGS)
  const location = locateArticle(index)
  const meta = readMeta(index)
  const built = buildText({
    index,
    location,
    source,
    metaTitle: location.title ? null : meta.title,
  })
  const diagnostics: Diagnostic[] = [...parsing]
  const titleBlock = built.blocks.find((b) => b.role === 'title')
  if (!location.found && location.body) {
    diagnostics.push({
      code: 'html-no-article-container',
      message:
        'No article container (article, main, [itemprop=articleBody], .detail-content…): read the whole page body',
    })
  }
  if (!location.title && titleBlock) {
    diagnostics.push({
      code: 'html-title-from-meta',
      message: 'No headline element in the page: the title was taken from its metadata (og:title or <title>)',
      span: { start: titleBlock.start, end: titleBlock.end },
    })
  }
  if (built.text.trim() === '') {
    diagnostics.push({ code: 'html-no-text', message: 'The page has no article text' })
  }
  return { ...built, author: meta.author, published: meta.published, diagnostics }
}

/** Runs the extractors on a read page. */
export function articleFromDocument(doc: HtmlDocument, options: HtmlParseOptions = {}): HtmlArticle {
  const normalized = normalizeText(doc.text)
  const blocks = blocksFromRoles(normalized, doc.blocks)
  const { usePublishedDate = true, ...parseOptions } = options
  if (parseOptions.referenceDate === undefined && usePublishedDate && doc.published) {
    const published = new Date(doc.published)
    if (!Number.isNaN(+published)) parseOptions.referenceDate = published
  }
  const article = parseWithBlocks(normalized, blocks, parseOptions)
  return {
    ...article,
    author: article.author ?? doc.author,
    diagnostics: [...doc.diagnostics, ...article.diagnostics],
    text: doc.text,
    published: doc.published,
  }
}
