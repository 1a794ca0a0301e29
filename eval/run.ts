/**
 * npm run eval                 scores per group (dev, holdout, all)
 * npm run eval -- --json       the same as one JSON object
 * npm run eval -- --show SLUG  gold vs output for one article (not for holdout-* articles)
 */
import { parseArticle } from '../src/index.js'
import { type Fixture, loadCorpus } from './gold.js'
import {
  addTally,
  awardKey,
  emptyTally,
  metricKey,
  officialKey,
  pairByKey,
  rankingKey,
  scoreArticle,
  summarize,
  type Tally,
} from './score.js'

export interface GroupScores {
  articles: number
  scores: Record<string, number>
}

export function scoreCorpus(fixtures: readonly Fixture[]): Record<'dev' | 'holdout' | 'all', GroupScores> {
  const tallies = { dev: emptyTally(), holdout: emptyTally(), all: emptyTally() }
  const counts = { dev: 0, holdout: 0, all: 0 }
  for (const f of fixtures) {
    const t: Tally = scoreArticle(f.gold, parseArticle(f.text))
    const group = f.holdout ? 'holdout' : 'dev'
    addTally(tallies[group], t)
    addTally(tallies.all, t)
    counts[group]++
    counts.all++
  }
  const out = (g: keyof typeof tallies) => ({
    articles: counts[g],
    scores: counts[g] ? summarize(tallies[g]) : {},
  })
  return { dev: out('dev'), holdout: out('holdout'), all: out('all') }
}

function printTable(result: ReturnType<typeof scoreCorpus>) {
  const groups = ['dev', 'holdout', 'all'] as const
  const names = Object.keys(result.all.scores)
  console.log(
    `${'score'.padEnd(22)}${groups.map((g) => `${g} (${result[g].articles})`.padStart(14)).join('')}`,
  )
  for (const name of names) {
    console.log(
      `${name.padEnd(22)}${groups.map((g) => (result[g].scores[name]?.toFixed(3) ?? '-').padStart(14)).join('')}`,
    )
  }
}

function show(fixture: Fixture) {
  const article = parseArticle(fixture.text)
  const line = (label: string, gold: unknown, output: unknown) =>
    console.log(`${label}\n  gold:   ${JSON.stringify(gold)}\n  output: ${JSON.stringify(output)}`)
  line('title', fixture.gold.title, article.title)
  line('author', fixture.gold.author, article.author)
  const e = article.event
  line('event', fixture.gold.event, e && { type: e.type, organizer: e.organizer, date: e.date, name: e.name })
  const lists = [
    [
      'officials',
      fixture.gold.officials,
      article.officials.map((o) => ({ name: o.name, titles: o.titles, rank: o.rank })),
      officialKey,
    ],
    [
      'metrics',
      fixture.gold.metrics,
      article.metrics.map((m) => ({
        value: m.value,
        unit: m.unit,
        direction: m.direction,
        approx: m.approx,
        subject: m.subject,
        text: m.text,
      })),
      metricKey,
    ],
    [
      'rankings',
      fixture.gold.rankings,
      article.rankings.map((r) => ({ rank: r.rank, scope: r.scope, text: r.text })),
      rankingKey,
    ],
    [
      'awards',
      fixture.gold.awards,
      article.awards.map((a) => ({
        award: a.award,
        collectives: a.collectives,
        individuals: a.individuals,
        total: a.total,
        text: a.text,
      })),
      awardKey,
    ],
  ] as const
  for (const [label, gold, output, key] of lists) {
    // biome-ignore lint/suspicious/noExplicitAny: the four lists share one printer
    const { pairs, missed, extra } = pairByKey<any, any>(gold, output, key, key)
    console.log(`${label}: ${pairs.length} matched, ${missed.length} missed, ${extra.length} extra`)
    for (const [g, o] of pairs) console.log(`  = gold ${JSON.stringify(g)}\n    out  ${JSON.stringify(o)}`)
    for (const g of missed) console.log(`  - missed ${JSON.stringify(g)}`)
    for (const o of extra) console.log(`  + extra  ${JSON.stringify(o)}`)
  }
}

function main(argv: string[]) {
  const fixtures = loadCorpus()
  const showAt = argv.indexOf('--show')
  if (showAt >= 0) {
    const slug = argv[showAt + 1]
    // The holdout is scored, never inspected while tuning: showing one needs an explicit flag.
    if (slug?.startsWith('holdout-') && !argv.includes('--unblind')) {
      console.error('holdout articles are not shown while tuning (add --unblind to audit one on purpose)')
      process.exitCode = 2
      return
    }
    const fixture = fixtures.find((f) => f.slug === slug)
    if (!fixture) {
      console.error(`no fixture named ${slug}`)
      process.exitCode = 2
      return
    }
    show(fixture)
    return
  }
  const result = scoreCorpus(fixtures)
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
  else printTable(result)
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))
