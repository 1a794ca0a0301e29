/**
 * What every extractor reads: the normalized text, its blocks and sentences. Offsets here are into
 * `text.display` / `text.match` (the same length); records convert them with `text.toSpan`.
 */
import type { Diagnostic, Span } from './schema/records.js'
import type { NormalizedText } from './text/normalize.js'

export type BlockKind =
  | 'chrome' // navigation, breadcrumbs, dates and site furniture before the headline
  | 'title'
  | 'lead' // the sapo: the first paragraph after the headline
  | 'body'
  | 'heading' // an intertitle inside the body
  | 'caption' // a photo caption
  | 'source' // a source tag such as "(QNO) -" at the start of the lead
  | 'byline' // "Tác giả: Minh Phương", a trailing name line
  | 'credit' // a photo credit, "Ảnh: Đinh Yến"
  | 'widget' // trailing site furniture: "Tin liên quan", "Thăm dò ý kiến", "Bản in"…

/** A block in display offsets. */
export interface Block {
  readonly kind: BlockKind
  readonly start: number
  readonly end: number
}

/** A sentence in display offsets, inside one block. */
export interface Sentence {
  readonly start: number
  readonly end: number
  readonly block: number
}

/** A range in display offsets: what recognizers return before records are built. */
export interface Range {
  readonly start: number
  readonly end: number
}

export interface Doc {
  readonly text: NormalizedText
  readonly blocks: readonly Block[]
  readonly sentences: readonly Sentence[]
  readonly referenceDate: Date | undefined
  readonly diagnostics: Diagnostic[]
}

/** Block kinds whose sentences state facts of the article (chrome, bylines and widgets do not). */
export const CONTENT_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'lead', 'body', 'heading', 'caption'])

/** The text of a display range, as written (NFC, tone style kept), spaces collapsed. */
export function textOf(doc: Doc, range: Range): string {
  const text = doc.text.display.slice(range.start, range.end)
  // Most texts have single spaces only, which the replacement would keep: it is skipped for them.
  return (COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim()
}
/** A space that `textOf` changes: a run of two, or a space other than " ". */
const COLLAPSIBLE = /[^\S ]|\s\s/

/** A display range → a span of the caller's string. */
export function spanOf(doc: Doc, range: Range): Span {
  return doc.text.toSpan(range.start, range.end)
}

/** Sentences of the given block kinds, in order. */
export function sentencesOf(doc: Doc, kinds: ReadonlySet<BlockKind> = CONTENT_KINDS): Sentence[] {
  return doc.sentences.filter((s) => kinds.has((doc.blocks[s.block] as Block).kind))
}
