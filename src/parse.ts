/**
 * The pipeline, as one ordered configuration: normalize → segment → sentences → extractors → Article.
 * Extractors that need another's records get them as arguments; nothing is registered globally.
 */
import { checkOptions, checkString } from './arguments.js'
import type { Block, Doc } from './document.js'
import { extractArticleParts } from './extractors/article-parts.js'
import { extractAwards } from './extractors/awards.js'
import { extractDates } from './extractors/dates.js'
import { extractEvents } from './extractors/events.js'
import { checkInput } from './extractors/input-checks.js'
import { extractMetrics } from './extractors/metrics.js'
import { extractOfficials } from './extractors/officials.js'
import { extractOrganizations } from './extractors/organizations.js'
import { extractRankings } from './extractors/rankings.js'
import type { Article } from './schema/records.js'
import { type NormalizedText, normalizeText } from './text/normalize.js'
import { segmentBlocks } from './text/segment.js'
import { splitSentences } from './text/sentences.js'

export interface ParseOptions {
  /** Resolves relative dates ("hôm qua", "sáng nay"); without it they stay partial. */
  referenceDate?: Date
}

/** Normalize, segment and split: the document every extractor reads. */
export function readDocument(input: string, options: ParseOptions = {}): Doc {
  const text = normalizeText(input)
  return documentWithBlocks(text, segmentBlocks(text.match), options)
}

/**
 * The document of a text whose blocks are already known (display offsets of `text`): the HTML reader
 * passes the blocks its markup states, so a figcaption is a caption and the h1 the title whatever the
 * line heuristics would say.
 */
export function documentWithBlocks(
  text: NormalizedText,
  blocks: readonly Block[],
  options: ParseOptions = {},
): Doc {
  return {
    text,
    blocks,
    sentences: splitSentences(text.match, blocks),
    referenceDate: options.referenceDate,
    diagnostics: [],
  }
}

export function parseArticle(input: string, options: ParseOptions = {}): Article {
  checkString('parseArticle', input, 'the article text as a string')
  checkOptions('parseArticle', options)
  const text = normalizeText(input)
  return parseWithBlocks(text, segmentBlocks(text.match), options)
}

/** Runs the extractors on a text whose blocks are given (internal: the HTML reader's entry point). */
export function parseWithBlocks(
  text: NormalizedText,
  blocks: readonly Block[],
  options: ParseOptions = {},
): Article {
  const doc = documentWithBlocks(text, blocks, options)
  const parts = extractArticleParts(doc)
  const { dates, periods } = extractDates(doc)
  const organizations = extractOrganizations(doc)
  const officials = extractOfficials(doc, organizations)
  const events = extractEvents(doc, { officials, organizations, dates, periods })
  const awards = extractAwards(doc, organizations)
  const rankings = extractRankings(doc)
  const claimed = [...awards, ...rankings].map((record) => record.span)
  const metrics = extractMetrics(doc, { claimed, periods })
  return {
    schemaVersion: 1,
    ...parts,
    event: events[0] ?? null,
    events,
    officials,
    organizations,
    metrics,
    rankings,
    awards,
    dates,
    periods,
    diagnostics: [...checkInput(doc), ...doc.diagnostics],
  }
}
