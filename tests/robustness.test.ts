// Content never throws: whatever string comes in, parseArticle returns a schema-valid Article, and
// every span lies inside the input. Only a non-string is API misuse (TypeError). No timing
// assertions: a hang or a super-linear blow-up fails on the test timeout.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleSchema, parseArticle, type Span, segmentArticle } from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

function spansOf(value: unknown): Span[] {
  if (Array.isArray(value)) return value.flatMap(spansOf)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'span' && v && typeof v === 'object' && 'start' in v ? [v as Span] : spansOf(v),
  )
}

function checkParses(input: string) {
  const article = parseArticle(input)
  expect(() => articleSchema.parse(article)).not.toThrow()
  for (const span of spansOf(article)) {
    expect(span.start).toBeLessThanOrEqual(span.end)
    expect(span.end).toBeLessThanOrEqual(input.length)
  }
  for (const block of segmentArticle(input)) {
    expect(block.span.start).toBeLessThanOrEqual(block.span.end)
    expect(block.span.end).toBeLessThanOrEqual(input.length)
  }
  return article
}

/** A deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seedValue: number) {
  let state = seedValue >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function randomString(length: number, seedValue: number, pick: (r: number) => number): string {
  const next = random(seedValue)
  const units: number[] = []
  for (let i = 0; i < length; i++) units.push(pick(next()))
  let out = ''
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096))
  return out
}

describe('parseArticle never throws on a string', () => {
  const cases: [string, string][] = [
    ['empty string', ''],
    ['a space', ' '],
    ['whitespace', ' \n\t\r\n\u00a0\u2028\u3000\u200b\ufeff '],
    ['newlines only', '\n'.repeat(10_000)],
    ['one letter', 'a'],
    ['one Vietnamese letter in NFD', 'ệ'.normalize('NFD')],
    ['lone combining marks', '\u0301\u0323\u0300'.repeat(1000)],
    ['lone high surrogates', '\ud800'.repeat(1000)],
    ['lone low surrogates', '\udc00abc\udfff'.repeat(1000)],
    ['surrogates out of order', '\udc00\ud800'.repeat(500)],
    [
      'control characters',
      Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
        .join('')
        .repeat(100),
    ],
    ['NUL bytes around text', `\u0000${seed.slice(0, 500)}\u0000`],
    [
      'HTML markup',
      `<html><head><title>Tin tức</title><script>var a = "Tin liên quan";</script></head><body><nav>Trang chủ &gt; Tin tức</nav><h1>${seed.split('\n')[0]}</h1><p>${seed.split('\n')[2]}</p><div class="share">Chia sẻ</div></body></html>`,
    ],
    [
      'mixed scripts',
      '越南政府新闻 ٱلْعَرَبِيَّة 😀👍🏽👨‍👩‍👧 Ngọc Lặc tổng kết 2023. Ελληνικά русский हिन्दी 한국어 ﷽',
    ],
    ['emoji only', '🎉🎊🏆'.repeat(2000)],
    ['Hangul jamo', '\u1100\u1161\u11a8'.repeat(1000)],
    ['right-to-left marks', '\u202eUBND huyện\u202c \u2066tổ chức\u2069 hội nghị.'],
    [
      '100k-character single line',
      'Hội nghị tổng kết công tác năm 2023 của UBND huyện Ngọc Lặc '.repeat(1700),
    ],
    ['100k-character line without spaces', 'a'.repeat(100_000)],
    ['"Đ/c " × 50k', 'Đ/c '.repeat(50_000)],
    ['"Đồng chí " × 30k', 'Đồng chí '.repeat(30_000)],
    ['"1.1.1.1…"', '1.'.repeat(100_000)],
    ['"1,1,1,1…"', '1,'.repeat(100_000)],
    ['"(((((…"', '('.repeat(100_000)],
    ['")))))…"', ')'.repeat(100_000)],
    ['quotes', '"“”'.repeat(30_000)],
    ['dots', '.'.repeat(100_000)],
    ['ellipses', '… '.repeat(50_000)],
    ['digits', '1234567890'.repeat(10_000)],
    ['digits and percent', '5,2% '.repeat(20_000)],
    ['dates', '22/12/1944 – 22/12/2023 '.repeat(5_000)],
    ['capitalised words', 'Nguyễn Văn An '.repeat(10_000)],
    ['titles without names', 'Bí thư Huyện ủy, Chủ tịch UBND huyện, '.repeat(2_000)],
    ['tone pairs', 'hoà uỷ khoẻ '.repeat(20_000)],
    ['byline prefixes', 'Tác giả: Tin, ảnh: Ảnh: '.repeat(5_000)],
    ['many short lines', 'Tin liên quan\nThu Phương\nẢnh: X\n'.repeat(5_000)],
    ['many headings', 'Kết quả nổi bật\n'.repeat(10_000)],
    ['lines of brackets and dashes', '(QNO) - \n'.repeat(10_000)],
    ['the seed, CR only', seed.replace(/\n/g, '\r')],
    ['the seed reversed', [...seed].reverse().join('')],
  ]
  it.each(cases)('%s', (_name, input) => {
    checkParses(input)
  })

  it('handles random binary and control characters', () => {
    for (let k = 0; k < 5; k++) checkParses(randomString(20_000, k + 1, (r) => Math.floor(r * 0x10000)))
    for (let k = 0; k < 5; k++) checkParses(randomString(20_000, k + 100, (r) => Math.floor(r * 0x80)))
  })

  it('handles random mixes of Vietnamese letters, marks, punctuation and line breaks', () => {
    const alphabet =
      'aăâđeêioôơuưyAĐOUỦỦÀÁẢÃẠ\u0300\u0301\u0309\u0303\u0323 \n\r.,;:!?…"“”()-–/%0123456789\u00a0\u200b'
    for (let k = 0; k < 5; k++) {
      checkParses(randomString(30_000, k + 7, (r) => alphabet.charCodeAt(Math.floor(r * alphabet.length))))
    }
  })

  it('parses a 5 MB article (the seed repeated)', () => {
    const big = seed.repeat(Math.ceil(5_000_000 / seed.length))
    expect(big.length).toBeGreaterThanOrEqual(5_000_000)
    const article = checkParses(big)
    expect(article.title).toBe(parseArticle(seed).title)
  })

  it('parses the seed cut at every 97th position', () => {
    for (let end = 0; end < seed.length; end += 97) checkParses(seed.slice(0, end))
  })
})

describe('API misuse', () => {
  const notStrings: [string, unknown][] = [
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['text']],
    ['an object', { text: 'x' }],
    ['a Buffer', Buffer.from('x')],
    ['a String object', new String('x')],
  ]
  it.each(notStrings)('%s gets a TypeError', (_name, value) => {
    // @ts-expect-error: API misuse on purpose
    expect(() => parseArticle(value)).toThrow(TypeError)
    // @ts-expect-error: API misuse on purpose
    expect(() => parseArticle(value)).toThrow(/expected the article text as a string/)
    // @ts-expect-error: API misuse on purpose
    expect(() => segmentArticle(value)).toThrow(TypeError)
  })
})
