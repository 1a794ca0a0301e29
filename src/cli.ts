/**
 * bantin [options] [FILE...]
 *   Prints the Article of each file as JSON (stdin when no file). With several files, one JSON line
 *   per file: {"file": …, "article": …}.
 * bantin --jsonl [FILE...]
 *   Reads JSON lines {"id": …, "text": …} and writes one line {"id": …, "article": …} per input. A bad
 *   line gets an error line on stderr with its id and line number; the run goes on and exits 1.
 */
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { type ParseOptions, parseArticle } from './index.js'

const USAGE = `Usage: bantin [--jsonl] [--html] [--compact] [--reference-date YYYY-MM-DD] [FILE...]

Parses Vietnamese government news text into typed records (JSON).
  FILE...                   articles as plain UTF-8 text; stdin when none is given
  --jsonl                   input is JSON lines {"id": ..., "text": ...}; output one JSON line each
  --html                    input (or each line's "text") is an HTML page; output adds "text" and "published"
  --compact                 one-line JSON output
  --reference-date DATE     resolves relative dates ("hôm qua", "sáng nay")
  -h, --help                this text
`

interface Flags {
  jsonl: boolean
  html: boolean
  compact: boolean
  options: ParseOptions
  files: string[]
}

function parseFlags(argv: readonly string[]): Flags | string {
  const flags: Flags = { jsonl: false, html: false, compact: false, options: {}, files: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--jsonl') flags.jsonl = true
    else if (arg === '--html') flags.html = true
    else if (arg === '--compact') flags.compact = true
    else if (arg === '--reference-date') {
      const value = argv[++i]
      const date = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null
      if (!date || Number.isNaN(+date))
        return `--reference-date expects YYYY-MM-DD, got ${value ?? 'nothing'}`
      flags.options.referenceDate = date
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else flags.files.push(arg)
  }
  return flags
}

type Parser = (input: string, options: ParseOptions) => unknown

/** parseArticle, or parseHtml with --html (imported only then, so plain runs never load rehype). */
async function parserFor(flags: Flags): Promise<Parser> {
  if (!flags.html) return parseArticle
  return (await import('./html/index.js')).parseHtml
}

async function runJsonl(flags: Flags): Promise<number> {
  const parse = await parserFor(flags)
  const sources = flags.files.length ? flags.files : ['-']
  let failures = 0
  for (const source of sources) {
    const input = source === '-' ? process.stdin : Readable.from([readFileSync(source, 'utf8')])
    let lineNumber = 0
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      lineNumber++
      if (!line.trim()) continue
      let id: unknown = null
      try {
        const record: unknown = JSON.parse(line)
        if (typeof record !== 'object' || record === null) throw new Error('expected a JSON object')
        id = (record as { id?: unknown }).id ?? null
        const text = (record as { text?: unknown }).text
        if (typeof text !== 'string') throw new Error('expected "text" to be a string')
        process.stdout.write(`${JSON.stringify({ id, article: parse(text, flags.options) })}\n`)
      } catch (error) {
        failures++
        const message = error instanceof Error ? error.message : String(error)
        process.stderr.write(`${JSON.stringify({ id, file: source, line: lineNumber, error: message })}\n`)
      }
    }
  }
  return failures ? 1 : 0
}

async function runFiles(flags: Flags): Promise<number> {
  const parse = await parserFor(flags)
  const sources = flags.files.length ? flags.files : ['-']
  const indent = flags.compact || sources.length > 1 ? 0 : 2
  for (const source of sources) {
    const text = readFileSync(source === '-' ? 0 : source, 'utf8')
    const article = parse(text, flags.options)
    const out = sources.length > 1 ? { file: source, article } : article
    process.stdout.write(`${JSON.stringify(out, null, indent)}\n`)
  }
  return 0
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE)
    return 0
  }
  const flags = parseFlags(argv)
  if (typeof flags === 'string') {
    process.stderr.write(`bantin: ${flags}\n\n${USAGE}`)
    return 2
  }
  try {
    return flags.jsonl ? await runJsonl(flags) : await runFiles(flags)
  } catch (error) {
    process.stderr.write(`bantin: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
