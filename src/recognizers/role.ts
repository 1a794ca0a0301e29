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
  COMPANION_OPENERS,
  NOT_ATTEND_AFTER_DU,
  ROLE_NOUN_PHRASES,
  ROLE_VERBS,
  type Role,
  VERB_ADVERBS,
} from '../lexicon/roles.js'
import { canonicalize } from '../text/normalize.js'
import { alternation, WORD_END } from '../text/pattern.js'
import { alternationTrie } from '../text/phrase-trie.js'
import { matchKey } from './lexicon-at.js'

export type { Role }

const VERB_ROLE = new Map<string, Role>()
for (const [role, verbs] of Object.entries(ROLE_VERBS) as [Role, readonly string[]][]) {
  for (const verb of verbs) VERB_ROLE.set(canonicalize(verb), role)
}
// The verbs as a trie: the patterns below are tried at every clause opening and after every
// introduction, and a flat list of the verbs costs one attempt per verb where none matches.
const VERB = `${alternationTrie([...VERB_ROLE.keys()], 'iu')}${WORD_END}(?! ${alternation(NOT_ATTEND_AFTER_DU)}${WORD_END})`
// Right after an introduction: "[,] [đã|cũng|…] VERB[ và VERB]", or after companions named with
// "cùng" when an auxiliary marks where their phrase ends ("… cùng lãnh đạo các ban, ngành huyện đã
// trao quà"; not "… cùng các đơn vị nhận quân"). The companions are bounded and stay in the clause.
const VERB_AFTER_AT = new RegExp(
  `(?:,? cùng (?:${alternation(COMPANION_OPENERS)}) [^.;:!?()]{0,80}? (?:đã|cũng|vừa|sẽ|trực tiếp))?,? (?:${alternation(VERB_ADVERBS)} ){0,2}(?<verb>${VERB})`,
  'iuy',
)
// "X và các Phó Chủ tịch HĐND tỉnh chủ trì kỳ họp": holders of a title named with X, then the verb
// they share. The title must be capitalised (checked apart: /i folds \p{Lu}); "X và các hộ dân nhận
// quà" is not one.
const CO_HOLDERS_AT = new RegExp(
  ` và các(?: đồng chí)? (?<title>[^\\s.,;:!?()]{1,12})(?: [^\\s.,;:!?()]{1,12}){0,7}?(?=${VERB_AFTER_AT.source.replace('(?<verb>', '(?:')})`,
  'iuy',
)
const MORE_VERB_AT = new RegExp(`(?: và|,) (?<verb>${VERB})`, 'iuy')
// Verbs that open a clause and carry over to the people it introduces; giving and receiving do not
// ("Trao Giấy khen cho đồng chí X": X receives).
const ANCHOR_ROLES: ReadonlySet<Role> = new Set(['chair', 'speaker', 'attendee'])
const CLAUSE_VERB_AT = new RegExp(`(?:${alternation(['cùng', 'tới', 'đến', 'về'])} )?(?<verb>${VERB})`, 'iuy')
// Where a clause may open: the sentence start, or after "; " or ": ".
const CLAUSE_OPENING = /[;:] /gu
// What introduces the people of an opening clause: "có", or the comma that closes the verb's phrase;
// a clause boundary ends the search.
const PEOPLE_OPENER = /(?:^|\s)có(?:\s|:)|,|;/gu
// The role phrases all contain "sự" ("dưới sự chủ trì của"): it is searched for, then the phrase.
const NOUN_PHRASE_AT = new RegExp(
  `(?<phrase>${alternation(
    Object.values(ROLE_NOUN_PHRASES)
      .flat()
      .map((p) => p.slice(p.indexOf('sự'))),
  )})${WORD_END}`,
  'iuy',
)
const SU = /(?<![\p{L}\p{M}\p{N}])sự /giu
const NOUN_PHRASE_ROLE = new Map<string, Role>()
for (const [role, phrases] of Object.entries(ROLE_NOUN_PHRASES) as [Role, readonly string[]][]) {
  for (const phrase of phrases) NOUN_PHRASE_ROLE.set(canonicalize(phrase.slice(phrase.indexOf('sự'))), role)
}
// The match view is folded already: lower case and single spaces make the key of a matched verb.
const roleKey = matchKey

/** Roles from the verbs right after an introduction ending at `at`. */
export function rolesAfter(text: string, at: number): Role[] {
  const roles: Role[] = []
  let re: RegExp = VERB_AFTER_AT
  let p = at
  CO_HOLDERS_AT.lastIndex = at
  const coHolders = CO_HOLDERS_AT.exec(text)
  if (coHolders && /^\p{Lu}/u.test(coHolders.groups?.title ?? '')) p += coHolders[0].length
  for (let k = 0; k < 3; k++) {
    re.lastIndex = p
    const m = re.exec(text)
    if (!m?.groups?.verb) break
    roles.push(VERB_ROLE.get(roleKey(m.groups.verb)) as Role)
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

/** Clause-opening verbs and "dưới sự chủ trì của" phrases in a sentence, in order of `from`. */
export function roleAnchors(text: string, sentence: Range): RoleAnchor[] {
  const clause = text.slice(sentence.start, sentence.end)
  const anchors: RoleAnchor[] = []
  const openings = [0]
  CLAUSE_OPENING.lastIndex = 0
  for (let m = CLAUSE_OPENING.exec(clause); m; m = CLAUSE_OPENING.exec(clause)) openings.push(m.index + 2)
  for (const at of openings) {
    CLAUSE_VERB_AT.lastIndex = at
    const m = CLAUSE_VERB_AT.exec(clause)
    if (!m) continue
    // the people come after "có" or after the comma that closes the verb's phrase, in this clause
    PEOPLE_OPENER.lastIndex = at
    const opener = PEOPLE_OPENER.exec(clause)
    if (!opener || opener[0] === ';') continue
    const from = sentence.start + opener.index
    const roles = [
      VERB_ROLE.get(roleKey(m.groups?.verb ?? '')) as Role,
      ...rolesAfter(clause, at + m[0].length),
    ]
    for (const role of roles) if (ANCHOR_ROLES.has(role)) anchors.push({ role, from })
  }
  SU.lastIndex = 0
  for (let m = SU.exec(clause); m; m = SU.exec(clause)) {
    NOUN_PHRASE_AT.lastIndex = m.index
    const phrase = NOUN_PHRASE_AT.exec(clause)
    if (!phrase) continue
    const role = NOUN_PHRASE_ROLE.get(roleKey(phrase.groups?.phrase ?? '')) as Role
    anchors.push({ role, from: sentence.start + m.index + phrase[0].length })
  }
  return anchors.sort((a, b) => a.from - b.from)
}
