/**
 * Places: an administrative unit word and its name ("huyện Ngọc Lặc", "TP. Thanh Hóa", "xã Minh
 * Sơn", "Quận 1", "thôn Đồng Tâm"), or a known name alone ("Ngọc Lặc" in "Huyện ủy Ngọc Lặc"). The
 * hard part is where the name ends when a person's name follows with no comma ("Chủ tịch UBND huyện
 * Ngọc Lặc Phạm Văn A"): provinces and districts are looked up in the gazetteer
 * (src/lexicon/generated); communes and villages, too many to ship, are cut by grammar: a place name
 * takes one to three syllables and stops where a family name starts a 2–4 syllable rest.
 */
import type { Range } from '../document.js'
import { CENTRAL_CITY_NAMES, DISTRICTS_BY_PROVINCE, PROVINCE_NAMES } from '../lexicon/generated/gazetteer.js'
import {
  CITY_UNITS,
  CITY_WORDS,
  COMMUNE_UNITS,
  DISTRICT_UNITS,
  PROVINCE_UNITS,
  VILLAGE_UNITS,
} from '../lexicon/places.js'
import { canonicalize } from '../text/normalize.js'
import { wordPartAt } from './char-class.js'
import { lexiconAt, matchKey } from './lexicon-at.js'
import { capitalisedSyllablesAt, nameRunEnd, remembered, startsWithSurname } from './person-name.js'

export type Level = 'central' | 'province' | 'district' | 'commune'
type UnitKind = 'province' | 'city' | 'district' | 'commune' | 'village'

export interface PlaceMatch extends Range {
  /** The unit word ("huyện"), null for a bare known name. */
  readonly unit: Range | null
  readonly name: Range | null
  readonly level: Level | null
}

const PROVINCES = new Set(PROVINCE_NAMES.map(canonicalize))
// "HCM", "HN": the initials "TP.HCM", "TP HN" write the two largest central cities with
const CENTRAL_CITIES = new Set([...CENTRAL_CITY_NAMES, 'HCM', 'HN'].map(canonicalize))
const DISTRICTS = new Set(Object.values(DISTRICTS_BY_PROVINCE).flat().map(canonicalize))
const knownNameAt = lexiconAt([...PROVINCE_NAMES, ...Object.values(DISTRICTS_BY_PROVINCE).flat()], {
  flags: 'u',
})
const UNIT_KINDS = new Map<string, UnitKind>()
for (const [kind, words] of [
  ['province', PROVINCE_UNITS],
  ['city', [...CITY_UNITS, ...CITY_WORDS]],
  ['district', DISTRICT_UNITS],
  ['commune', COMMUNE_UNITS],
  ['village', VILLAGE_UNITS],
] as const) {
  for (const w of words) UNIT_KINDS.set(canonicalize(w), kind)
}
const CITY_WORD_KEYS = new Set(CITY_WORDS.map(canonicalize))
// a unit word ends a word, or is abbreviated with a dot ("TP.Hồ Chí Minh")
const unitAt = lexiconAt([...UNIT_KINDS.keys()], {
  suffix: (text, end) => !wordPartAt(text, end) || text.charCodeAt(end - 1) === 0x2e,
})
/** Lower-cased words a place with its unit starts with ("huyện", "tp"…), for scanners. */
export const PLACE_STARTS: ReadonlySet<number> = unitAt.starts
const NUMBER_AT = /\d{1,3}(?![\p{L}\p{N}])/uy

/** The level of a province or district name from the gazetteer ("Thanh Hóa" → province). */
export const gazetteerLevel: (name: string) => 'province' | 'district' | null = remembered((name) => {
  const key = canonicalize(name)
  if (PROVINCES.has(key)) return 'province'
  return DISTRICTS.has(key) ? 'district' : null
})

/** True for a centrally-run city ("Hồ Chí Minh", "Đà Nẵng"): its city bodies are province-level. */
export function isCentralCity(name: string): boolean {
  return CENTRAL_CITIES.has(canonicalize(name))
}

/** True for a province or district name: such a run is a place, never a person. */
export function isPlaceName(name: string): boolean {
  return gazetteerLevel(name) !== null
}

/** A province or district name from the gazetteer starting at `at` (longest), with its level. */
export function knownPlaceAt(text: string, at: number): PlaceMatch | null {
  const m = knownNameAt(text, at)
  if (!m) return null
  const end = at + m[0].length
  // written out, not spread: an object spread here cost more than the lexicon lookup
  return { start: at, end, unit: null, name: { start: at, end }, level: gazetteerLevel(m[0]) }
}

/** The name after a unit word of the given kind, or null when none can be told apart. */
function nameAfterUnit(text: string, at: number, kind: UnitKind): Range | null {
  NUMBER_AT.lastIndex = at
  const number = NUMBER_AT.exec(text)
  if (number && kind !== 'province') return { start: at, end: at + number[0].length }
  const known = kind === 'commune' || kind === 'village' ? null : knownPlaceAt(text, at)
  if (known && !(kind === 'province' && known.level !== 'province')) return known.name
  // "TP.HCM", "TP HCM": the city's initials
  CITY_INITIALS_AT.lastIndex = at
  const initials = kind === 'city' ? CITY_INITIALS_AT.exec(text) : null
  if (initials) return { start: at, end: at + initials[0].length }
  const name = namedRunAfterUnit(text, at, kind)
  return name && (kind === 'commune' || kind === 'village') ? withNumber(text, name) : name
}

const CITY_INITIALS_AT = /(?:HCM|HN)(?![\p{L}\p{M}\p{N}])/uy
// "xã Sơn Kim 2", "thôn Tả Thồ 1": a number ends many commune and village names. It is the name's
// when nothing or a capitalised word or a function word follows it; before a lower-case noun it is
// a count ("xã A 12 hộ").
const NAME_NUMBER_AT =
  / \d{1,2}(?![\p{L}\p{M}\p{N}]|[.,]\d)(?=$|[^ \p{L}\p{N}]| \p{Lu}| (?:với|và|có|đã|là|được|tại|của|cho|trong|đến|nhận)(?![\p{L}\p{M}]))/uy

function withNumber(text: string, name: Range): Range {
  NAME_NUMBER_AT.lastIndex = name.end
  const number = NAME_NUMBER_AT.exec(text)
  return number ? { start: name.start, end: name.end + number[0].length } : name
}

/** The capitalised name after a unit word, cut before a person's name. */
function namedRunAfterUnit(text: string, at: number, kind: UnitKind): Range | null {
  // "Trưởng Công an huyện Thượng tá X": the run ends before a rank, a title or a body
  const stop = nameRunEnd(text, at)
  const run = capitalisedSyllablesAt(text, at, 6).filter((syllable) => syllable.end <= stop)
  if (run.length === 0) return null
  // Provinces are all in the gazetteer: an unknown run is the person after the place ("Chủ tịch UBND
  // tỉnh Lê Văn A").
  if (kind === 'province') return null
  // Most commune names have two syllables, a few one or three; a name after them has two to four.
  // Districts dissolved before the gazetteer's data ("huyện Nông Sơn") are read by grammar too; but a
  // run of three or four led by a family name is the person after the place ("Chủ tịch UBND huyện
  // Lê Văn A"). Such a run is a place and a name only as two syllables and a name of three or four
  // ("huyện Nông Sơn Lê Văn A"; "Nguyễn Lê Hoàng Anh" is one person).
  const personFirst =
    (kind === 'district' || kind === 'city') && startsWithSurname(text.slice(at, (run.at(-1) as Range).end))
  const split = personFirst ? placeBeforeName(text, run, [2], 3) : placeBeforeName(text, run, [2, 1, 3], 2)
  if (split) return { start: at, end: split.end }
  if (personFirst && run.length > 2) return null
  return { start: at, end: (run[Math.min(run.length, 4) - 1] as Range).end }
}

/**
 * The last place syllable of a run of a place (of one of `placeSyllables` lengths) and a personal
 * name (`shortestName` to 4 syllables), or null.
 */
function placeBeforeName(
  text: string,
  run: readonly Range[],
  placeSyllables: readonly number[],
  shortestName: number,
): Range | null {
  for (const k of placeSyllables) {
    const rest = run.length - k
    if (rest < shortestName || rest > 4 || (k === 1 && rest < 3)) continue
    if (startsWithSurname(text.slice((run[k] as Range).start, (run.at(-1) as Range).end))) {
      return run[k - 1] as Range
    }
  }
  return null
}

function levelOf(kind: UnitKind, name: string | null): Level | null {
  switch (kind) {
    case 'province':
      return 'province'
    case 'district':
      return 'district'
    case 'commune':
      return 'commune'
    case 'village':
      return null
    case 'city':
      if (name === null) return null
      return CENTRAL_CITIES.has(canonicalize(name)) ? 'province' : 'district'
  }
}

/** A unit word with its name, if any ("huyện Ngọc Lặc", "tỉnh", "TP. Hồ Chí Minh", "Quận 1"). */
export function placeAt(text: string, at: number): PlaceMatch | null {
  const m = unitAt(text, at)
  if (!m) return null
  // the match view is folded already: lower case and single spaces make the key
  const key = matchKey(m[0])
  const kind = UNIT_KINDS.get(key) as UnitKind
  // "TP" and "TX" are abbreviations only in capitals; "khu" needs a name to be a place.
  if (/^t[px]/i.test(m[0]) && !/^T[PX]/.test(m[0]) && !/^Tp/.test(m[0])) return null
  const unit = { start: at, end: at + m[0].length }
  if (CITY_WORD_KEYS.has(key)) {
    return /^\p{Lu}+$/u.test(m[0]) ? { start: at, end: unit.end, unit, name: unit, level: 'province' } : null
  }
  const gap = text[unit.end] === ' ' ? 1 : 0
  const name = gap || m[0].endsWith('.') ? nameAfterUnit(text, unit.end + gap, kind) : null
  if (name === null && kind === 'village') return null
  const nameText = name ? text.slice(name.start, name.end) : null
  return { start: at, end: name ? name.end : unit.end, unit, name, level: levelOf(kind, nameText) }
}
