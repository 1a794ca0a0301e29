/**
 * Officials: the people an article introduces with a position, a rank or an honorific, one record
 * per person however often they are named. Spans are recognized first (src/recognizers/
 * introduction.ts and mention.ts); this file assembles them:
 *
 * 1. introductions in every content sentence (captions included; bylines and credits never);
 * 2. one official per name: a later introduction of the same name adds its new titles, and one
 *    whose name ends an earlier official's ("đồng chí Tiến Dũng") is a mention of them;
 * 3. later mentions: "đồng chí Dũng", "Đại tá Hùng", the full name alone, or the title alone
 *    ("đồng chí Bí thư Huyện ủy") when exactly one official holds it;
 * 4. roles from the verbs around each mention; positions linked to `organizations` by index.
 */
import { type Doc, type Range, type Sentence, sentencesOf, spanOf, textOf } from '../document.js'
import { expandAbbreviations } from '../recognizers/abbreviation.js'
import type { Introduction } from '../recognizers/introduction.js'
import { findIntroductions, findLaterMentions } from '../recognizers/mention.js'
import { type Role, roleAnchors, rolesAfter } from '../recognizers/role.js'
import type { TitleMatch } from '../recognizers/title.js'
import type { Official, Organization } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { type OrganizationMention, recognizeOrganizations } from './organizations.js'

interface Draft {
  key: string
  name: string
  intro: Introduction
  honorific: Range | null
  rank: Range | null
  academic: Range | null
  titles: TitleMatch[]
  roles: Set<Role>
  mentions: Range[]
}

/** An introduction or mention with the roles its sentence gives it. */
interface Located<T extends Range> {
  readonly item: T
  readonly roles: Role[]
}

/**
 * Roles of the items of one sentence: the verbs after an item, shared by the items listed
 * together before it ("đồng chí A, … và đồng chí B, … chủ trì"), and the clause's anchors.
 */
function withRoles<T extends Range>(text: string, sentence: Sentence, items: readonly T[]): Located<T>[] {
  const anchors = roleAnchors(text, sentence)
  const located: Located<T>[] = []
  let group: T[] = []
  const flush = () => {
    const last = group.at(-1)
    if (!last) return
    const after = rolesAfter(text, last.end)
    for (const item of group) {
      let nearest = -1
      for (const a of anchors) if (a.from <= item.start && a.from > nearest) nearest = a.from
      const fromAnchors = anchors.filter((a) => a.from === nearest).map((a) => a.role)
      located.push({ item, roles: [...new Set([...after, ...fromAnchors])] })
    }
    group = []
  }
  for (const item of items) {
    const last = group.at(-1)
    if (last && !/^[\s,;:]*(?:và|cùng)?[\s,;:]*$/u.test(text.slice(last.end, item.start))) flush()
    group.push(item)
  }
  flush()
  return located
}

/** Officials by name and by the short forms of their names, in order of introduction. */
class Drafts {
  readonly all: Draft[] = []
  private readonly byName = new Map<string, Draft>()
  private readonly byShortName = new Map<string, Draft[]>()

  add(draft: Draft): void {
    this.all.push(draft)
    this.byName.set(draft.key, draft)
    const syllables = draft.key.split(' ')
    for (let n = 1; n < syllables.length && n <= 2; n++) {
      const short = syllables.slice(-n).join(' ')
      const named = this.byShortName.get(short)
      if (named) named.push(draft)
      else this.byShortName.set(short, [draft])
    }
  }

  named(key: string): Draft | undefined {
    return this.byName.get(key)
  }

  /** The official named `key` in full, or else the latest introduced before `at` it shortens. */
  find(key: string, at: number, full: boolean): Draft | undefined {
    const named = this.byName.get(key)
    if (named) return named.intro.start < at ? named : undefined
    return full ? undefined : lastBefore(this.byShortName.get(key) ?? [], at)
  }
}

/** The last draft introduced before `at` (drafts are in document order): a binary search. */
function lastBefore(drafts: readonly Draft[], at: number): Draft | undefined {
  let lo = 0
  let hi = drafts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((drafts[mid] as Draft).intro.start < at) lo = mid + 1
    else hi = mid
  }
  return drafts[lo - 1]
}

const titleKey = (s: string) => canonicalize(expandAbbreviations(s))
const sameTitle = (a: string, b: string) => titleKey(a) === titleKey(b)

/**
 * A title from a re-introduction is added when new. A shortened repeat ("Phó Bí thư Tỉnh Đoàn" after
 * "Phó Bí thư Tỉnh Đoàn Bến Tre") is the same title; a fuller one replaces the shorter.
 */
function addTitle(doc: Doc, titles: TitleMatch[], title: TitleMatch): void {
  const key = titleKey(textOf(doc, title))
  const i = titles.findIndex((t) => {
    const known = titleKey(textOf(doc, t))
    return known === key || known.startsWith(`${key} `) || key.startsWith(`${known} `)
  })
  if (i < 0) titles.push(title)
  else if (key.length > titleKey(textOf(doc, titles[i] as TitleMatch)).length) titles[i] = title
}

export function extractOfficials(doc: Doc, organizations: readonly Organization[]): Official[] {
  const text = doc.text.match
  const drafts = new Drafts()
  const titleReferences: Located<Introduction>[] = []
  const sentences = sentencesOf(doc)
  const introsBySentence = sentences.map((sentence) => findIntroductions(text, sentence.start, sentence.end))

  sentences.forEach((sentence, i) => {
    for (const { item: intro, roles } of withRoles(text, sentence, introsBySentence[i] ?? [])) {
      if (!intro.name) {
        titleReferences.push({ item: intro, roles })
        continue
      }
      const name = textOf(doc, intro.name)
      const key = canonicalize(name)
      // "đồng chí Tiến Dũng" after "đồng chí Phạm Tiến Dũng" is the same person named shorter
      const earlier =
        drafts.named(key) ?? (intro.titles.length === 0 ? drafts.find(key, intro.start, false) : undefined)
      if (earlier) {
        earlier.mentions.push(intro)
        for (const role of roles) earlier.roles.add(role)
        for (const title of intro.titles) addTitle(doc, earlier.titles, title)
        earlier.honorific ??= intro.honorific
        earlier.rank ??= intro.rank
        earlier.academic ??= intro.academic
        continue
      }
      drafts.add({
        key,
        name,
        intro,
        honorific: intro.honorific,
        rank: intro.rank,
        academic: intro.academic,
        titles: [...intro.titles],
        roles: new Set(roles),
        mentions: [intro],
      })
    }
  })

  // Later mentions, each given to the nearest official introduced before it.
  sentences.forEach((sentence, i) => {
    const mentions = findLaterMentions(text, sentence.start, sentence.end, introsBySentence[i] ?? [])
    for (const { item: mention, roles } of withRoles(text, sentence, mentions)) {
      const draft = drafts.find(canonicalize(textOf(doc, mention.name)), mention.start, mention.full)
      if (!draft) continue
      draft.mentions.push(mention)
      for (const role of roles) draft.roles.add(role)
    }
  })
  const holdersByTitle = new Map<string, Draft[]>()
  for (const draft of drafts.all) {
    for (const title of draft.titles) {
      const key = titleKey(textOf(doc, title))
      const holders = holdersByTitle.get(key)
      if (!holders) holdersByTitle.set(key, [draft])
      else if (!holders.includes(draft)) holders.push(draft)
    }
  }
  for (const { item: reference, roles } of titleReferences) {
    const [first, ...more] = reference.titles.map((t) => titleKey(textOf(doc, t)))
    const holders = (holdersByTitle.get(first ?? '') ?? []).filter(
      (d) => d.intro.start < reference.start && more.every((k) => holdersByTitle.get(k)?.includes(d)),
    )
    if (holders.length !== 1) continue
    const holder = holders[0] as Draft
    holder.mentions.push(reference)
    for (const role of roles) holder.roles.add(role)
  }

  const linkOrganization = organizationLinker(doc, organizations)
  return drafts.all.map((d) => {
    const titles = d.titles.map((t) => textOf(doc, t))
    const [first, ...rest] = d.mentions
    return {
      name: d.name,
      honorific: d.honorific ? textOf(doc, d.honorific) : null,
      rank: d.rank ? textOf(doc, d.rank) : null,
      academic: d.academic ? textOf(doc, d.academic) : null,
      titles,
      positions: d.titles.map((t, i) => ({
        title: titles[i] as string,
        office: textOf(doc, t.office) || null,
        organization: t.organization ? linkOrganization(t.organization) : null,
      })),
      roles: [...d.roles],
      mentions: [first as Range, ...rest.sort((a, b) => a.start - b.start)].map((m) => spanOf(doc, m)),
      span: spanOf(doc, d.intro),
    }
  })
}

/**
 * The index in `organizations` of the body a title names: the organization mention that covers it
 * (the same recognizer found both), else the record with the same canonical name.
 */
function organizationLinker(
  doc: Doc,
  organizations: readonly Organization[],
): (body: Range) => number | null {
  const { organizations: own, mentions } = recognizeOrganizations(doc)
  const keyOf = (o: Organization) => canonicalize(o.canonical)
  const indexByKey = new Map(organizations.map((o, i) => [keyOf(o), i] as const))
  return (body) => {
    const covering = coveringMention(mentions, body)
    const record = covering ? own[covering.index] : undefined
    const given = covering ? organizations[covering.index] : undefined
    if (covering && record && given && keyOf(given) === keyOf(record)) return covering.index
    const key = record ? keyOf(record) : canonicalize(expandAbbreviations(textOf(doc, body)))
    return indexByKey.get(key) ?? indexByKey.get(canonicalize(expandAbbreviations(textOf(doc, body)))) ?? null
  }
}

/** The mention (in document order, none overlapping) that covers `range`: a binary search. */
function coveringMention(
  mentions: readonly OrganizationMention[],
  range: Range,
): OrganizationMention | undefined {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((mentions[mid] as OrganizationMention).start <= range.start) lo = mid + 1
    else hi = mid
  }
  const candidate = mentions[lo - 1]
  return candidate && candidate.end >= range.end ? candidate : undefined
}
