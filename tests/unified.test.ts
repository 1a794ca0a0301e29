import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../src/html/index.js'
import { readHtml } from '../src/html/parse.js'
import { parseArticle } from '../src/index.js'
import type { Article } from '../src/schema/records.js'
import bantinDefault, { bantin } from '../src/unified/index.js'
import { locator } from '../src/unified/place.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)
const portal = readFileSync(
  new URL('../fixtures/html/portal-vinh-loc-ky-hop-hdnd.html', import.meta.url),
  'utf8',
)
const newspaper = readFileSync(
  new URL('../fixtures/html/bao-son-ha-khanh-thanh-cau.html', import.meta.url),
  'utf8',
)

/** Parse and run (these processors have no compiler, so `process` does not apply). */
async function run(
  processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> },
  value: string,
) {
  const file = new VFile({ value, path: 'article' })
  await processor.run(processor.parse(file) as never, file)
  return file
}

const withoutTextFields = ({
  text: _t,
  published: _p,
  ...article
}: Article & { text?: string; published?: unknown }) => article

describe('bantin/unified after retext-latin', () => {
  it('exports the plugin as default and as bantin', () => {
    expect(bantinDefault).toBe(bantin)
  })

  it('puts the article of String(file) on file.data.bantin, spans into the file', async () => {
    const file = await run(unified().use(retextLatin).use(bantin), seed)
    const article: Article | undefined = file.data.bantin
    expect(article).toEqual(parseArticle(seed))
    expect(file.data.bantinText).toBe(seed)
    for (const m of article?.metrics ?? []) expect(String(file).slice(m.span.start, m.span.end)).toBe(m.text)
    expect(file.messages).toEqual([])
  })

  it('passes referenceDate on', async () => {
    const text =
      'Hội nghị tổng kết\nHôm qua, UBND huyện Ngọc Lặc tổ chức hội nghị tổng kết công tác năm 2023.'
    const referenceDate = new Date('2023-12-26')
    const file = await run(unified().use(retextLatin).use(bantin, { referenceDate }), text)
    expect(file.data.bantin?.dates[0]).toMatchObject({ day: 25, month: 12, year: 2023 })
  })

  it('runs synchronously too', () => {
    const processor = unified().use(retextLatin).use(bantin)
    const file = new VFile(seed)
    processor.runSync(processor.parse(file), file)
    expect(file.data.bantin?.title).toBe('Ngọc Lặc tổng kết công tác Quốc phòng – An ninh năm 2023')
  })

  it('reads a file of HTML as a page even after retext-latin, unless told it is text', async () => {
    const file = await run(unified().use(retextLatin).use(bantin), portal)
    expect(file.data.bantin).toEqual(parseHtml(portal))
    const asText = await run(unified().use(retextLatin).use(bantin, { format: 'text' }), portal)
    expect(asText.data.bantin).toEqual(parseArticle(portal))
  })
})

describe('bantin/unified on HTML', () => {
  const expected = parseHtml(newspaper)
  it('reads the hast tree after rehype-parse', async () => {
    const file = await run(unified().use(rehypeParse).use(bantin), newspaper)
    expect(file.data.bantin).toEqual(expected)
    expect(file.data.bantinText).toBe(expected.text)
    expect(withoutTextFields(file.data.bantin as Article).title).toBe(
      'Khánh thành cầu Sơn Hải nối hai xã vùng cao',
    )
  })

  // Mutate mode (rehype-retext given a parser) leaves an nlcst tree of an HTML file: that is the
  // "HTML after retext-latin" case above.
  it('after rehype-retext in bridge mode, inside the retext processor or after it', async () => {
    const bridged = await run(
      unified().use(rehypeParse).use(rehypeRetext, unified().use(retextLatin).use(bantin)),
      newspaper,
    )
    expect(bridged.data.bantin).toEqual(expected)
    const after = await run(
      unified().use(rehypeParse).use(rehypeRetext, unified().use(retextLatin)).use(bantin),
      newspaper,
    )
    expect(after.data.bantin).toEqual(expected)
  })

  it('reports diagnostics as messages placed in the HTML source', async () => {
    const meta = '<meta property="og:title" content="Ngọc Lặc tổng kết năm 2023">'
    const html = [
      '<!doctype html>',
      '<html><head>',
      meta,
      '</head><body><div><p>Sáng 5/2, UBND huyện Ngọc Lặc tổ chức hội nghị tổng kết công tác năm 2023.</p></div></body></html>',
    ].join('\r\n')
    const file = await run(unified().use(rehypeParse).use(bantin), html)
    const byRule = Object.fromEntries(file.messages.map((m) => [m.ruleId, m]))
    expect(Object.keys(byRule).sort()).toEqual(['html-no-article-container', 'html-title-from-meta'])
    const title = byRule['html-title-from-meta']
    expect(title?.source).toBe('bantin')
    expect(title?.fatal).toBe(false)
    expect(title?.actual).toBe('Ngọc Lặc tổng kết năm 2023')
    // The title came from the meta element: line 3, the whole element.
    expect(title?.place).toEqual({
      start: { line: 3, column: 1, offset: html.indexOf('<meta property') },
      end: { line: 3, column: meta.length + 1, offset: html.indexOf(meta) + meta.length },
    })
    expect(String(title)).toBe(
      `article:3:1-3:${meta.length + 1}: No headline element in the page: the title was taken from its metadata (og:title or <title>)`,
    )
    expect(byRule['html-no-article-container']?.place).toBeUndefined()
  })

  it('maps each character of the article text to where the HTML wrote it, entities included', async () => {
    const html =
      '<article><h1>Ngọc L&#7863;c</h1>\n<p>Sáng 5/2, UBND huyện Ngọc Lặc tổ chức hội nghị.</p></article>'
    const processor = unified().use(rehypeParse).use(bantin)
    const file = new VFile(html)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    expect(file.data.bantinText?.startsWith('Ngọc Lặc\n')).toBe(true)
    // Messages are placed through this map (see the test above).
    const doc = readHtml(tree, html)
    const at = (i: number) => html.slice(doc.sourceStarts[i], doc.sourceEnds[i])
    expect([5, 6, 7].map(at)).toEqual(['L', '&#7863;', 'c'])
    expect(doc.sourceStarts[8]).toBe(-1) // the line break between blocks is not in the source
  })
})

describe('options', () => {
  it('are checked when the plugin is attached', () => {
    expect(() =>
      unified()
        .use(bantin, { format: 'xml' as never })
        .freeze(),
    ).toThrow(/options.format/)
    expect(() =>
      unified()
        .use(bantin, { referenceDate: new Date('nope') })
        .freeze(),
    ).toThrow(/referenceDate/)
  })
})

describe('locator', () => {
  it('gives 1-based lines and columns for LF, CRLF and CR', () => {
    const locate = locator('ab\ncd\r\nef\rgh')
    expect([0, 2, 3, 5, 7, 10, 11, 99].map((o) => locate(o))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 1, column: 3, offset: 2 },
      { line: 2, column: 1, offset: 3 },
      { line: 2, column: 3, offset: 5 },
      { line: 3, column: 1, offset: 7 },
      { line: 4, column: 1, offset: 10 },
      { line: 4, column: 2, offset: 11 },
      { line: 4, column: 3, offset: 12 },
    ])
  })
})
