/**
 * Photo captions and intertitles, one trimmed line of the matching view at a time: a caption names
 * who is in the picture and what they do there; an intertitle is numbered, in capitals, or short.
 */
import { CAPTION_CUES, CAPTION_STARTS, PHOTO_CUES } from '../lexicon/captions.js'
import { alternation, WORD_END, WORD_START } from './pattern.js'

const CAPTION_START = new RegExp(`^${alternation(CAPTION_STARTS)}${WORD_END}`, 'iu')
const CAPTION_CUE = new RegExp(`${WORD_START}${alternation(CAPTION_CUES)}${WORD_END}`, 'iu')
const PHOTO_CUE = new RegExp(`(?:${WORD_START}|\\()${alternation(PHOTO_CUES)}`, 'iu')

/** Sounds like a photo caption: who is in the picture, what they do there. */
export function hasCaptionCue(line: string): boolean {
  return line.length <= 480 && (CAPTION_START.test(line) || CAPTION_CUE.test(line))
}

/** Sounds like nothing but a photo caption ("Toàn cảnh…", "… chụp ảnh lưu niệm", "(bên trái)"). */
export function hasPhotoCue(line: string): boolean {
  return line.length <= 240 && PHOTO_CUE.test(line)
}

const NUMBERED = /^(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])[.)]\s+\S/u

/** "1. Kết quả nổi bật", "II. PHƯƠNG HƯỚNG", an all-capitals line: the shape of an intertitle. */
export function hasHeadingShape(line: string): boolean {
  if (line.length > 160) return false
  if (NUMBERED.test(line)) return true
  const letters = line.replace(/[^\p{L}]/gu, '')
  return letters.length >= 6 && letters === letters.toUpperCase() && /\s/u.test(line)
}

/** "- …", "+ …", "• …": a list item, body text whatever its length. */
export function isListItem(line: string): boolean {
  return /^[-+•*]\s/u.test(line)
}

/** A sentence end inside the line (". X" with a capital after): a paragraph that lost its final stop. */
export function hasInnerSentenceEnd(line: string): boolean {
  return /[.!?…]["')]*\s+["(]?\p{Lu}/u.test(line)
}
