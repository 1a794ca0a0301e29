/**
 * Builds the article text block by block: collapses whitespace as a browser does, puts each block on
 * its own line, and records for every character where the HTML source wrote it.
 */
import type { Element } from 'hast'
import { alignTextNode } from './source-map.js'

/** A caption told by its place (an emphasised or centred line after a photo) is no longer than this. */
const MAX_POSITIONAL_CAPTION = 300

/** What the markup says a block is; 'paragraph' leaves it to the line heuristics. */
export type BlockRole = 'title' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline'

/** A block of the built text, in its offsets. */
export interface RoleBlock {
  readonly role: BlockRole
  readonly start: number
  readonly end: number
  /** Comes right after a photo (no text between them): where portals put a photo's caption. */
  readonly afterImage: boolean
}

export interface HtmlText {
  readonly text: string
  readonly blocks: readonly RoleBlock[]
  /** HTML source offsets of each character of `text` ([start, end)); -1 for inserted line breaks. */
  readonly sourceStarts: Int32Array
  readonly sourceEnds: Int32Array
}

const HTML_SPACE = /[\t\n\f\r \u00a0]/

export class TextBuilder {
  private readonly source: string | null
  private readonly chars: string[] = []
  private starts: number[] = []
  private ends: number[] = []
  private readonly blocks: RoleBlock[] = []
  /** Offset where the open block's text starts, or -1 before its first character. */
  private blockStart = -1
  private blockRole: BlockRole = 'paragraph'
  private blockAfterImage = false
  private centered = false
  private emphasised = 0
  private plain = 0
  private imageSinceText = false
  /** What goes before the next character: nothing, a space (with its source), a line break or a tab. */
  private pending: { kind: 'space' | 'tab' | 'break'; start: number; end: number } | null = null

  constructor(source: string | null) {
    this.source = source
  }

  syntheticBlock(role: BlockRole, from: { readonly text: string; readonly element: Element }) {
    this.startBlock()
    const position = from.element.position
    const start = position?.start.offset ?? -1
    const end = position?.end.offset ?? -1
    for (let i = 0; i < from.text.length; i++) this.append(from.text[i] as string, start, end, role, false)
    this.endBlock()
  }

  startBlock(centered = false) {
    this.endBlock()
    this.centered = centered
  }

  endBlock() {
    if (this.blockStart >= 0) {
      let role = this.blockRole
      // A short emphasised or centred line right after a photo is its caption, as portals lay them out.
      const length = this.chars.length - this.blockStart
      if (
        role === 'paragraph' &&
        this.blockAfterImage &&
        ((this.plain === 0 && this.emphasised > 0) || this.centered) &&
        length <= MAX_POSITIONAL_CAPTION
      )
        role = 'caption'
      this.blocks.push({
        role,
        start: this.blockStart,
        end: this.chars.length,
        afterImage: this.blockAfterImage,
      })
      this.imageSinceText = false
    }
    this.blockStart = -1
    this.centered = false
    this.pending = null
    this.emphasised = 0
    this.plain = 0
  }

  image() {
    this.imageSinceText = true
  }

  lineBreak() {
    if (this.blockStart >= 0) this.pending = { kind: 'break', start: -1, end: -1 }
  }

  cell() {
    if (this.blockStart >= 0 && this.pending?.kind !== 'break')
      this.pending = { kind: 'tab', start: -1, end: -1 }
  }

  text(
    value: string,
    from: number | undefined,
    to: number | undefined,
    role: BlockRole,
    emphasis: boolean,
    pre: boolean,
  ) {
    const map =
      this.source !== null && from !== undefined && to !== undefined
        ? alignTextNode(value, this.source, from, to)
        : null
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string
      const start = map ? (map.starts[i] as number) : -1
      const end = map ? (map.ends[i] as number) : -1
      if (pre && ch === '\n') {
        this.lineBreak()
      } else if (HTML_SPACE.test(ch)) {
        if (this.blockStart >= 0 && this.pending === null) this.pending = { kind: 'space', start, end }
      } else {
        this.append(ch, start, end, role, emphasis)
      }
    }
  }

  private append(ch: string, start: number, end: number, role: BlockRole, emphasis: boolean) {
    if (this.blockStart < 0) {
      if (this.chars.length > 0) this.push('\n', -1, -1)
      this.blockStart = this.chars.length
      this.blockRole = role
      this.blockAfterImage = this.imageSinceText
    } else if (this.pending) {
      const p = this.pending
      this.push(p.kind === 'space' ? ' ' : p.kind === 'tab' ? '\t' : '\n', p.start, p.end)
    }
    this.pending = null
    this.push(ch, start, end)
    if (emphasis) this.emphasised++
    else this.plain++
  }

  private push(ch: string, start: number, end: number) {
    this.chars.push(ch)
    this.starts.push(start)
    this.ends.push(end)
  }

  finish(): HtmlText {
    this.endBlock()
    return {
      text: this.chars.join(''),
      blocks: this.blocks,
      sourceStarts: Int32Array.from(this.starts),
      sourceEnds: Int32Array.from(this.ends),
    }
  }
}
