/**
 * Sentences of one block. A sentence ends at ".", "!", "?" or "…" followed by a space and a capital,
 * except after abbreviations ("TP.", "ThS.") and inside numbers ("5,2", "14.5.2011").
 */
import type { Block, Sentence } from '../document.js'

const BOUNDARY = /[.!?…]+["')\]]*\s+(?=["'([]?\p{Lu})/gu
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:TP|Tp|ThS|TS|PGS|GS|BS|Th\.S|Q|P|Đ\/c|đ\/c|v\.v|St|Mr|Ms)\.$/u

export function splitSentences(match: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = []
  blocks.forEach((block, index) => {
    const text = match.slice(block.start, block.end)
    let start = 0
    for (const m of text.matchAll(BOUNDARY)) {
      const dotEnd = m.index + m[0].trimEnd().length
      if (ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue
      sentences.push({ start: block.start + start, end: block.start + dotEnd, block: index })
      start = m.index + m[0].length
    }
    if (start < text.length) sentences.push({ start: block.start + start, end: block.end, block: index })
  })
  return sentences
}
