/**
 * Sticky lexicon matchers with a cheap guard. Recognizers try their lexicons at every word start;
 * a compiled alternation of a few hundred phrases is tried phrase by phrase, so each matcher first
 * checks that the word at the position is the first word of some entry ("hội", "ubnd", "phó") and
 * only then runs the regular expression. The result is the same as the bare sticky regex.
 */
import { foldForMatching } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'

export type LexiconAt = (text: string, at: number) => RegExpExecArray | null

// A word character for the guard: ASCII letters and digits, and everything from U+00C0 up except
// general punctuation and symbols (U+2000–U+2BFF). The match view has no other spaces or quotes.
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0xc0 && (c < 0x2000 || c > 0x2bff))

/** The lower-cased first word of a phrase or of the text at `at` (letters, marks and digits). */
export function firstWordAt(text: string, at = 0): string {
  let end = at
  while (end < text.length && end - at < 24 && isWordChar(text.charCodeAt(end))) end++
  return text.slice(at, end).toLowerCase()
}

export interface LexiconOptions {
  /** Regular-expression flags; sticky is added. Default "iu". */
  readonly flags?: string
  /** Optional words before the phrase ("phó " in "Phó Sư đoàn trưởng"), as a pattern. */
  readonly prefix?: { readonly pattern: string; readonly words: readonly string[] }
  /** What must follow the phrase. Default: the end of a word. */
  readonly suffix?: string
}

export function lexiconAt(phrases: readonly string[], options: LexiconOptions = {}): LexiconAt {
  const { flags = 'iu', prefix, suffix = WORD_END } = options
  const starts = new Set(
    [...phrases, ...(prefix?.words ?? [])].map((p) => firstWordAt(foldForMatching(p.normalize('NFC')))),
  )
  const re = new RegExp(
    `${prefix ? `(?:${prefix.pattern})?` : ''}${alternation(phrases)}${suffix}`,
    `${flags}y`,
  )
  return (text, at) => {
    if (!starts.has(firstWordAt(text, at))) return null
    re.lastIndex = at
    return re.exec(text)
  }
}

/** One regular expression tried at `at` (sticky). */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}
