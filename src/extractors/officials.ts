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
import { type Doc, type Range, type Sentence, sentencesOf, spanOf } from '../document.js'
import { expandAbbreviations } from '../recognizers/abbreviation.js'
import { titlesAfter } from '../recognizers/introduced-person.js'
import type { Introduction } from '../recognizers/introduction.js'
import { firstWordAt } from '../recognizers/lexicon-at.js'
import { findIntroductions, findLaterMentions } from '../recognizers/mention.js'
import { remembered } from '../recognizers/person-name.js'
import { type Role, type RoleAnchor, roleAnchors, rolesAfter } from '../recognizers/role.js'
import type { TitleMatch } from '../recognizers/title.js'
import type { Official, Organization } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'
import { partitionPoint } from '../text/sorted.js'
import { type OrganizationMention, recognizeOrganizations, textOf } from './organizations.js'

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
  if (items.length === 0) return []
  const anchors = roleAnchors(text, sentence) // in order of `from`, as the items are of `start`
  const located: Located<T>[] = []
  let group: T[] = []
  let passed = 0 // anchors starting at or before the current item
  for (const item of items) {
    const last = group.at(-1)
    if (last && !/^[\s,;:]*(?:và|cùng)?[\s,;:]*$/u.test(text.slice(last.end, item.start))) {
      passed = locateGroup(text, group, anchors, passed, located)
      group = []
    }
    group.push(item)
  }
  locateGroup(text, group, anchors, passed, located)
  return located
}

/**
 * Adds the items of a group listed together to `located`, each with the roles of the verbs after
 * the group and of the anchors before it; returns how many anchors start at or before the last.
 */
function locateGroup<T extends Range>(
  text: string,
  group: readonly T[],
  anchors: readonly RoleAnchor[],
  passedBefore: number,
  located: Located<T>[],
): number {
  let passed = passedBefore
  const last = group.at(-1)
  if (!last) return passed
  const after = rolesAfter(text, last.end)
  for (const item of group) {
    while (passed < anchors.length && (anchors[passed] as RoleAnchor).from <= item.start) passed++
    // the anchors of the nearest opening before the item
    const fromAnchors: Role[] = []
    const nearest = anchors[passed - 1]?.from
    for (let k = passed - 1; k >= 0 && (anchors[k] as RoleAnchor).from === nearest; k--) {
      fromAnchors.unshift((anchors[k] as RoleAnchor).role)
    }
    located.push({ item, roles: [...new Set([...after, ...fromAnchors])] })
  }
  return passed
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

  /** `draft` is also named `key`, a fuller name than the one it was introduced with. */
  rename(draft: Draft, key: string): void {
    this.byName.set(key, draft)
    const syllables = key.split(' ')
    const short = syllables.slice(-2).join(' ')
    const named = this.byShortName.get(short)
    if (named) named.push(draft)
    else this.byShortName.set(short, [draft])
    if (syllables.length > 2) {
      const last = syllables.at(-1) as string
      const lastNamed = this.byShortName.get(last)
      if (lastNamed) lastNamed.push(draft)
      else this.byShortName.set(last, [draft])
    }
    draft.key = key
  }

  /** The official named `key` in full, or else the latest introduced before `at` it shortens. */
  find(key: string, at: number, full: boolean): Draft | undefined {
    const named = this.byName.get(key)
    if (named) return named.intro.start < at ? named : undefined
    return full ? undefined : lastBefore(this.byShortName.get(key) ?? [], at)
  }
}

/**
 * "đồng chí Nguyễn Hương giang, Phó Bí thư Tỉnh ủy" (a typo), later "đồng chí Nguyễn Hương Giang":
 * an official named `key` whose last syllable an earlier official's name was written with in lower
 * case, right after it, is that official. The earlier one takes the full name, and the titles
 * after the lower-case syllable (with the verbs after them), which its introduction could not read.
 */
function misspeltBefore(doc: Doc, drafts: Drafts, key: string, fullName: string): Draft | undefined {
  const cut = key.lastIndexOf(' ')
  if (cut < 0) return undefined
  const draft = drafts.named(key.slice(0, cut))
  const name = draft?.intro.name
  if (!draft || !name || draft.key !== key.slice(0, cut)) return undefined
  const text = doc.text.match
  const last = key.slice(cut + 1)
  const end = name.end + 1 + last.length
  if (
    text[name.end] !== ' ' ||
    text.slice(name.end + 1, end) !== last ||
    /[\p{L}\p{M}]/u.test(text.charAt(end))
  )
    return undefined
  const after = titlesAfter(text, end)
  drafts.rename(draft, key)
  draft.name = fullName
  if (draft.intro.titles.length === 0 && after.titles.length > 0) {
    const intro = { ...draft.intro, end: Math.max(draft.intro.end, after.end), titles: after.titles }
    if (draft.mentions[0] === draft.intro) draft.mentions[0] = intro
    draft.intro = intro
    for (const title of after.titles) addTitle(doc, draft.titles, title)
    for (const role of rolesAfter(text, after.end)) draft.roles.add(role)
  }
  return draft
}

/** The last draft introduced before `at` (drafts are in document order): a binary search. */
function lastBefore(drafts: readonly Draft[], at: number): Draft | undefined {
  return drafts[partitionPoint(drafts.length, (i) => (drafts[i] as Draft).intro.start < at) - 1]
}

const isAllCapitals = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase()

// A name's key: the match view is NFC and folded already, so lower case and single spaces suffice.
const nameKey = (text: string, name: Range) =>
  text.slice(name.start, name.end).toLowerCase().replace(/\s+/g, ' ')

// "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam" and "Tổng LĐLĐ Việt Nam" are one title
const titleKeyOf = remembered((s) => canonicalize(expandAbbreviations(s.replace(/\s*\([^()]*\)/g, ''))))
// the key of a body as a title writes it: the same few bodies in every article
const bodyKeyOf = remembered((s) => canonicalize(expandAbbreviations(s)))
// the same bodies are named in article after article: their canonical names' keys are remembered
const canonicalKeyOf = remembered(canonicalize)

// Keys are asked for the same spans over and over (a title is compared with each known one): each
// range's key is made once.
const titleKeys = new WeakMap<Range, string>()
function titleKey(doc: Doc, range: Range): string {
  let key = titleKeys.get(range)
  if (key === undefined) {
    key = titleKeyOf(textOf(doc, range))
    titleKeys.set(range, key)
  }
  return key
}

/**
 * A title from a re-introduction is added when new. A shortened repeat ("Phó Bí thư Tỉnh Đoàn" after
 * "Phó Bí thư Tỉnh Đoàn Bến Tre") is the same title; a fuller one replaces the shorter.
 */
function addTitle(doc: Doc, titles: TitleMatch[], title: TitleMatch): void {
  const key = titleKey(doc, title)
  const i = titles.findIndex((t) => {
    const known = titleKey(doc, t)
    return known === key || known.startsWith(`${key} `) || key.startsWith(`${known} `)
  })
  if (i < 0) titles.push(title)
  else if (key.length > titleKey(doc, titles[i] as TitleMatch).length) titles[i] = title
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
      const key = nameKey(text, intro.name)
      // "đồng chí Tiến Dũng" after "đồng chí Phạm Tiến Dũng" is the same person named shorter
      const earlier =
        drafts.named(key) ??
        (intro.titles.length === 0 ? drafts.find(key, intro.start, false) : undefined) ??
        misspeltBefore(doc, drafts, key, name)
      if (earlier) {
        // a name first met in capitals (a headline, a caption) is given as the body writes it
        if (isAllCapitals(earlier.name) && !isAllCapitals(name)) earlier.name = name
        earlier.mentions.push(intro)
        for (const role of roles) earlier.roles.add(role)
        for (const title of intro.titles) addTitle(doc, earlier.titles, title)
        earlier.honorific ??= intro.honorific
        earlier.rank ??= intro.rank
        earlier.academic ??= intro.academic
        continue
      }
      const titles: TitleMatch[] = []
      for (const title of intro.titles) addTitle(doc, titles, title)
      drafts.add({
        key,
        name,
        intro,
        honorific: intro.honorific,
        rank: intro.rank,
        academic: intro.academic,
        titles,
        roles: new Set(roles),
        mentions: [intro],
      })
    }
  })

  // Later mentions, each given to the nearest official introduced before it: only names that start
  // as an introduced one does are looked for.
  const firstWords = new Set<string>()
  for (const intros of introsBySentence)
    for (const intro of intros) if (intro.name) firstWords.add(firstWordAt(text, intro.name.start))
  sentences.forEach((sentence, i) => {
    const mentions = findLaterMentions(
      text,
      sentence.start,
      sentence.end,
      introsBySentence[i] ?? [],
      firstWords,
    )
    for (const { item: mention, roles } of withRoles(text, sentence, mentions)) {
      const draft = drafts.find(nameKey(text, mention.name), mention.start, mention.full)
      if (!draft) continue
      draft.mentions.push(mention)
      for (const role of roles) draft.roles.add(role)
    }
  })
  const holdersByTitle = new Map<string, Draft[]>()
  for (const draft of drafts.all) {
    for (const title of draft.titles) {
      const key = titleKey(doc, title)
      const holders = holdersByTitle.get(key)
      if (!holders) holdersByTitle.set(key, [draft])
      else if (!holders.includes(draft)) holders.push(draft)
    }
  }
  for (const { item: reference, roles } of titleReferences) {
    const [first, ...more] = reference.titles.map((t) => titleKey(doc, t))
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

const organizationKey = (o: Organization) => canonicalKeyOf(o.canonical)

/**
 * The index in `organizations` of the body a title names: the organization mention that covers it
 * (the same recognizer found both), else the record with the same canonical name.
 */
function organizationLinker(
  doc: Doc,
  organizations: readonly Organization[],
): (body: Range) => number | null {
  const { organizations: own, mentions } = recognizeOrganizations(doc)
  const givenKeys = organizations.map(organizationKey)
  const ownKeys = own.map(organizationKey)
  const indexByKey = new Map(givenKeys.map((key, i) => [key, i] as const))
  return (body) => {
    const covering = coveringMention(mentions, body)
    const record = covering ? ownKeys[covering.index] : undefined
    const given = covering ? givenKeys[covering.index] : undefined
    if (covering && record !== undefined && given === record) return covering.index
    const written = bodyKeyOf(textOf(doc, body))
    return indexByKey.get(record ?? written) ?? indexByKey.get(written) ?? null
  }
}

/** The mention (in document order, none overlapping) that covers `range`: a binary search. */
function coveringMention(
  mentions: readonly OrganizationMention[],
  range: Range,
): OrganizationMention | undefined {
  const after = partitionPoint(
    mentions.length,
    (i) => (mentions[i] as OrganizationMention).start <= range.start,
  )
  const candidate = mentions[after - 1]
  return candidate && candidate.end >= range.end ? candidate : undefined
}
