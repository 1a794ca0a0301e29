// npm run bench: parseArticle over every fixture article, repeated, against the built package;
// retext-latin's parse of the same text is printed beside it as a reference line.
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { parseArticle } from '../dist/index.js'

const dir = new URL('../fixtures/articles/', import.meta.url)
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0)
const minSeconds = Number(process.env.BENCH_SECONDS ?? 3)

function measure(label, fn) {
  for (const t of texts) fn(t) // warm-up
  let rounds = 0
  const start = performance.now()
  let elapsed = 0
  do {
    for (const t of texts) fn(t)
    rounds++
    elapsed = (performance.now() - start) / 1000
  } while (elapsed < minSeconds)
  const articles = rounds * texts.length
  const mb = (rounds * bytes) / 1e6
  console.log(
    `${label.padEnd(28)} ${(articles / elapsed).toFixed(0).padStart(8)} articles/s ${(mb / elapsed).toFixed(2).padStart(8)} MB/s  (${articles} articles, ${elapsed.toFixed(1)} s)`,
  )
}

console.log(`${texts.length} fixture articles, ${(bytes / 1e3).toFixed(1)} kB, node ${process.version}`)
measure('bantin parseArticle', (t) => parseArticle(t))
const latin = unified().use(retextLatin)
measure('retext-latin parse (reference)', (t) => latin.parse(t))
