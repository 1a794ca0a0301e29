/**
 * Where a body belongs, after its head and name: the body above it ("Ban Tuyên giáo" + "Huyện ủy"),
 * a level and place ("UBND" + "huyện Ngọc Lặc"), a known place ("Huyện ủy" + "Ngọc Lặc"), or, for
 * heads that take one, a lower-case description ended by any of these, by punctuation or by a verb
 * ("Ban Chỉ đạo" + "diễn tập tỉnh", "Ban Tổ chức" + "hội thi cho biết"). Used by ./organization.ts.
 */
import type { OrganizationHead, OrganizationKindName } from '../lexicon/organizations.js'
import { NAME_STOP_WORDS } from '../lexicon/places.js'
import { WORD_END } from '../text/pattern.js'
import { alternationTrie } from '../text/phrase-trie.js'
import type { OrganizationMatch } from './organization.js'
import { sectorNameAt } from './organization-name.js'
import { knownPlaceAt, type PlaceMatch, placeAt } from './place.js'

/** The organization at an offset, to read a parent body with; null where none may follow. */
export type ParentAt = (at: number) => OrganizationMatch | null

// One lower-case word of a description ("diễn tập" in "Ban Chỉ đạo diễn tập tỉnh"), not a verb. The
// stop words are a trie: the pattern is tried at every word after an organization head, and a flat
// list costs one attempt per stop word.
const descriptionWord = (stops: readonly string[]) =>
  new RegExp(
    `(?!${alternationTrie(stops, 'u')}${WORD_END})[\\p{Ll}\\d][\\p{Ll}\\p{M}\\d]{0,10}${WORD_END}`,
    'uy',
  )
const DESCRIPTION_WORD_AT = descriptionWord(NAME_STOP_WORDS)
const PLURAL_AT = /(?:các|những) /uy
// Inside a description a plural is part of the name: "Ban Chỉ đạo các chương trình mục tiêu quốc
// gia huyện" (as its first word it is not: "Ban Chỉ đạo các cấp").
const DESCRIPTION_INNER_WORD_AT = descriptionWord(NAME_STOP_WORDS.filter((w) => w !== 'các' && w !== 'những'))
// Bodies another body can belong to: a parent must govern, not be a sibling in a list.
const PARENT_KINDS = new Set<OrganizationKindName>([
  'party',
  'people_committee',
  'council',
  'front',
  'military',
  'police',
  'department',
  'mass_organization',
  'school',
  'enterprise',
  'government',
])

const sticky = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at
  return re.exec(text)
}

export interface Tail {
  readonly end: number
  readonly place: PlaceMatch | null
  readonly parent: OrganizationMatch | null
  /** Set by a level word with no place: "Ban Tuyên giáo Trung ương". */
  readonly level?: 'central'
}

// "Ban Tổ chức Trung ương", "Trưởng ban Tuyên giáo T.Ư": the level of the central bodies
const CENTRAL_AT = /(?:Trung ương|T\.Ư|TƯ|TW)(?![\p{L}\p{M}\p{N}])/uy
// "Ủy ban Xã hội của Quốc hội": a body of a central one, named with "của"
const OF_AT = /của /uy

/** What a body belongs to, after a space at `at`: its parent body, a unit and place, a known place. */
export function belongingAt(
  text: string,
  at: number,
  head: OrganizationHead,
  parentAt: ParentAt | null,
): Tail | null {
  const mayHaveParent = parentAt !== null && (head.takes !== 'none' || head.inherit || !head.bare)
  const parent = mayHaveParent ? parentAt(at) : null
  if (parent && PARENT_KINDS.has(parent.kind)) return { end: parent.end, place: null, parent }
  const central = sticky(CENTRAL_AT, text, at)
  if (central) return { end: at + central[0].length, place: null, parent: null, level: 'central' }
  const of = mayHaveParent && head.inherit ? sticky(OF_AT, text, at) : null
  const ofParent = of ? parentAt?.(at + of[0].length) : null
  if (ofParent?.level === 'central') return { end: ofParent.end, place: null, parent: ofParent }
  const place = placeAt(text, at) ?? knownPlaceAt(text, at)
  return place ? { end: place.end, place, parent: null } : null
}

/**
 * A lower-case description and what ends it: a level, a parent body, punctuation, or a verb ("Ban
 * Chỉ đạo diễn tập tỉnh", "Đội vận động quần chúng Đồn Biên phòng X", "Ban Chỉ đạo diễn tập,",
 * "Ban Tổ chức hội thi cho biết"). After its first word it may name a sector or a proper name in
 * capitals ("Công đoàn ngành Giáo dục huyện", "HTX nông nghiệp Thành Công").
 */
export function describedAt(
  text: string,
  at: number,
  head: OrganizationHead,
  parentAt: ParentAt | null,
): Tail | null {
  // A plural opens a description only when a level or a body closes it: "Ban Chỉ đạo các chương
  // trình mục tiêu quốc gia huyện", not "Ban Chỉ đạo các cấp".
  const plural = sticky(PLURAL_AT, text, at)
  let p = plural ? at + plural[0].length : at
  for (let words = 0; words < 8; words++) {
    const word =
      words === 0
        ? sticky(DESCRIPTION_WORD_AT, text, p)
        : (sticky(DESCRIPTION_INNER_WORD_AT, text, p) ?? capitalisedAt(text, p))
    // a verb or a function word ends the description: "Ban Tổ chức hội thi cho biết"
    if (!word) {
      const ended = !plural && words > 0 && /^\p{Ll}/u.test(text.charAt(p))
      return ended ? { end: p - 1, place: null, parent: null } : null
    }
    const end = p + word[0].length
    if (text[end] !== ' ') {
      return !plural && /^[,.;:)]?$/u.test(text.charAt(end)) ? { end, place: null, parent: null } : null
    }
    const tail = belongingAt(text, end + 1, head, parentAt)
    if (tail) return tail
    p = end + 1
  }
  return null
}

/** Capitalised words inside a description, as one match: a sector or a proper name. */
function capitalisedAt(text: string, at: number): [string] | null {
  const words = sectorNameAt(text, at)
  return words ? [text.slice(words.start, words.end)] : null
}
