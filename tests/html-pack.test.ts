// The built entry points (run after `npm run build`): bantin/html and bantin/unified exist in ESM,
// CJS and .d.ts; the main entry loads neither unified nor rehype; the README examples of the HTML
// section run against the build and print what they say.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'dist')
// Inside the repo, so `bantin/html` resolves to this package's build through its exports map.
let scratch = ''
beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true })
  scratch = mkdtempSync(join(root, '.tmp', 'html-pack-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const node = (file: string, source: string, args: string[] = []) => {
  writeFileSync(join(scratch, file), source)
  return execFileSync('node', [...args, join(scratch, file)], { cwd: scratch, encoding: 'utf8' })
}

/** Bare module specifiers reachable from a built file through its relative imports. */
function bareImports(entry: string): Set<string> {
  const bare = new Set<string>()
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    const specifiers = [
      ...code.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/(?:^|[;\s])import\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] as string)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(join(dirname(file), specifier))
      else bare.add(specifier)
    }
  }
  return bare
}

const HTML_STACK = /^(?:unified|rehype|retext|hast|parse5|vfile|unist|nlcst|entities|property-information)/

describe('the built entry points', () => {
  it('ship html and unified in ESM, CJS and .d.ts', () => {
    for (const name of ['html', 'unified']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts'])
        expect(existsSync(join(dist, `${name}.${ext}`))).toBe(true)
    }
    const types = readFileSync(join(dist, 'unified.d.ts'), 'utf8')
    expect(types).toContain("declare module 'vfile'")
    expect(types).toMatch(/bantin: Article/)
  })

  it('keep unified and rehype out of the main entry (ESM and CJS, statically)', () => {
    for (const entry of ['index.js', 'index.cjs']) {
      const imports = [...bareImports(join(dist, entry))]
      expect(imports.filter((s) => HTML_STACK.test(s))).toEqual([])
    }
    expect([...bareImports(join(dist, 'html.js'))]).toEqual(
      expect.arrayContaining(['rehype-parse', 'unified']),
    )
  })

  it('load no unified or rehype module when the CJS main entry is required', () => {
    const cjs = node(
      'cjs.cjs',
      `require(${JSON.stringify(join(dist, 'index.cjs'))}).parseArticle('Tiêu đề\\nNội dung.')
       console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('node_modules'))))`,
    )
    const loaded: string[] = JSON.parse(cjs)
    expect(loaded.filter((path) => /node_modules\/(?:unified|rehype|hast|parse5|vfile)/.test(path))).toEqual(
      [],
    )
  })

  it('resolve no unified or rehype module when the ESM main entry is imported', () => {
    // The resolve hook logs every bare specifier node resolves.
    const hooks = join(scratch, 'log.mjs')
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
         if (/^[a-z@]/.test(specifier) && !specifier.startsWith('node:') && !specifier.startsWith('file:')) console.log(specifier)
         return next(specifier, context)
       }`,
    )
    const out = node(
      'esm.mjs',
      `import { register } from 'node:module'
       register(${JSON.stringify(`file://${hooks}`)})
       const b = await import(${JSON.stringify(join(dist, 'index.js'))})
       b.parseArticle('Tiêu đề\\nNội dung.')`,
    )
    const resolved = out.split('\n').filter(Boolean)
    expect(resolved).toContain('zod') // the hook saw the imports
    expect(resolved.filter((s) => HTML_STACK.test(s))).toEqual([])
  })

  it('run the README examples of the HTML section and print what they say', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## HTML input and the unified plugin'))
    const end = section.indexOf('\n## ', 4)
    const blocks = [...(end > 0 ? section.slice(0, end) : section).matchAll(/```js\n([\s\S]*?)```/g)].map(
      (m) => m[1] as string,
    )
    expect(blocks.length).toBe(2)
    blocks.forEach((code, i) => {
      const expected = [...code.matchAll(/console\.log\(.*\) \/\/ → (.*)$/gm)].map((m) => m[1])
      expect(expected.length).toBeGreaterThan(2)
      const out = node(`readme-${i}.mjs`, code)
      expect(out.trimEnd().split('\n')).toEqual(expected)
    })
  })
})
