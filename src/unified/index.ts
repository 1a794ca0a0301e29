/**
 * bantin/unified: a unified plugin that reads the article in a file and puts it on
 * `file.data.bantin`, reporting diagnostics as vfile messages.
 *
 *   unified().use(retextLatin).use(bantin)                                  plain text
 *   unified().use(rehypeParse).use(bantin)                                  HTML (hast tree)
 *   unified().use(rehypeParse).use(rehypeRetext, unified().use(retextLatin).use(bantin))
 *
 * The tree retext builds is not read: bantin parses the file's own text (String(file)), so every span
 * is an offset into it. For HTML, spans index `file.data.bantinText` (the article text read from the
 * page) and messages point into the HTML source.
 */
import type { Root as HastRoot } from 'hast'
import type { Plugin } from 'unified'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { checkOptions } from '../arguments.js'
import { articleFromDocument, type HtmlParseOptions, parsePage, readHtml } from '../html/parse.js'
import { parseArticle } from '../parse.js'
import type { Article, Diagnostic, Span } from '../schema/records.js'
import { type Locate, locator, type Position } from './place.js'

export interface Options extends HtmlParseOptions {
  /**
   * How to read the file: `'text'` (an article as plain text), `'html'` (a page), or `'auto'`
   * (default): HTML when the tree is a hast tree (after rehype-parse) or the file starts with markup
   * (`<!doctype html>`, `<html>`, `<body>`, `<div>`, `<p>`…), else text.
   */
  format?: 'auto' | 'text' | 'html' | null
}

declare module 'vfile' {
  interface DataMap {
    /** The article bantin read from the file. Its spans index `bantinText`. */
    bantin: Article
    /** The text the spans of `bantin` index: the file itself for text, the article text for HTML. */
    bantinText: string
  }
}

/**
 * Reads the file's article into `file.data.bantin`; diagnostics become messages (source 'bantin').
 * Works on any tree and changes none, so it is typed as leaving the processor's trees as they are.
 */
export const bantin: Plugin<[(Options | null | undefined)?], undefined, undefined> = (options) => {
  const settings: Options = options ?? {}
  checkOptions('bantin', settings)
  const { format = 'auto', ...parseOptions } = settings
  if (format !== null && format !== 'auto' && format !== 'text' && format !== 'html') {
    throw new TypeError(
      `bantin: expected options.format to be 'auto', 'text' or 'html', got ${String(format)}`,
    )
  }
  return (tree: Node, file: VFile): undefined => {
    const value = String(file)
    const html = format === 'html' || (format !== 'text' && (isHast(tree) || looksLikeHtml(value)))
    if (!html) {
      const textOptions = parseOptions.referenceDate ? { referenceDate: parseOptions.referenceDate } : {}
      const article = parseArticle(value, textOptions)
      file.data.bantin = article
      file.data.bantinText = value
      report(file, article.diagnostics, value, locator(value), (span) => span)
      return undefined
    }
    const page = isHast(tree) ? { tree, diagnostics: [] } : parsePage(value)
    const doc = readHtml(page.tree, value, page.diagnostics)
    const article = articleFromDocument(doc, parseOptions)
    file.data.bantin = article
    file.data.bantinText = doc.text
    report(file, article.diagnostics, doc.text, locator(value), (span) => {
      const start = firstMapped(doc.sourceStarts, span.start, span.end)
      const end = lastMapped(doc.sourceEnds, span.start, span.end)
      return start >= 0 && end >= start ? { start, end } : null
    })
    return undefined
  }
}

export default bantin

function report(
  file: VFile,
  diagnostics: readonly Diagnostic[],
  text: string,
  locate: Locate,
  toFile: (span: Span) => Span | null,
) {
  for (const diagnostic of diagnostics) {
    const inFile = diagnostic.span ? toFile(diagnostic.span) : null
    const place: Position | undefined = inFile
      ? { start: locate(inFile.start), end: locate(inFile.end) }
      : undefined
    const message = file.message(diagnostic.message, { place, ruleId: diagnostic.code, source: 'bantin' })
    if (diagnostic.span) message.actual = text.slice(diagnostic.span.start, diagnostic.span.end)
  }
}

function isHast(tree: Node): tree is HastRoot {
  return (
    tree.type === 'root' &&
    'children' in tree &&
    Array.isArray(tree.children) &&
    tree.children.some((child: Node) => child.type === 'element' || child.type === 'doctype')
  )
}

const MARKUP_START =
  /^<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|figure|table|ul)[\s>/]/i

/** Starts with markup, after any whitespace and comments. */
function looksLikeHtml(value: string): boolean {
  let at = 0
  for (;;) {
    while (at < value.length && /\s/.test(value[at] as string)) at++
    if (!value.startsWith('<!--', at)) break
    const end = value.indexOf('-->', at + 4)
    if (end < 0) return false
    at = end + 3
  }
  return MARKUP_START.test(value.slice(at, at + 32))
}

/** First source offset of a text range's characters (inserted line breaks have none). */
function firstMapped(starts: Int32Array, from: number, to: number): number {
  for (let i = from; i < to && i < starts.length; i++)
    if ((starts[i] as number) >= 0) return starts[i] as number
  return -1
}

function lastMapped(ends: Int32Array, from: number, to: number): number {
  for (let i = Math.min(to, ends.length) - 1; i >= from; i--)
    if ((ends[i] as number) >= 0) return ends[i] as number
  return -1
}
