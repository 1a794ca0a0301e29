/**
 * Block kinds for text read from HTML: what the markup states wins (the h1 is the title, a
 * figcaption a caption, ".sapo" the lead, ".author" a byline); plain paragraphs take the kinds the
 * line heuristics give them (a source tag, a photo credit, a trailing name line, "Tin liên quan"…).
 */
import type { Block, BlockKind } from '../document.js'
import { displayOffset, type NormalizedText } from '../text/normalize.js'
import { segmentBlocks } from '../text/segment.js'
import type { RoleBlock } from './text.js'

/** The blocks of `text` (display offsets) from the role blocks of the text it was normalized from. */
export function blocksFromRoles(text: NormalizedText, roles: readonly RoleBlock[]): Block[] {
  const display = roles.map((r) => ({
    role: r.role,
    afterImage: r.afterImage,
    start: displayOffset(text, r.start),
    end: displayOffset(text, r.end),
  }))
  const guessed = segmentBlocks(text.match)
  const title = display.find((r) => r.role === 'title')
  const statedLead = display.some((r) => r.role === 'lead')
  const blocks: Block[] = []
  // Pieces of one stated block with the same kind stay one block; two stated blocks never merge.
  let firstOfStated = 0
  const push = (kind: BlockKind, start: number, end: number) => {
    if (end <= start) return
    const last = blocks[blocks.length - 1]
    if (last && blocks.length - 1 >= firstOfStated && last.kind === kind && last.end === start) {
      blocks[blocks.length - 1] = { kind, start: last.start, end }
    } else blocks.push({ kind, start, end })
  }
  let g = 0
  for (const r of display) {
    firstOfStated = blocks.length
    while (g < guessed.length && (guessed[g] as Block).end <= r.start) g++
    const inside: Block[] = []
    for (let k = g; k < guessed.length && (guessed[k] as Block).start < r.end; k++) {
      const b = guessed[k] as Block
      inside.push({ kind: b.kind, start: Math.max(b.start, r.start), end: Math.min(b.end, r.end) })
    }
    switch (r.role) {
      case 'title':
      case 'heading':
        push(r.role === 'heading' && guessedLead(inside) && !statedLead ? 'lead' : r.role, r.start, r.end)
        break
      case 'byline':
        push('byline', r.start, r.end)
        break
      case 'lead':
      case 'caption': {
        // Keep what the heuristics split off inside: a source tag before the lead, a photo credit
        // after a caption.
        const kept: BlockKind = r.role === 'lead' ? 'source' : 'credit'
        let at = r.start
        for (const b of inside) {
          if (b.kind !== kept) continue
          push(r.role, at, b.start)
          push(kept, b.start, b.end)
          at = b.end
        }
        push(r.role, at, r.end)
        break
      }
      case 'paragraph': {
        for (const b of inside) {
          let kind = b.kind
          if (title && b.end <= title.start) kind = 'chrome'
          else if (kind === 'title' && title) kind = 'body'
          else if (kind === 'lead' && statedLead) kind = 'body'
          // The markup shows where the photos are: a line that does not follow one is no caption.
          else if (kind === 'caption' && !r.afterImage) kind = 'body'
          push(kind, b.start, b.end)
        }
        if (inside.length === 0) push('body', r.start, r.end)
        break
      }
    }
  }
  promoteLead(blocks, display)
  return blocks
}

function guessedLead(inside: readonly Block[]): boolean {
  return inside.some((b) => b.kind === 'lead')
}

/**
 * With no stated sapo, the heuristics' lead may have landed on what the markup says is a caption
 * or a byline; then the first body paragraph after the title is the lead.
 */
function promoteLead(blocks: Block[], display: readonly { role: string; start: number; end: number }[]) {
  if (blocks.some((b) => b.kind === 'lead')) return
  const titleAt = blocks.findIndex((b) => b.kind === 'title')
  const paragraphs = display.filter((r) => r.role === 'paragraph')
  for (let i = titleAt + 1; i < blocks.length; i++) {
    const b = blocks[i] as Block
    if (b.kind === 'widget') return
    if (b.kind !== 'body') continue
    if (paragraphs.some((p) => p.start <= b.start && b.end <= p.end)) blocks[i] = { ...b, kind: 'lead' }
    return
  }
}
