// Whole-input problems are reported as diagnostics, never thrown: an archive pipeline counts and
// filters them. Each case is an input and the diagnostic codes it must give, in order.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

const cases: [string, string, string[]][] = [
  ['empty', '', ['no-text']],
  ['whitespace', ' \n\t\u00a0\n', ['no-text']],
  ['digits and punctuation', '12/3/2024 - 5,2% ... 163/QĐ', []],
  ['the seed', seed, []],
  ['the seed in NFD', seed.normalize('NFD'), []],
  ['only site chrome', 'Trang chủ\nTin liên quan\nThăm dò ý kiến', ['no-content']],
  [
    'an HTML page',
    '<!doctype html><html><body><h1>Ngọc Lặc tổng kết năm 2023</h1><p>UBND huyện tổ chức hội nghị.</p></body></html>',
    // one line of markup reads as site chrome, so nothing is content either
    ['no-content', 'markup-input'],
  ],
  ['text with tags inside', `${seed.slice(0, 300)}<p>Đoạn</p><br/><b>đậm</b>`, ['markup-input']],
  ['comparison signs are not tags', 'Tỷ lệ hộ nghèo < 3% và số hộ > 200 hộ ở xã Minh Sơn.', []],
  ['binary bytes before text', `${'\u0000\u0001\u0002'.repeat(40)}${seed.slice(0, 800)}`, ['binary-input']],
  ['mis-decoded text', `${seed.slice(0, 400)}${'\ufffd'.repeat(30)}`, ['binary-input']],
  [
    'English',
    "The district People's Committee held a conference to review the work of 2023 and plans for 2024. ".repeat(
      4,
    ),
    ['not-vietnamese'],
  ],
  [
    'Vietnamese typed without diacritics',
    'UBND huyen Ngoc Lac vua to chuc hoi nghi tong ket cong tac quoc phong an ninh nam 2023 va trien khai nhiem vu nam 2024. '.repeat(
      3,
    ),
    ['not-vietnamese'],
  ],
]

describe('diagnostics on the whole input', () => {
  it.each(cases)('%s', (_name, input, codes) => {
    const article = parseArticle(input)
    expect(article.diagnostics.map((d) => d.code)).toEqual(codes)
    for (const diagnostic of article.diagnostics) {
      expect(diagnostic.message.length).toBeGreaterThan(20)
      if (diagnostic.span) expect(diagnostic.span.end).toBeLessThanOrEqual(input.length)
    }
  })

  it('points at the first tag and the first control character', () => {
    const html = '  <div class="news">Tin</div><p>Bài</p>'
    const [markup] = parseArticle(html).diagnostics.filter((d) => d.code === 'markup-input')
    expect(markup?.span && html.slice(markup.span.start, markup.span.end)).toBe('<div class="news">')
    const binary = `Tin tức ${'\u0007'.repeat(20)}`
    const [control] = parseArticle(binary).diagnostics.filter((d) => d.code === 'binary-input')
    expect(control?.span?.start).toBe(binary.indexOf('\u0007'))
  })
})
