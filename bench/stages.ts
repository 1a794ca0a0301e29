/**
 * Where the time of a parse goes: each stage of the pipeline timed on its own, over every fixture
 * article that is not held out, in millions of characters (UTF-16 code units) per second.
 *
 *   npx tsx bench/stages.ts                      all stages, then the scaling check
 *   npx tsx bench/stages.ts --stage=Dates        only stages whose name contains "Dates"
 *   npx tsx bench/stages.ts --no-scale           skip the scaling check
 *   BENCH_SECONDS=2 npx tsx bench/stages.ts      time budget per table row (default 1 s)
 *
 * The text stages (normalizeText, segmentBlocks, splitSentences) are pure: each is timed alone on
 * inputs made beforehand. The extractors are timed as src/parse.ts runs them: on a fresh document
 * each time (some keep per-document caches that later extractors share), in the same order, each
 * taking the records the earlier ones made; every call is timed and each extractor's share added up.
 * A garbage collection counts against the call it interrupts, whoever made the garbage; the
 * extractors that keep no per-document state (article parts, dates) are also timed alone, "(alone)".
 *
 * Times are CPU time of this process, which other work on a shared machine disturbs less than wall
 * time; every row is timed in several samples and both the median and the best sample are printed.
 * Compare runs made in the same conditions.
 *
 * Three tables: the fixtures as stored (two are NFD, one has CRs and no-break spaces), the same
 * articles as clean NFC text, and decomposed (NFD); the last two only for the stages that read the
 * caller's string.
 *
 * The scaling check runs each stage on the corpus repeated 1×, 10× and 100× as one document: a
 * linear stage keeps its Mchar/s, a quadratic one loses a factor of ~10 at each step. The stages that
 * read the caller's string get the articles joined; the others get a document that keeps each
 * article's own blocks (segmenting the joined text would leave all but the first article as trailing
 * widgets). A step whose projected time exceeds SCALE_SECONDS (default 30 s) is skipped.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Block, Doc } from '../src/document.js'
import { extractArticleParts } from '../src/extractors/article-parts.js'
import { extractAwards } from '../src/extractors/awards.js'
import { extractDates } from '../src/extractors/dates.js'
import { extractEvents } from '../src/extractors/events.js'
import { extractMetrics } from '../src/extractors/metrics.js'
import { extractOfficials } from '../src/extractors/officials.js'
import { extractOrganizations } from '../src/extractors/organizations.js'
import { extractRankings } from '../src/extractors/rankings.js'
import { documentWithBlocks, parseArticle, readDocument } from '../src/parse.js'
import { normalizeText } from '../src/text/normalize.js'
import { segmentBlocks } from '../src/text/segment.js'
import { splitSentences } from '../src/text/sentences.js'

const args = process.argv.slice(2)
const only = args.find((a) => a.startsWith('--stage='))?.slice('--stage='.length)
const withScale = !args.includes('--no-scale')
const seconds = Number(process.env.BENCH_SECONDS ?? 1)
const scaleBudget = Number(process.env.SCALE_SECONDS ?? 30)
const SAMPLES = 7

// The blind test set is never read, not even as benchmark input.
const dir = new URL('../fixtures/articles/', import.meta.url)
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('holdout-'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))

/** An input text and its document, made once. */
interface Prepared {
  readonly raw: string
  readonly doc: Doc
}

const prepare = (raw: string): Prepared => ({ raw, doc: readDocument(raw) })

/** A document nobody has seen yet: the same text and blocks, a new identity (per-document caches miss). */
const freshDoc = (doc: Doc): Doc => documentWithBlocks(doc.text, doc.blocks)

/** Runs `run` and adds its CPU time to the stage `name`; returns what `run` returns. */
type Timed = <T>(name: string, run: () => T) => T

/** The extractors as parseWithBlocks (src/parse.ts) runs them, each call timed. */
function extractAll(doc: Doc, timed: Timed): void {
  timed('extractArticleParts', () => extractArticleParts(doc))
  const { dates, periods } = timed('extractDates', () => extractDates(doc))
  const organizations = timed('extractOrganizations', () => extractOrganizations(doc))
  const officials = timed('extractOfficials', () => extractOfficials(doc, organizations))
  timed('extractEvents', () => extractEvents(doc, { officials, organizations, dates, periods }))
  const awards = timed('extractAwards', () => extractAwards(doc, organizations))
  const rankings = timed('extractRankings', () => extractRankings(doc))
  const claimed = [...awards, ...rankings].map((record) => record.span)
  timed('extractMetrics', () => extractMetrics(doc, { claimed, periods }))
}

const EXTRACTORS = [
  'extractArticleParts',
  'extractDates',
  'extractOrganizations',
  'extractOfficials',
  'extractEvents',
  'extractAwards',
  'extractRankings',
  'extractMetrics',
]

interface TextStage {
  readonly name: string
  readonly run: (p: Prepared) => unknown
  /** Reads the caller's string (its size is the raw length) rather than the document. */
  readonly raw?: boolean
}

const TEXT_STAGES: readonly TextStage[] = [
  { name: 'normalizeText', run: (p) => normalizeText(p.raw), raw: true },
  { name: 'segmentBlocks', run: (p) => segmentBlocks(p.doc.text.match) },
  { name: 'splitSentences', run: (p) => splitSentences(p.doc.text.match, p.doc.blocks) },
  { name: 'readDocument (the three above)', run: (p) => readDocument(p.raw), raw: true },
]
/** Extractors without per-document state, also timed alone. */
const ALONE: readonly TextStage[] = [
  { name: 'extractArticleParts (alone)', run: (p) => extractArticleParts(p.doc) },
  { name: 'extractDates (alone)', run: (p) => extractDates(p.doc) },
]
const PARSE: TextStage = { name: 'parseArticle (all)', run: (p) => parseArticle(p.raw), raw: true }

const wanted = (name: string) => only === undefined || name.includes(only)

/** CPU seconds used by this process so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** Keeps results alive so that the engine cannot drop a call whose result is unused. */
let sink = 0
const keep = (value: unknown) => {
  sink += value === undefined ? 0 : 1
}

interface Rate {
  readonly median: number
  readonly best: number
}

function rateOf(rates: number[]): Rate {
  rates.sort((a, b) => a - b)
  return { median: rates[rates.length >> 1] as number, best: rates[rates.length - 1] as number }
}

const charsOf = (inputs: readonly Prepared[]) => inputs.reduce((sum, p) => sum + p.raw.length, 0)

/** Throughput of `run` over `inputs`: SAMPLES samples of about seconds/SAMPLES each. */
function measure(inputs: readonly Prepared[], run: (p: Prepared) => unknown): Rate {
  const chars = charsOf(inputs)
  for (const p of inputs) keep(run(p)) // warm-up
  const rates: number[] = []
  for (let s = 0; s < SAMPLES; s++) {
    let rounds = 0
    const start = cpuSeconds()
    let elapsed = 0
    do {
      for (const p of inputs) keep(run(p))
      rounds++
      elapsed = cpuSeconds() - start
    } while (elapsed < seconds / SAMPLES)
    rates.push((rounds * chars) / elapsed / 1e6)
  }
  return rateOf(rates)
}

/** Throughput of each extractor, run in order on fresh documents (see extractAll). */
function measureExtractors(inputs: readonly Prepared[]): Map<string, Rate> {
  const chars = charsOf(inputs)
  const spent = new Map<string, number>()
  const timed: Timed = (name, run) => {
    const start = cpuSeconds()
    const value = run()
    spent.set(name, (spent.get(name) ?? 0) + cpuSeconds() - start)
    return value
  }
  const untimed: Timed = (_name, run) => run()
  for (const p of inputs) extractAll(freshDoc(p.doc), untimed) // warm-up
  const rates = new Map<string, number[]>(EXTRACTORS.map((name) => [name, []]))
  for (let s = 0; s < SAMPLES; s++) {
    spent.clear()
    let rounds = 0
    const start = cpuSeconds()
    do {
      for (const p of inputs) extractAll(freshDoc(p.doc), timed)
      rounds++
    } while (cpuSeconds() - start < (seconds * EXTRACTORS.length) / SAMPLES)
    for (const name of EXTRACTORS) rates.get(name)?.push((rounds * chars) / (spent.get(name) ?? 0) / 1e6)
  }
  return new Map([...rates].map(([name, r]) => [name, rateOf(r)]))
}

const fmt = (n: number, width = 8, digits = 2) => n.toFixed(digits).padStart(width)
const row = (name: string, { median, best }: Rate, perArticle?: number) =>
  console.log(
    `${name.padEnd(34)} ${fmt(median)} ${fmt(best)}${perArticle === undefined ? '' : ` ${fmt(perArticle, 11, 0)}`}`,
  )

function table(title: string, inputs: readonly Prepared[]) {
  const chars = charsOf(inputs)
  const perArticle = (rate: Rate) => chars / inputs.length / rate.median
  console.log(`\n${title}: ${inputs.length} texts, ${(chars / 1e3).toFixed(1)} kchar`)
  console.log(
    `${'stage'.padEnd(34)}${'Mchar/s'.padStart(9)}${'best'.padStart(9)}${'µs/article'.padStart(12)}`,
  )
  for (const stage of TEXT_STAGES.filter((s) => wanted(s.name))) {
    const rate = measure(inputs, stage.run)
    row(stage.name, rate, perArticle(rate))
  }
  for (const stage of ALONE.filter((s) => wanted(s.name))) {
    const rate = measure(inputs, stage.run)
    row(stage.name, rate, perArticle(rate))
  }
  if (EXTRACTORS.some(wanted)) {
    for (const [name, rate] of measureExtractors(inputs)) if (wanted(name)) row(name, rate, perArticle(rate))
  }
  if (wanted(PARSE.name)) {
    const rate = measure(inputs, PARSE.run)
    row(PARSE.name, rate, perArticle(rate))
  }
}

/**
 * The corpus repeated `times` times as one document. The raw text (for the stages that read it) is
 * the articles joined; the document keeps each article's own blocks, shifted.
 */
function repeated(times: number): Prepared {
  const docs = Array.from({ length: times }, () => corpus.map((t) => readDocument(t))).flat()
  const blocks: Block[] = []
  let offset = 0
  for (const d of docs) {
    for (const b of d.blocks) blocks.push({ ...b, start: b.start + offset, end: b.end + offset })
    offset += d.text.display.length + 2
  }
  const text = normalizeText(docs.map((d) => d.text.display).join('\n\n'))
  const raw = Array.from({ length: times }, () => corpus.join('\n\n')).join('\n\n')
  return { raw, doc: documentWithBlocks(text, blocks) }
}

function scaling() {
  const factors = [1, 10, 100]
  console.log('\nScaling: the corpus repeated into one document (Mchar/s; linear = flat)')
  console.log(`${'stage'.padEnd(34)}${factors.map((f) => `${f}×`.padStart(10)).join('')}`)
  const cells = new Map<string, string[]>()
  const cell = (name: string, text: string) => cells.set(name, [...(cells.get(name) ?? []), text])
  const skipped = new Set<string>()
  // The projected time of a stage's next step: ten times its last.
  const lastSeconds = new Map<string, number>()
  const tooSlow = (name: string) => (lastSeconds.get(name) ?? 0) * 10 > scaleBudget
  const size = (p: Prepared, raw: boolean) => (raw ? p.raw.length : p.doc.text.display.length)
  const timeStage = (stage: TextStage, p: Prepared, repeats: number) => {
    if (!wanted(stage.name)) return
    if (skipped.has(stage.name) || tooSlow(stage.name)) {
      skipped.add(stage.name)
      cell(stage.name, 'skipped')
      return
    }
    const start = cpuSeconds()
    for (let r = 0; r < repeats; r++) keep(stage.run(p))
    const spent = (cpuSeconds() - start) / repeats
    lastSeconds.set(stage.name, spent)
    cell(stage.name, fmt(size(p, stage.raw === true) / spent / 1e6, 10))
  }
  for (const factor of factors) {
    const p = repeated(factor)
    // Small inputs are repeated so that the timer resolution does not matter.
    const repeats = Math.max(1, Math.round(20 / factor))
    for (const stage of TEXT_STAGES) timeStage(stage, p, repeats)
    // The extractors run together (each takes the records of the earlier ones): all or none.
    if (EXTRACTORS.some((name) => skipped.has(name) || tooSlow(name))) {
      for (const name of EXTRACTORS) {
        skipped.add(name)
        cell(name, 'skipped')
      }
    } else {
      const spent = new Map<string, number>()
      for (let r = 0; r < repeats; r++) {
        extractAll(freshDoc(p.doc), (name, run) => {
          const start = cpuSeconds()
          const value = run()
          spent.set(name, (spent.get(name) ?? 0) + cpuSeconds() - start)
          return value
        })
      }
      for (const name of EXTRACTORS) {
        const each = (spent.get(name) ?? 0) / repeats
        lastSeconds.set(name, each)
        cell(name, fmt(size(p, false) / each / 1e6, 10))
      }
    }
    timeStage(PARSE, p, repeats)
  }
  for (const [name, texts] of cells) {
    if (wanted(name)) console.log(`${name.padEnd(34)}${texts.map((t) => t.padStart(10)).join('')}`)
  }
}

table('NFC fixtures (as stored)', corpus.map(prepare))
// The stages that read the caller's string, on the same articles in other forms.
const variants: [string, (t: string) => string][] = [
  [
    'Clean NFC input (as normalized: no CR, no-break space or invisible character)',
    (t) => normalizeText(t).display,
  ],
  ['NFD input (the same articles decomposed)', (t) => normalizeText(t).display.normalize('NFD')],
]
for (const [title, form] of variants) {
  const inputs = corpus.map((t) => prepare(form(t)))
  console.log(`\n${title}`)
  for (const stage of TEXT_STAGES.filter((s) => s.raw === true && wanted(s.name))) {
    row(stage.name, measure(inputs, stage.run))
  }
}
if (withScale) scaling()
if (sink < 0) console.log(sink)
