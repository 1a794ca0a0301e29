// The bin as users run it: built dist/cli.js (npm test builds first).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const seed = new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url).pathname
const run = (args: string[], input?: string) => spawnSync('node', [cli, ...args], { input, encoding: 'utf8' })

describe('bantin CLI', () => {
  it('prints the Article of a file as JSON', () => {
    const { stdout, status } = run([seed])
    expect(status).toBe(0)
    const article = JSON.parse(stdout)
    expect(article.title).toBe('Ngọc Lặc tổng kết công tác Quốc phòng – An ninh năm 2023')
    expect(article.officials[0].name).toBe('Phạm Tiến Dũng')
  })

  it('reads stdin when no file is given', () => {
    const { stdout, status } = run([], 'Tiêu đề bài\nUBND huyện Ngọc Lặc tổ chức Hội nghị tổng kết năm 2023.')
    expect(status).toBe(0)
    expect(JSON.parse(stdout).event.organizer).toBe('UBND huyện Ngọc Lặc')
  })

  it('prints one line per file when given several', () => {
    const { stdout } = run([seed, seed])
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.file)).toEqual([seed, seed])
  })

  it('--jsonl: one output line per input line; bad lines go to stderr with id and line, exit 1 at the end', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Tiêu đề\nTốc độ tăng trưởng đạt 7,5%.' }),
      '{ not json',
      JSON.stringify({ id: 'b', text: 42 }),
      JSON.stringify({ id: 'c', text: 'Tiêu đề khác\nThu ngân sách tăng 12%.' }),
    ].join('\n')
    const { stdout, stderr, status } = run(['--jsonl'], input)
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(out.map((o) => o.id)).toEqual(['a', 'c'])
    expect(out[0].article.metrics[0].value).toBe(7.5)
    const errors = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(errors.map((e) => [e.id, e.line])).toEqual([
      [null, 2],
      ['b', 3],
    ])
    expect(status).toBe(1)
  })

  it('--jsonl reads files too, and exits 0 when every line parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-cli-'))
    const file = join(dir, 'in.jsonl')
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'Một tiêu đề\nNội dung.' })}\n`)
    const { stdout, status } = run(['--jsonl', file])
    expect(status).toBe(0)
    expect(JSON.parse(stdout).id).toBe(1)
  })

  it('--html reads a page', () => {
    const { stdout, status } = run(
      ['--html'],
      '<article><h1>Tiêu đề trang</h1><p>Nội dung bài.</p></article>',
    )
    expect(status).toBe(0)
    expect(JSON.parse(stdout).title).toBe('Tiêu đề trang')
  })

  it('--reference-date resolves relative dates', () => {
    const { stdout } = run(
      ['--reference-date', '2024-07-09'],
      'Tiêu đề\nSáng nay, HĐND tỉnh khai mạc kỳ họp.',
    )
    expect(JSON.parse(stdout).dates[0]).toMatchObject({ day: 9, month: 7, year: 2024, inferred: true })
  })

  it('rejects unknown options and bad dates with usage and exit 2', () => {
    expect(run(['--nope']).status).toBe(2)
    const bad = run(['--reference-date', 'yesterday'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--reference-date expects YYYY-MM-DD')
  })
})
