/**
 * What is wrong with the input as a whole, told as diagnostics rather than thrown: a pipeline over
 * an archive of scraped pages meets empty files, HTML fed to the text entry point, binary or
 * mis-decoded bytes and articles in another language, and wants to count and filter them, not crash.
 * One pass over the display text; nothing here changes what the extractors read.
 */
import { CONTENT_KINDS, type Doc } from '../document.js'
import type { Diagnostic } from '../schema/records.js'

// Below this many letters an article is too short to judge its language.
const MIN_LETTERS_FOR_LANGUAGE = 200
// In Vietnamese prose a marked letter (ă â đ ê ô ơ ư or a tone mark) is over a quarter of the letters
// (0.29 in the seed article); English, or Vietnamese typed without diacritics, has almost none.
const MIN_MARKED_SHARE = 0.02
// A few stray control characters are common in scraped text; this many are not.
const MAX_CONTROL_SHARE = 0.01
const MIN_TAGS_FOR_MARKUP = 3

// An opening or closing tag, a comment or a doctype: "<p>", "</div>", "<br/>", "<!doctype html>".
const TAG = /<(?:\/?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?|!--|!doctype\b[^<>]{0,100})>/gi

export function checkInput(doc: Doc): Diagnostic[] {
  const text = doc.text.display
  const counts = countCharacters(text)
  const diagnostics: Diagnostic[] = []

  if (counts.letters === 0) {
    diagnostics.push({ code: 'no-text', message: 'The input has no letters: there is nothing to read' })
  } else if (!doc.blocks.some((block) => CONTENT_KINDS.has(block.kind))) {
    diagnostics.push({
      code: 'no-content',
      message: 'Every line was read as site chrome, a byline or a widget: no headline, lead or paragraph',
    })
  }

  const controls = counts.controls
  if (controls.count > 0 && controls.count >= Math.max(16, text.length * MAX_CONTROL_SHARE)) {
    diagnostics.push({
      code: 'binary-input',
      message: `The input holds ${controls.count} control or replacement characters: binary data or bytes decoded with the wrong encoding`,
      span: doc.text.toSpan(controls.first, controls.first + 1),
    })
  }

  const firstTag = markupStart(text)
  if (firstTag) {
    diagnostics.push({
      code: 'markup-input',
      message:
        "The input looks like HTML: parse it with parseHtml from 'bantin/html' so that markup is not read as text",
      span: doc.text.toSpan(firstTag.start, firstTag.end),
    })
  }

  if (counts.letters >= MIN_LETTERS_FOR_LANGUAGE && counts.marked < counts.letters * MIN_MARKED_SHARE) {
    diagnostics.push({
      code: 'not-vietnamese',
      message: `Only ${counts.marked} of ${counts.letters} letters carry Vietnamese marks: the text may not be Vietnamese`,
    })
  }
  return diagnostics
}

interface CharacterCounts {
  letters: number
  /** Letters only Vietnamese writes: ă â đ ê ô ơ ư and the toned vowels. */
  marked: number
  controls: { count: number; first: number }
}

const OTHER = 0
const LETTER = 1
const MARKED = 2
const CONTROL = 3
// The kind of each code unit below U+0250, from the predicates below: the whole text passes through
// this loop, and the chain of comparisons per character was a visible share of a parse.
const KIND_BELOW_0250 = Uint8Array.from({ length: 0x250 }, (_, code) =>
  isControl(code) ? CONTROL : isVietnameseMarked(code) ? MARKED : isLetter(code) ? LETTER : OTHER,
)

function kindOf(code: number): number {
  if (code < 0x250) return KIND_BELOW_0250[code] as number
  return isControl(code) ? CONTROL : isVietnameseMarked(code) ? MARKED : isLetter(code) ? LETTER : OTHER
}

function countCharacters(text: string): CharacterCounts {
  const counts: CharacterCounts = { letters: 0, marked: 0, controls: { count: 0, first: -1 } }
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i))
    if (kind === OTHER) continue
    if (kind === CONTROL) {
      if (counts.controls.count++ === 0) counts.controls.first = i
    } else {
      counts.letters++
      if (kind === MARKED) counts.marked++
    }
  }
  return counts
}

function isControl(code: number): boolean {
  // Tab, line feed and form feed are layout; U+FFFD is what a wrong decoder leaves behind.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c) || code === 0x7f || code === 0xfffd
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

function isVietnameseMarked(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) || // ạ…ỹ: the toned vowels of Latin Extended Additional
    (code >= 0xc0 && code <= 0xc3) || // À Á Â Ã
    (code >= 0xe0 && code <= 0xe3) ||
    (code >= 0xc8 && code <= 0xca) || // È É Ê
    (code >= 0xe8 && code <= 0xea) ||
    code === 0xcc ||
    code === 0xcd ||
    code === 0xec ||
    code === 0xed ||
    (code >= 0xd2 && code <= 0xd5) || // Ò Ó Ô Õ
    (code >= 0xf2 && code <= 0xf5) ||
    code === 0xd9 ||
    code === 0xda ||
    code === 0xf9 ||
    code === 0xfa ||
    code === 0xdd ||
    code === 0xfd ||
    code === 0x102 || // Ă ă
    code === 0x103 ||
    code === 0x110 || // Đ đ
    code === 0x111 ||
    code === 0x128 || // Ĩ ĩ
    code === 0x129 ||
    code === 0x168 || // Ũ ũ
    code === 0x169 ||
    code === 0x1a0 || // Ơ ơ
    code === 0x1a1 ||
    code === 0x1af || // Ư ư
    code === 0x1b0
  )
}

/** The first tag when the text reads as markup: it opens with a tag or holds several. */
function markupStart(text: string): { start: number; end: number } | null {
  TAG.lastIndex = 0
  let first: RegExpExecArray | null = null
  let count = 0
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    first ??= match
    if (++count >= MIN_TAGS_FOR_MARKUP) break
  }
  if (!first) return null
  const opensWithTag = text.slice(0, first.index).trim() === ''
  if (count < MIN_TAGS_FOR_MARKUP && !opensWithTag) return null
  return { start: first.index, end: first.index + first[0].length }
}
