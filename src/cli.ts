import { readFileSync } from 'node:fs'
import { parseArticle } from './index.js'

// Minimal for now: one file or stdin → Article JSON. The full CLI (--jsonl) lands with issue 2.
const [file] = process.argv.slice(2)
const text = readFileSync(file ?? 0, 'utf8')
process.stdout.write(`${JSON.stringify(parseArticle(text), null, 2)}\n`)
