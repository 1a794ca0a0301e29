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
import { lexiconAt, stickyAt } from './lexicon-at.js'
import { headNameAt } from './organization-name.js'
import { belongingAt, describedAt, type ParentAt, type Tail } from './organization-tail.js'
import { isCentralCity, type Level, type PlaceMatch } from './place.js'

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
// The lexicon keys are folded and lower-cased; so is a match once lower-cased (the text is folded).
const keyOf = (written: string) => written.toLowerCase().replace(/\s+/g, ' ')
const COMMON_NOUN_AT = new Map(
  Object.entries(COMMON_NOUN_AFTER).map(([head, words]) => [
    canonicalize(head),
    new RegExp(` ${alternation(words)}${WORD_END}`, 'iuy'),
  ]),
)
function levelOf(
  text: string,
  head: OrganizationHead,
  place: PlaceMatch | null,
  parent: OrganizationMatch | null,
): Level | null {
  if (head.level === 'city') {
    if (!place?.name) return null
    return isCentralCity(text.slice(place.name.start, place.name.end)) ? 'province' : 'district'
  }
  return head.level ?? place?.level ?? parent?.level ?? null
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
  const head = HEADS.get(keyOf(m[0])) as OrganizationHead
  if (!head.anyCase && !options.inTitle && !/^\p{Lu}/u.test(m[0])) return null
  let end = at + m[0].length
  const commonNoun = COMMON_NOUN_AT.get(keyOf(m[0]))
  if (commonNoun && stickyAt(commonNoun, text, end)) return null
  let tail: Tail | null = null
  const name = text[end] === ' ' ? headNameAt(head.takes, text, end + 1) : null
  if (name) end = name.end
  else if (head.takes === 'parent') {
    const parent = text[end] === ' ' && depth === 0 ? organizationAt(text, end + 1, {}, depth + 1) : null
    if (!parent) return null
    tail = { end: parent.end, place: null, parent }
  } else if (head.takes !== 'none' && !head.descriptive && !options.inTitle) return null
  if (!tail && !head.central && text[end] === ' ') {
    // A head that takes a name and got none is only completed by a description: "Trung tâm huyện"
    // is the town centre, not a body.
    const unnamed = !name && head.takes !== 'none' && head.takes !== 'parent'
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
    level: levelOf(text, head, place, parent),
    place: place?.name ? place : (parent?.place ?? null),
  }
}

const PLURAL_BEFORE = /(?:các|những|mọi|nhiều)\s$/iu
const WORD_STARTS = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu

/** Every organization in [start, end), left to right, none overlapping. Plurals ("các Sở") are not mentions. */
export function findOrganizations(text: string, start = 0, end = text.length): OrganizationMatch[] {
  const found: OrganizationMatch[] = []
  const slice = text.slice(0, end)
  WORD_STARTS.lastIndex = start
  for (let w = WORD_STARTS.exec(slice); w; w = WORD_STARTS.exec(slice)) {
    const org = organizationAt(slice, w.index)
    if (!org || PLURAL_BEFORE.test(text.slice(Math.max(0, w.index - 8), w.index))) continue
    found.push(org)
    WORD_STARTS.lastIndex = org.end
  }
  return found
}
