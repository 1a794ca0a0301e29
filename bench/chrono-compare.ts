/**
 * Our date recognizer against chrono-node's Vietnamese locale (chrono.vi), on the date corpus of
 * tests/date-cases.ts. Run: `npx tsx bench/chrono-compare.ts` (add `--verbose` for every miss).
 *
 * A case is right when the set of (day, month, year) found equals the set expected:
 * - strict: every result counts, and each must cover exactly the expected text ("sáng nay (9/10)" is
 *   one date, not "sáng" plus "9/10");
 * - lenient: only the values matter, results that carry no calendar value are ignored.
 * Values are chrono's certain components only: an implied year is not a stated one.
 *
 * The corpus was written alongside our recognizer, so a second measure uses text neither was tuned
 * on: the event dates other annotators wrote in fixtures/articles/*.gold.json (holdout files are not
 * read). Both read the same content sentences; the first date with a day must equal the gold date.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as chrono from 'chrono-node'
import { sentencesOf } from '../src/document.js'
import { recognizeDates } from '../src/recognizers/date.js'
import { resolveDate } from '../src/recognizers/date-resolve.js'
import { foldForMatching, normalizeText } from '../src/text/normalize.js'
import { segmentBlocks } from '../src/text/segment.js'
import { splitSentences } from '../src/text/sentences.js'
import {
  DATE_NEGATIVES,
  DATE_POSITIVES,
  DATES_IN_CONTEXT,
  type Expected,
  RESOLVED,
} from '../tests/date-cases.js'

interface Found {
  text: string
  day: number | null
  month: number | null
  year: number | null
}

interface Case {
  table: string
  text: string
  reference: string | undefined
  expected: { text: string; value: Expected }[]
}

const cases: Case[] = [
  ...DATE_POSITIVES.map(([text, value]) => ({
    table: 'stated dates',
    text,
    reference: undefined,
    expected: [{ text, value }],
  })),
  ...DATES_IN_CONTEXT.map(([text, list]) => ({
    table: 'dates in context',
    text,
    reference: undefined,
    expected: list.map(([t, value]) => ({ text: t, value })),
  })),
  ...DATE_NEGATIVES.map((text) => ({ table: 'not dates', text, reference: undefined, expected: [] })),
  ...RESOLVED.map(([text, reference, value]) => ({
    table: 'relative, with a reference',
    text,
    reference,
    expected: [{ text, value }],
  })),
]

function ours(text: string, reference: string | undefined): Found[] {
  return recognizeDates(foldForMatching(text)).map((m) => ({
    text: text.slice(m.start, m.end),
    ...resolveDate(m, m.relative?.meaning ?? null, reference === undefined ? undefined : new Date(reference)),
  }))
}

function theirs(text: string, reference: string | undefined): Found[] {
  // Vietnam time (UTC+7), as our resolver reads the reference date.
  const ref = reference === undefined ? undefined : { instant: new Date(reference), timezone: 420 }
  return chrono.vi.parse(text, ref).map((r) => {
    const part = (name: 'day' | 'month' | 'year') =>
      r.start.isCertain(name) ? (r.start.get(name) ?? null) : null
    return { text: r.text, day: part('day'), month: part('month'), year: part('year') }
  })
}

const key = (v: { day: number | null; month: number | null; year: number | null }) =>
  `${v.day}/${v.month}/${v.year}`
const sameSet = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())

function score(c: Case, found: Found[]): { strict: boolean; lenient: boolean } {
  const expectedValues = c.expected.map((e) => key(e.value))
  const strict = sameSet(
    found.map((f) => `${f.text}=${key(f)}`),
    c.expected.map((e) => `${e.text}=${key(e.value)}`),
  )
  const valued = found.filter((f) => f.day !== null || f.month !== null || f.year !== null)
  // A relative word left unresolved on purpose ("vừa qua") has no value to compare.
  const lenient = sameSet(
    valued.map(key),
    expectedValues.filter((v) => v !== 'null/null/null'),
  )
  return { strict, lenient }
}

const verbose = process.argv.includes('--verbose')
const tables = [...new Set(cases.map((c) => c.table))]
const totals = { ours: { strict: 0, lenient: 0 }, chrono: { strict: 0, lenient: 0 } }
const rows: string[] = []
for (const table of tables) {
  const inTable = cases.filter((c) => c.table === table)
  const tally = { ours: { strict: 0, lenient: 0 }, chrono: { strict: 0, lenient: 0 } }
  for (const c of inTable) {
    for (const [name, run] of [
      ['ours', ours],
      ['chrono', theirs],
    ] as const) {
      const found = run(c.text, c.reference)
      const s = score(c, found)
      tally[name].strict += Number(s.strict)
      tally[name].lenient += Number(s.lenient)
      if (verbose && !s.strict) {
        console.log(
          `${name.padEnd(6)} miss  ${JSON.stringify(c.text)} → ${found.map((f) => `${f.text}=${key(f)}`).join('; ') || '(none)'}`,
        )
      }
    }
  }
  for (const name of ['ours', 'chrono'] as const) {
    totals[name].strict += tally[name].strict
    totals[name].lenient += tally[name].lenient
  }
  rows.push(
    `| ${table} | ${inTable.length} | ${tally.ours.strict} / ${tally.ours.lenient} | ${tally.chrono.strict} / ${tally.chrono.lenient} |`,
  )
}
console.log('| table | cases | ours strict / lenient | chrono.vi strict / lenient |')
console.log('| --- | --- | --- | --- |')
for (const row of rows) console.log(row)
console.log(
  `| all | ${cases.length} | ${totals.ours.strict} / ${totals.ours.lenient} | ${totals.chrono.strict} / ${totals.chrono.lenient} |`,
)

// Event dates of the fixtures, against their gold.
const FIXTURES = new URL('../fixtures/articles/', import.meta.url)
const event = { cases: 0, ours: 0, chrono: 0 }
for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt') && !n.startsWith('holdout-'))) {
  const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), FIXTURES), 'utf8'))
  const date = gold.event?.date
  if (date == null) continue
  const text = normalizeText(readFileSync(new URL(name, FIXTURES), 'utf8'))
  const blocks = segmentBlocks(text.match)
  const doc = {
    text,
    blocks,
    sentences: splitSentences(text.match, blocks),
    referenceDate: undefined,
    diagnostics: [],
  }
  const sentences = sentencesOf(doc).map((s) => text.display.slice(s.start, s.end))
  const firstWithDay = (run: (t: string) => Found[]) =>
    sentences.flatMap((t) => run(t)).find((f) => f.day !== null)
  event.cases++
  for (const [system, run] of [
    ['ours', (t: string) => ours(t, undefined)],
    ['chrono', (t: string) => theirs(t, undefined)],
  ] as const) {
    const found = firstWithDay(run)
    if (found !== undefined && key(found) === key(date)) event[system]++
    else if (verbose)
      console.log(
        `${system.padEnd(6)} event date miss  ${name}: ${found ? key(found) : '(none)'} ≠ ${key(date)}`,
      )
  }
}
console.log(
  `fixture event dates: ours ${event.ours}/${event.cases}, chrono.vi ${event.chrono}/${event.cases}`,
)

// Speed on the same cases, repeated.
const corpus = cases.map((c) => c.text)
for (const [name, run] of [
  ['ours', (t: string) => recognizeDates(foldForMatching(t))],
  ['chrono.vi', (t: string) => chrono.vi.parse(t)],
] as const) {
  const started = performance.now()
  let n = 0
  while (performance.now() - started < 500) {
    for (const t of corpus) run(t)
    n += corpus.length
  }
  console.log(`${name}: ${Math.round((n / (performance.now() - started)) * 1000)} cases/s`)
}
