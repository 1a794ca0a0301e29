/** bantin: Vietnamese government news → typed records. The public surface, pinned by tests/exports.test.ts. */
export { type ParseOptions, parseArticle } from './parse.js'
export { parseDigits, parseVietnameseNumber, readNumberWords } from './recognizers/number-words.js'
export { articleJsonSchema } from './schema/json-schema.js'
export * from './schema/records.js'
export { type ArticleBlock, type BlockKind, segmentArticle } from './segment-article.js'
export { canonicalize } from './text/normalize.js'
