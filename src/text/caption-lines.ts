/**
 * Photo captions and intertitles, one trimmed line of the matching view at a time: a caption names
 * who is in the picture and what they do there; an intertitle is numbered, in capitals, or short.
 */
import { CAPTION_CUES, CAPTION_STARTS, LEAD_OPENERS, LEAD_VERBS, PHOTO_CUES } from '../lexicon/captions.js'
import { LookbehindPattern } from './lookbehind-pattern.js'
import { WORD_END, WORD_START } from './pattern.js'
import { alternationTrie } from './phrase-trie.js'

/** Lexicon alternations, for patterns compiled with "iu". */
const anyCase = (phrases: readonly string[]) => alternationTrie(phrases, 'iu')
const CAPTION_START = new RegExp(`^${anyCase(CAPTION_STARTS)}${WORD_END}`, 'iu')
const CAPTION_CUE = new LookbehindPattern(WORD_START, `${anyCase(CAPTION_CUES)}${WORD_END}`, 'iu')
/** A photo cue at a word start, or right after "(": "(bên trái)". */
const PHOTO_CUE = new LookbehindPattern(WORD_START, anyCase(PHOTO_CUES), 'iu')
const PHOTO_CUE_IN_BRACKETS = new RegExp(`\\(${anyCase(PHOTO_CUES)}`, 'iu')

/** Sounds like a photo caption: who is in the picture, what they do there. */
export function hasCaptionCue(line: string): boolean {
  return line.length <= 480 && (CAPTION_START.test(line) || CAPTION_CUE.test(line))
}

/** Sounds like nothing but a photo caption ("Toàn cảnh…", "… chụp ảnh lưu niệm", "(bên trái)"). */
export function hasPhotoCue(line: string): boolean {
  return line.length <= 240 && (PHOTO_CUE.test(line) || PHOTO_CUE_IN_BRACKETS.test(line))
}

const NUMBERED = /^(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])[.)]\s+\S/u

/** "1. Kết quả nổi bật", "II. PHƯƠNG HƯỚNG", an all-capitals line: the shape of an intertitle. */
export function hasHeadingShape(line: string): boolean {
  if (line.length > 160) return false
  if (NUMBERED.test(line)) return true
  // a lower-case ASCII letter is a letter that upper-casing changes: not all capitals
  if (/[a-z]/.test(line)) return false
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

const LEAD_OPENER = new RegExp(`^${anyCase(LEAD_OPENERS)}${WORD_END}`, 'iu')
const LEAD_VERB = new LookbehindPattern(WORD_START, `${anyCase(LEAD_VERBS)}${WORD_END}`, 'iu')
/** A day and month ("24/12", "ngày 3-2"): the dateline of a sapo. */
const DAY_MONTH = /(?:^|[^\d/.-])\d{1,2}[/-]\d{1,2}(?![\d/-])/u

/**
 * Reads like a sapo rather than a headline: opens with the time or occasion of the news, names its
 * day ("(24/12)"), or tells it with "vừa …" / "đã diễn ra".
 */
export function opensLikeLead(line: string): boolean {
  return line.length <= 480 && (LEAD_OPENER.test(line) || DAY_MONTH.test(line) || LEAD_VERB.test(line))
}
