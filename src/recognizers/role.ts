/**
 * Roles of an official at the event, from the verbs around their introduction:
 *
 *   after it:  "đồng chí X, Bí thư Huyện ủy chủ trì hội nghị" → chair; "… dự và chỉ đạo" → attendee,
 *              speaker; "… trao Giấy khen" → presenter; "… được tặng Bằng khen" → recipient;
 *              "đoàn công tác do đồng chí X làm trưởng đoàn" → delegation_head
 *   before it: a clause that opens with the verb and introduces people after "có" or a comma:
 *              "Phát biểu kết luận hội nghị, đồng chí X …" → speaker; "Dự hội nghị có các đồng chí …"
 *              → attendee; "dưới sự chủ trì của đồng chí X" → chair
 */
import type { Range } from '../document.js'
import {
  NOT_ATTEND_AFTER_DU,
  ROLE_NOUN_PHRASES,
  ROLE_VERBS,
  type Role,
  VERB_ADVERBS,
} from '../lexicon/roles.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END, WORD_START } from '../text/pattern.js'

export type { Role }

const VERB_ROLE = new Map<string, Role>()
for (const [role, verbs] of Object.entries(ROLE_VERBS) as [Role, readonly string[]][]) {
  for (const verb of verbs) VERB_ROLE.set(canonicalize(verb), role)
}
const VERB = `${alternation([...VERB_ROLE.keys()])}${WORD_END}(?! ${alternation(NOT_ATTEND_AFTER_DU)}${WORD_END})`
// Right after an introduction: "[,] [đã|cũng|…] VERB[ và VERB]".
const VERB_AFTER_AT = new RegExp(`,? (?:${alternation(VERB_ADVERBS)} ){0,2}(?<verb>${VERB})`, 'iuy')
const MORE_VERB_AT = new RegExp(`(?: và|,) (?<verb>${VERB})`, 'iuy')
// Verbs that open a clause and carry over to the people it introduces; giving and receiving do not
// ("Trao Giấy khen cho đồng chí X": X receives).
const ANCHOR_ROLES: ReadonlySet<Role> = new Set(['chair', 'speaker', 'attendee'])
const CLAUSE_VERB = new RegExp(
  `(?:^|(?<=[;:] ))(?:${alternation(['cùng', 'tới', 'đến', 'về'])} )?(?<verb>${VERB})`,
  'giu',
)
const NOUN_PHRASE = new RegExp(
  `${WORD_START}(?<phrase>${alternation(Object.values(ROLE_NOUN_PHRASES).flat())})${WORD_END}`,
  'giu',
)
const NOUN_PHRASE_ROLE = new Map<string, Role>()
for (const [role, phrases] of Object.entries(ROLE_NOUN_PHRASES) as [Role, readonly string[]][]) {
  for (const phrase of phrases) NOUN_PHRASE_ROLE.set(canonicalize(phrase), role)
}

/** Roles from the verbs right after an introduction ending at `at`. */
export function rolesAfter(text: string, at: number): Role[] {
  const roles: Role[] = []
  let re: RegExp = VERB_AFTER_AT
  let p = at
  for (let k = 0; k < 3; k++) {
    re.lastIndex = p
    const m = re.exec(text)
    if (!m?.groups?.verb) break
    roles.push(VERB_ROLE.get(canonicalize(m.groups.verb)) as Role)
    p += m[0].length
    re = MORE_VERB_AT
  }
  return roles
}

/** A role that carries from where it is stated over the introductions after `from` in the sentence. */
export interface RoleAnchor {
  readonly role: Role
  /** Introductions starting at or after this offset take the role. */
  readonly from: number
}

/** Clause-opening verbs and "dưới sự chủ trì của" phrases in a sentence. */
export function roleAnchors(text: string, sentence: Range): RoleAnchor[] {
  const clause = text.slice(sentence.start, sentence.end)
  const anchors: RoleAnchor[] = []
  for (const m of clause.matchAll(CLAUSE_VERB)) {
    const role = VERB_ROLE.get(canonicalize(m.groups?.verb ?? '')) as Role
    // the people come after "có" or after the comma that closes the verb's phrase
    const rest = clause.slice(m.index)
    const opener = /(?:^|\s)có(?:\s|:)|,/u.exec(rest)
    if (ANCHOR_ROLES.has(role) && opener)
      anchors.push({ role, from: sentence.start + m.index + opener.index })
    for (const more of rolesAfter(clause, m.index + m[0].length)) {
      if (ANCHOR_ROLES.has(more) && opener)
        anchors.push({ role: more, from: sentence.start + m.index + opener.index })
    }
  }
  for (const m of clause.matchAll(NOUN_PHRASE)) {
    const role = NOUN_PHRASE_ROLE.get(canonicalize(m.groups?.phrase ?? '')) as Role
    anchors.push({ role, from: sentence.start + m.index + m[0].length })
  }
  return anchors
}
