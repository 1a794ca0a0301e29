/**
 * Checks the corpus without running the parser: every .txt has a gold file that fits the schema,
 * and every text the gold quotes (title, names, titles, organizer, author) occurs in the article.
 * Usage: npx tsx eval/check-gold.ts [slug-prefix]
 */
import { canonicalize } from '../src/text/normalize.js'
import { loadCorpus } from './gold.js'

const prefix = process.argv[2] ?? ''
let problems = 0
const fixtures = loadCorpus(prefix)
for (const { slug, text, gold } of fixtures) {
  const body = canonicalize(text)
  const quoted = [
    gold.title,
    gold.author,
    gold.event?.organizer,
    ...gold.officials.flatMap((o) => [o.name, o.rank, ...o.titles]),
    ...gold.metrics.map((m) => m.subject),
    ...gold.rankings.map((r) => r.scope),
  ]
  for (const q of quoted) {
    if (q && !body.includes(canonicalize(q))) {
      console.log(`${slug}: "${q}" is not in the article text`)
      problems++
    }
  }
}
console.log(`${fixtures.length} articles checked, ${problems} problems`)
process.exitCode = problems ? 1 : 0
