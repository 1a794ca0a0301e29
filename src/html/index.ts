/** bantin/html: articles from HTML pages. Loads unified and rehype-parse; the main entry does not. */
export type { HtmlArticle, HtmlParseOptions } from './parse.js'
export { parseHtml } from './parse.js'
