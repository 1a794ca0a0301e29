// Packs the tarball the way `npm publish` would and imports it from a scratch project, through the
// `exports` map: ESM and CJS, the JSON Schema file and the bin. Runs after `npm run build`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
// Inside the repo, so the package's own dependencies (zod…) resolve from the repo's node_modules.
const scratch = join(root, '.tmp')
let project = ''
let files: string[] = []

beforeAll(() => {
  mkdirSync(scratch, { recursive: true })
  project = mkdtempSync(join(scratch, 'pack-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' }),
  )[0]
  files = packed.files.map((f: { path: string }) => f.path)
  const target = join(project, 'node_modules', 'bantin')
  mkdirSync(target, { recursive: true })
  execFileSync('tar', ['-xzf', join(project, packed.filename), '-C', target, '--strip-components=1'])
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

const run = (file: string, source: string) => {
  writeFileSync(join(project, file), source)
  return execFileSync('node', [join(project, file)], { cwd: project, encoding: 'utf8' })
}

describe('the packed tarball', () => {
  it('ships the build, the README and the licenses, not the sources or tests', () => {
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/index.cjs')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toContain('dist/article.schema.json')
    for (const entry of ['html', 'unified']) {
      for (const ext of ['js', 'cjs', 'd.ts']) expect(files).toContain(`dist/${entry}.${ext}`)
    }
    expect(files).toContain('README.md')
    expect(files).toContain('LICENSE')
    expect(
      files.some((f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('fixtures/')),
    ).toBe(false)
  })

  it('imports as ESM and parses an article', () => {
    const out = run(
      'esm.mjs',
      `import { parseArticle, articleSchema } from 'bantin'
       const a = parseArticle('Hội nghị tổng kết\\nUBND huyện tổ chức hội nghị.')
       articleSchema.parse(a)
       console.log(a.title)`,
    )
    expect(out.trim()).toBe('Hội nghị tổng kết')
  })

  it('requires as CommonJS', () => {
    const out = run(
      'cjs.cjs',
      `const b = require('bantin'); console.log(typeof b.parseArticle, b.articleJsonSchema.type)`,
    )
    expect(out.trim()).toBe('function object')
  })

  it('imports bantin/html and parses a page', () => {
    const out = run(
      'html.mjs',
      `import { parseHtml } from 'bantin/html'
       console.log(parseHtml('<article><h1>Tiêu đề</h1><p>Nội dung.</p></article>').title)`,
    )
    expect(out.trim()).toBe('Tiêu đề')
  })

  it('requires bantin/unified as a plugin', () => {
    const out = run('unified.cjs', `console.log(typeof require('bantin/unified').default)`)
    expect(out.trim()).toBe('function')
  })

  it('exposes the JSON Schema file', () => {
    const out = run(
      'schema.mjs',
      `import { createRequire } from 'node:module'
      const s = createRequire(import.meta.url)('bantin/article.schema.json'); console.log(Object.keys(s.properties).join(','))`,
    )
    expect(out).toContain('officials')
  })

  it('runs the bin', () => {
    const bin = JSON.parse(readFileSync(join(project, 'node_modules/bantin/package.json'), 'utf8')).bin.bantin
    const out = execFileSync('node', [join(project, 'node_modules/bantin', bin)], {
      input: 'Tiêu đề\nNội dung.',
      encoding: 'utf8',
    })
    expect(JSON.parse(out).schemaVersion).toBe(1)
  })
})
