// The README's examples are code: every ```js block outside the HTML section (tests/html-pack.test.ts
// runs those) is run against the build, from the repository root, and must print what its
// `// → …` comments say, line by line.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const htmlSection = readme.indexOf('## HTML input and the unified plugin')
const outsideHtml = readme.slice(0, htmlSection)

const examples = [...outsideHtml.matchAll(/```js\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((code) => code.includes('// → '))

// Inside the repository, so that `import … from 'bantin'` resolves to this package's build.
mkdirSync(join(root, '.tmp'), { recursive: true })
const scratch = mkdtempSync(join(root, '.tmp', 'readme-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('README examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it.each(examples.map((code, i) => [i, code] as const))('example %i prints what it says', (i, code) => {
    const expected = [...code.matchAll(/console\.log\(.*\) \/\/ → (.*)$/gm)].map((m) => m[1])
    const file = join(scratch, `example-${i}.mjs`)
    writeFileSync(file, code)
    const out = execFileSync('node', [file], { cwd: root, encoding: 'utf8' })
    expect(out.trimEnd().split('\n')).toEqual(expected)
  })
})
