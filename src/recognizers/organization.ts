/**
 * Organizations: a head from the lexicon ("UBND", "Sở", "Ban CHQS", "Huyện ủy"), the name it takes
 * (./organization-name.ts), then where it sits: a level and place ("huyện Ngọc Lặc"), a known place
 * ("Huyện ủy Ngọc Lặc"), or the body it belongs to ("Ban Tuyên giáo Huyện ủy", "Văn phòng HĐND và
 * UBND huyện"). Kind and level come from the head, else from the place or the parent body.
 *
 *   "UBND huyện Ngọc Lặc"               → people_committee, district, place "huyện Ngọc Lặc"
 *   "Huyện ủy Ngọc Lặc"                 → party, district, place "Ngọc Lặc"
 *   "Sở Văn hóa, Thể thao và Du lịch"  → department (the comma is inside the name)
 *   "Ban Chỉ đạo diễn tập tỉnh"         → other, province
 *   "Ban Pháp chế HĐND tỉnh"            → council (the kind of the body it belongs to)
 *
 * This is the recognizer other extractors use to find organizers and award issuers:
 * `organizationAt(text, at)` at a known position, `findOrganizations(text, start, end)` in a range.
 */
import type { Range } from '../document.js'
import type { OrganizationKindName } from '../lexicon/organizations.js'
import { COMMON_NOUN_AFTER, ORGANIZATION_HEADS, type OrganizationHead } from '../lexicon/organizations.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { lexiconAt, matchKey, startWordIds, stickyAt, WordIdTable } from './lexicon-at.js'
import { headNameAt } from './organization-name.js'
import { belongingAt, describedAt, type ParentAt, type Tail } from './organization-tail.js'
import { isCentralCity, type Level } from './place.js'
import { firstWordIndex, rememberAt, wordStartsOf } from './word-starts.js'

export interface OrganizationMatch extends Range {
  readonly kind: OrganizationKindName
  readonly level: Level | null
  /** The unit and name it belongs to ("huyện Ngọc Lặc"), or a bare known name ("Ngọc Lặc"). */
  readonly place: Range | null
  /** Only the head, nothing after it ("Huyện ủy", or "Sở" inside "Phó Giám đốc Sở"). */
  readonly bare: boolean
}

export interface OrganizationOptions {
  /** Accept heads in lower case and bare generic heads: inside a title ("Bí thư chi bộ"). */
  readonly inTitle?: boolean
}

const HEADS = new Map<string, OrganizationHead>()
for (const head of ORGANIZATION_HEADS) for (const form of head.forms) HEADS.set(canonicalize(form), head)
const headAt = lexiconAt([...HEADS.keys()])
/** Lower-cased words an organization starts with, for scanners to skip others. */
export const ORGANIZATION_STARTS: ReadonlySet<number> = headAt.starts
/** The same for an organization written in lower case: only the heads that may be ("huyện ủy"). */
export const LOWER_CASE_ORGANIZATION_STARTS: ReadonlySet<number> = startWordIds(
  ORGANIZATION_HEADS.filter((head) => head.anyCase).flatMap((head) => head.forms),
)
// the same as tables, read at every word
const ORGANIZATION_START = new WordIdTable(ORGANIZATION_STARTS)
const LOWER_CASE_ORGANIZATION_START = new WordIdTable(LOWER_CASE_ORGANIZATION_STARTS)
// The lexicon keys are folded and lower-cased; so is a match once lower-cased (the text is folded).
const keyOf = matchKey
const COMMON_NOUN_AT = new Map(
  Object.entries(COMMON_NOUN_AFTER).map(([head, words]) => [
    canonicalize(head),
    new RegExp(` ${alternation(words)}${WORD_END}`, 'iuy'),
  ]),
)
// "Hội LHPN Việt Nam", "UB MTTQ VN huyện X": the country after a mass organization or the Front
// names its national body, unless a place follows.
const NATIONAL_KINDS = new Set<OrganizationKindName>(['mass_organization', 'front'])
const NATIONAL_AT = / (?:Việt Nam|VN)(?![\p{L}\p{M}\p{N}])/uy
// "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam": an abbreviation in parentheses inside the name.
const ABBREVIATION_ASIDE_AT = / \(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)(?= )/uy
// "BCH T.Ư Đảng Cộng sản Việt Nam", "Trung ương Đảng Cộng sản Việt Nam": the party's full name
const PARTY_NAME_AT = / (?:Đảng(?: Cộng sản Việt Nam| CSVN)?|Cộng sản Việt Nam)(?![\p{L}\p{M}\p{N}])/uy

function levelOf(text: string, head: OrganizationHead, tail: Tail | null, national: boolean): Level | null {
  const { place = null, parent = null, level = null } = tail ?? {}
  if (head.level === 'city') {
    if (!place?.name) return null
    return isCentralCity(text.slice(place.name.start, place.name.end)) ? 'province' : 'district'
  }
  if (national && !place) return 'central'
  return head.level ?? level ?? place?.level ?? parent?.level ?? null
}

const NAMES_COUNTRY = /(?:Việt Nam|VN|Đảng)$/u

/** The country or the party's full name after a head, with an abbreviation aside before it. */
function nationalAt(text: string, head: OrganizationHead, at: number): number {
  if (NAMES_COUNTRY.test(text.slice(Math.max(0, at - 8), at))) return at
  const aside = stickyAt(ABBREVIATION_ASIDE_AT, text, at)
  const from = aside ? at + aside[0].length : at
  if (head.kind === 'party' && head.level === 'central') {
    const party = stickyAt(PARTY_NAME_AT, text, from)
    if (party) return from + party[0].length
  }
  const national = NATIONAL_KINDS.has(head.kind) ? stickyAt(NATIONAL_AT, text, from) : null
  return national ? from + national[0].length : at
}

/** The organization starting exactly at `at`, or null. */
export function organizationAt(
  text: string,
  at: number,
  options: OrganizationOptions = {},
  depth = 0,
): OrganizationMatch | null {
  const m = headAt(text, at)
  if (!m) return null
  const key = keyOf(m[0])
  const head = HEADS.get(key) as OrganizationHead
  if (!head.anyCase && !options.inTitle && !/^\p{Lu}/u.test(m[0])) return null
  let end = at + m[0].length
  const commonNoun = COMMON_NOUN_AT.get(key)
  if (commonNoun && stickyAt(commonNoun, text, end)) return null
  let tail: Tail | null = null
  const name = text[end] === ' ' ? headNameAt(head.takes, text, end + 1) : null
  if (name) end = name.end
  else if (head.takes === 'parent') {
    const parent = text[end] === ' ' && depth === 0 ? organizationAt(text, end + 1, {}, depth + 1) : null
    if (!parent) return null
    tail = { end: parent.end, place: null, parent }
  } else if (head.takes !== 'none' && (!head.descriptive || head.named) && !options.inTitle) return null
  const nationalEnd = tail ? end : nationalAt(text, head, end)
  const national = nationalEnd > end
  end = nationalEnd
  if (!tail && !head.central && text[end] === ' ') {
    // A head that takes a name and got none is only completed by a description: "Trung tâm huyện"
    // is the town centre, not a body.
    const unnamed = !name && !national && head.takes !== 'none' && head.takes !== 'parent'
    const parentAt: ParentAt | null = depth === 0 ? (p) => organizationAt(text, p, {}, depth + 1) : null
    tail = unnamed ? null : belongingAt(text, end + 1, head, parentAt)
    tail ??= head.descriptive ? describedAt(text, end + 1, head, parentAt) : null
  }
  if (tail) end = tail.end
  if (end === at + m[0].length && !head.bare && !options.inTitle) return null
  const { place = null, parent = null } = tail ?? {}
  const kind = head.inherit && parent ? parent.kind : head.kind
  return {
    start: at,
    end,
    bare: end === at + m[0].length,
    kind,
    level: levelOf(text, head, tail, national),
    place: place?.name ? place : (parent?.place ?? null),
  }
}

const PLURAL_BEFORE = /(?:các|những|mọi|nhiều)\s$/iu

/** Every organization in [start, end), left to right, none overlapping. Plurals ("các Sở") are not mentions. */
export function findOrganizations(text: string, start = 0, end = text.length): OrganizationMatch[] {
  const found: OrganizationMatch[] = []
  const words = wordStartsOf(text)
  const slice = text.slice(0, end)
  let next = start
  for (let i = firstWordIndex(words, start); i < words.offsets.length; i++) {
    const at = words.offsets[i] as number
    if (at >= end) break
    const id = words.ids[i] as number
    if (at < next || !(words.capitals[i] === 1 ? ORGANIZATION_START : LOWER_CASE_ORGANIZATION_START).has(id))
      continue
    const org = rememberAt(text, 'organization', at, end, () => organizationAt(slice, at))
    if (!org || PLURAL_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue
    found.push(org)
    next = org.end
  }
  return found
}
