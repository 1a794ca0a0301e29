/**
 * Organizations of the article's content (title, lead, body, headings, captions): one record per
 * distinct body, at its first mention. Two mentions are one body when their canonical names (with
 * abbreviations written out) are equal after folding case and tone marks: "Huyện uỷ" and "Huyện ủy"
 * are one record, "UBND huyện" and "UBND huyện Ngọc Lặc" are two (the text does not say they are
 * the same). Plurals ("các Sở, ngành") are not mentions.
 */
import { type Doc, type Range, sentencesOf, spanOf } from '../document.js'
import { expandAbbreviations } from '../recognizers/abbreviation.js'
import { collapseWhiteSpace } from '../recognizers/char-class.js'
import { WordIdTable } from '../recognizers/lexicon-at.js'
import { findOrganizations, type OrganizationMatch } from '../recognizers/organization.js'
import { remembered } from '../recognizers/person-name.js'
import { TITLE_STARTS, titleAt } from '../recognizers/title.js'
import { firstWordIndex, rememberAt, wordStartsOf } from '../recognizers/word-starts.js'
import type { Organization } from '../schema/records.js'
import { canonicalize } from '../text/normalize.js'

export interface OrganizationMention extends Range {
  readonly match: OrganizationMatch
  /** Index of its record in the organizations list. */
  readonly index: number
}

export interface RecognizedOrganizations {
  readonly organizations: Organization[]
  readonly mentions: OrganizationMention[]
}

// The officials extractor links titles to the same mentions: read each document once.
const recognized = new WeakMap<Doc, RecognizedOrganizations>()
// the same bodies are named in article after article: their canonical names' keys are remembered
const canonicalKeyOf = remembered(canonicalize)
const TITLE_START = new WordIdTable(TITLE_STARTS)
// and so are their canonical names
const expandedOf = remembered(expandAbbreviations)

/**
 * `textOf` (src/document.ts): the text of a display range as written, spaces collapsed; the slice
 * itself when there are none to collapse.
 */
export const textOf = (doc: Doc, range: Range): string =>
  collapseWhiteSpace(doc.text.display.slice(range.start, range.end))

/** The organization records and every mention with the index of its record. */
export function recognizeOrganizations(doc: Doc): RecognizedOrganizations {
  const known = recognized.get(doc)
  if (known) return { organizations: [...known.organizations], mentions: known.mentions }
  const organizations: Organization[] = []
  const mentions: OrganizationMention[] = []
  const indexByKey = new Map<string, number>()
  // a body named again as written (the usual case) has the record it had: its key is not made again
  const indexByWritten = new Map<string, number>()
  for (const sentence of sentencesOf(doc)) {
    for (const match of mentionsIn(doc.text.match, sentence.start, sentence.end)) {
      const written = doc.text.display.slice(match.start, match.end)
      let index = indexByWritten.get(written)
      if (index === undefined) {
        const record = toRecord(doc, match)
        const key = canonicalKeyOf(record.canonical)
        index = indexByKey.get(key)
        if (index === undefined) {
          index = organizations.push(record) - 1
          indexByKey.set(key, index)
        }
        indexByWritten.set(written, index)
      }
      mentions.push({ start: match.start, end: match.end, match, index })
    }
  }
  recognized.set(doc, { organizations: [...organizations], mentions })
  return { organizations, mentions }
}

/**
 * The organizations of a sentence: those written as names, and the bodies that titles name in lower
 * case ("Trưởng phòng Tài nguyên và Môi trường huyện"), unless only a bare head ("Phó Giám đốc Sở").
 */
function mentionsIn(text: string, start: number, end: number): OrganizationMatch[] {
  const named = findOrganizations(text, start, end)
  const fromTitles: OrganizationMatch[] = []
  const words = wordStartsOf(text)
  const slice = text.slice(0, end)
  let next = start
  let overlapping = 0 // `named` is in order: the first one not yet behind the body
  for (let i = firstWordIndex(words, start); i < words.offsets.length; i++) {
    const at = words.offsets[i] as number
    if (at >= end) break
    if (at < next || !TITLE_START.has(words.ids[i] as number)) continue
    const body = rememberAt(text, 'title', at, end, () => titleAt(slice, at))?.organization
    if (!body) continue
    next = body.end
    while (overlapping < named.length && (named[overlapping] as OrganizationMatch).end <= body.start)
      overlapping++
    const other = named[overlapping]
    if (!body.bare && !(other && other.start < body.end)) fromTitles.push(body)
  }
  return fromTitles.length === 0 ? named : [...named, ...fromTitles].sort((a, b) => a.start - b.start)
}

/** An organization record from a recognized match (display offsets). */
export function toRecord(doc: Doc, match: OrganizationMatch): Organization {
  const text = textOf(doc, match)
  return {
    text,
    canonical: expandedOf(text),
    kind: match.kind,
    level: match.level,
    place: match.place ? textOf(doc, match.place) : null,
    span: spanOf(doc, match),
  }
}

export function extractOrganizations(doc: Doc): Organization[] {
  return recognizeOrganizations(doc).organizations
}
