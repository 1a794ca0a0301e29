/**
 * Person names: runs of 2–5 capitalised syllables ("Phạm Tiến Dũng", "Y Ngọc", "Ksor Phước Hà",
 * "Điểu K'ré", "H'Hen Niê"). A name ends before a capitalised word that opens a title, a rank, a
 * body or a unit, since articles often write no comma there ("đồng chí Phạm Tiến Dũng Bí thư Huyện
 * ủy", "Đại tá Lê Văn A Chỉ huy trưởng"). Whether a run is a person is the caller's call: after an
 * honorific or a rank it is; otherwise the family-name cue (`startsWithSurname`) must hold.
 *
 *   personNameAt("Phạm Tiến Dũng, Bí thư", 0) → "Phạm Tiến Dũng"
 *   personNameAt("Lê Văn Hùng Chỉ huy trưởng", 0) → "Lê Văn Hùng"
 *   personNameAt("Dũng", 0) → null (one syllable: a short mention, see `shortNameAt`)
 */
import type { Range } from '../document.js'
import { HISTORICAL_FIGURES } from '../lexicon/historical-figures.js'
import { ORGANIZATION_HEADS } from '../lexicon/organizations.js'
import { RANKS } from '../lexicon/ranks.js'
import { SURNAMES } from '../lexicon/surnames.js'
import { OFFICES } from '../lexicon/titles.js'
import { canonicalize } from '../text/normalize.js'
import { isLowerOrMark, isUpperLetter, isWordPart } from './char-class.js'
import { lexiconAt } from './lexicon-at.js'

export interface NameMatch extends Range {
  readonly syllables: readonly Range[]
}

const multiWord = (phrases: readonly string[]) => phrases.filter((p) => p.includes(' '))
const UNIT_WORDS = ['Huyện', 'Tỉnh', 'Xã', 'Phường', 'Quận', 'Thành phố', 'Thị xã', 'Thị trấn', 'Thôn', 'Bản']
// Case-sensitive on purpose: "Văn phòng" ends a name, the given names "Văn Phòng" do not.
const notANameAt = lexiconAt(
  [
    ...multiWord(OFFICES),
    ...RANKS,
    ...ORGANIZATION_HEADS.flatMap((head) => multiWord(head.forms)),
    ...UNIT_WORDS,
  ],
  { flags: 'u' },
)

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019

/**
 * The end of the rest of a syllable from `from`: up to 10 lower-case letters, marks or apostrophes
 * ending a word, or -1. An apostrophe may end the syllable before a letter ("Xyz'Abc" → "Xyz").
 */
function syllableRestEnd(text: string, from: number): number {
  let end = from
  while (end - from < 10 && end < text.length) {
    const c = text.charCodeAt(end)
    if (!isLowerOrMark(c) && !isApostrophe(c)) break
    end++
  }
  if (end >= text.length || !isWordPart(text.charCodeAt(end))) return end
  for (let k = end - 1; k >= from; k--) if (isApostrophe(text.charCodeAt(k))) return k
  return -1
}

/**
 * One capitalised syllable at `p` ("Phạm", "K'ré", "H'Hen"), its end or -1: what the pattern
 * \p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]{0,10} ending a word matches, read without one.
 */
function syllableEnd(text: string, p: number): number {
  if (!isUpperLetter(text.charCodeAt(p))) return -1
  if (isApostrophe(text.charCodeAt(p + 1)) && isUpperLetter(text.charCodeAt(p + 2))) {
    const end = syllableRestEnd(text, p + 3)
    if (end >= 0) return end
  }
  return syllableRestEnd(text, p + 1)
}

/** Capitalised syllables from `at`, separated by single spaces, at most `max`. */
export function capitalisedSyllablesAt(text: string, at: number, max = 6): Range[] {
  const syllables: Range[] = []
  let p = at
  while (syllables.length < max) {
    const end = syllableEnd(text, p)
    if (end < 0) break
    syllables.push({ start: p, end })
    p = end
    if (text[p] !== ' ') break
    p += 1
  }
  return syllables
}

function nameSyllablesAt(text: string, at: number, max: number): Range[] | null {
  const run = capitalisedSyllablesAt(text, at, max + 1)
  let kept = 0
  while (kept < run.length) {
    if (notANameAt.endAt(text, (run[kept] as Range).start) >= 0) break
    kept++
  }
  // A run longer than a name, with no title to end it, is a headline in title case or a list of
  // places: not a name we can delimit.
  if (kept > max) return null
  return kept === run.length ? run : run.slice(0, kept)
}

/**
 * Where a run of capitalised syllables from `at` ends, before any title, rank, body or unit it runs
 * into ("Theo Trung tá X" → after "Theo"); `at` when it starts with one. Scanners skip such runs.
 */
export function nameRunEnd(text: string, at: number): number {
  // the syllables of `capitalisedSyllablesAt(text, at, 6)`, read in place: scanners ask at every
  // capitalised word, and the run itself is not needed
  let end = at
  let p = at
  for (let count = 0; count < 6; count++) {
    const syllableEndAt = syllableEnd(text, p)
    if (syllableEndAt < 0 || notANameAt.endAt(text, p) >= 0) break
    end = syllableEndAt
    if (text[end] !== ' ') break
    p = end + 1
  }
  return end
}

/** A full name (2–5 syllables by default) starting exactly at `at`. */
export function personNameAt(text: string, at: number, min = 2, max = 5): NameMatch | null {
  const syllables = nameSyllablesAt(text, at, max)
  if (!syllables || syllables.length < min) return null
  return { start: at, end: (syllables[syllables.length - 1] as Range).end, syllables }
}

/** A short mention: the given name alone or with the middle name ("Dũng", "Tiến Dũng"). */
export function shortNameAt(text: string, at: number): NameMatch | null {
  const syllables = nameSyllablesAt(text, at, 2)
  if (!syllables || syllables.length === 0) return null
  return { start: at, end: (syllables[syllables.length - 1] as Range).end, syllables }
}

const SURNAME_SET = new Set(SURNAMES.map((s) => canonicalize(s).split(' ')[0] as string))
const HISTORICAL_SET = new Set(HISTORICAL_FIGURES.map(canonicalize))

/**
 * A function of a name, remembered: recognizers ask about the same names again and again. The
 * memory is bounded (cleared when full), so it stays small over any number of documents.
 */
export function remembered<T>(of: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>()
  return (name) => {
    const hit = known.get(name)
    if (hit !== undefined || known.has(name)) return hit as T
    const value = of(name)
    if (known.size >= 4096) known.clear()
    known.set(name, value)
    return value
  }
}

/** True when the first syllable is a family name ("Phạm Tiến Dũng"; not "Ngọc Lặc"). */
export const startsWithSurname: (name: string) => boolean = remembered((name) =>
  SURNAME_SET.has(canonicalize(name).split(' ')[0] as string),
)

/** Founders, heroes and namesakes that are never an article's officials ("Hồ Chí Minh"). */
export const isHistoricalFigure: (name: string) => boolean = remembered((name) =>
  HISTORICAL_SET.has(canonicalize(name)),
)

/** True when `short` ("Dũng", "Tiến Dũng") is how `full` ("Phạm Tiến Dũng") is shortened. */
export function isShortFormOf(short: string, full: string): boolean {
  const s = canonicalize(short)
  const f = canonicalize(full)
  return f !== s && f.endsWith(` ${s}`)
}
