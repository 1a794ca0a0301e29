import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalize, foldForMatching, normalizeText } from '../src/text/normalize.js'
import { foldToneMarks } from '../src/text/tone.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

describe('tone-mark placement folding', () => {
  // [as written, matching view]
  const folded: [string, string][] = [
    ['hoà', 'hòa'],
    ['Hoà', 'Hòa'],
    ['HOÀ', 'HÒA'],
    ['hoá', 'hóa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['toà án', 'tòa án'],
    ['thoả thuận', 'thỏa thuận'],
    ['uỷ', 'ủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['Huyện uỷ', 'Huyện ủy'],
    ['thuỷ lợi', 'thủy lợi'],
    ['tuỳ', 'tùy'],
    ['luỹ kế', 'lũy kế'],
    ['khoẻ', 'khỏe'],
    ['Khoẻ', 'Khỏe'],
    ['khoè', 'khòe'],
    ['xoè', 'xòe'],
    ['loé', 'lóe'],
    ['hoà bình, thuỷ sản, khoẻ mạnh', 'hòa bình, thủy sản, khỏe mạnh'],
    ['hoà.', 'hòa.'],
    ['(uỷ)', '(ủy)'],
  ]
  it.each(folded)('%s → %s', (written, matching) => {
    expect(foldToneMarks(written)).toBe(matching)
    expect(foldToneMarks(written).length).toBe(written.length)
  })

  // Same in both styles: a final consonant or vowel follows, or "qu" is the consonant.
  const unchanged = [
    'quý',
    'Quý',
    'QUÝ',
    'quỳ',
    'quỷ',
    'Quỳnh',
    'hoàn',
    'Hoàng',
    'toàn',
    'ngoài',
    'khoảng',
    'thuyết',
    'khuỷu',
    'Nguyễn',
    'tuyên',
    'hòa',
    'ủy',
    'khỏe',
    'quà',
    'của',
    'thuở',
  ]
  it.each(unchanged)('%s stays', (word) => {
    expect(foldToneMarks(word)).toBe(word)
  })
})

describe('normalizeText', () => {
  // [input, display, match]
  const table: [string, string, string, string][] = [
    ['CRLF', 'a\r\nb', 'a\nb', 'a\nb'],
    ['lone CR', 'a\rb', 'a\nb', 'a\nb'],
    ['line and paragraph separators', 'a\u2028b\u2029c\u0085d', 'a\nb\nc\nd', 'a\nb\nc\nd'],
    ['NBSP and other spaces', 'Ngọc\u00a0Lặc\u2009huyện\u3000x', 'Ngọc Lặc huyện x', 'Ngọc Lặc huyện x'],
    ['zero-width space between words', 'nhân\u200bdân', 'nhân dân', 'nhân dân'],
    ['zero-width space at a boundary', 'nhân \u200bdân\u200b', 'nhân dân', 'nhân dân'],
    ['soft hyphen', 'Ngọc\u00adLặc', 'NgọcLặc', 'NgọcLặc'],
    ['BOM and bidi marks', '\ufeffHội\u200e nghị\u202c', 'Hội nghị', 'Hội nghị'],
    ['word joiner', 'a\u2060b', 'ab', 'ab'],
    ['smart double quotes', '“Xây dựng”', '“Xây dựng”', '"Xây dựng"'],
    ['guillemets', '«Xây dựng»', '«Xây dựng»', '"Xây dựng"'],
    ['smart single quotes', '‘tốt’', '‘tốt’', "'tốt'"],
    ['en dash', 'Quốc phòng – An ninh', 'Quốc phòng – An ninh', 'Quốc phòng - An ninh'],
    ['em dash', '2020—2025', '2020—2025', '2020-2025'],
    ['minus and hyphen', '\u22125\u20105', '\u22125\u20105', '-5-5'],
    ['full-width digits', '２０２３ ５％', '２０２３ ５％', '2023 5%'],
    ['eth for Đ', '\u00d0ồng chí \u00f0ồng', '\u00d0ồng chí \u00f0ồng', 'Đồng chí đồng'],
    [
      'tone style',
      'Uỷ ban nhân dân tỉnh Thanh Hoá',
      'Uỷ ban nhân dân tỉnh Thanh Hoá',
      'Ủy ban nhân dân tỉnh Thanh Hóa',
    ],
    ['NFD', 'Ngọc Lặc'.normalize('NFD'), 'Ngọc Lặc', 'Ngọc Lặc'],
    ['NFD with new tone style', 'hoà thuỷ'.normalize('NFD'), 'hoà thuỷ', 'hòa thủy'],
    ['empty', '', '', ''],
  ]
  it.each(table)('%s', (_name, input, display, match) => {
    const text = normalizeText(input)
    expect(text.display).toBe(display)
    expect(text.match).toBe(match)
    expect(text.match.length).toBe(text.display.length)
  })

  it('keeps clean NFC input as it is, with the identity offset map', () => {
    const clean = 'Ngọc Lặc tổng kết năm 2023.\nHội nghị.'
    const text = normalizeText(clean)
    expect(text.display).toBe(clean)
    expect(text.toSpan(5, 9)).toEqual({ start: 5, end: 9 })
    expect(text.toSpan(0, clean.length)).toEqual({ start: 0, end: clean.length })
  })

  // [input, the display substring, the original substring its span must slice]
  const spans: [string, string, string, string][] = [
    ['NFD', 'Ngọc Lặc tổng kết'.normalize('NFD'), 'tổng', 'tổng'.normalize('NFD')],
    ['CRLF before', 'a\r\nb\r\nHội nghị', 'Hội nghị', 'Hội nghị'],
    ['CRLF inside', 'Hội\r\nnghị', 'Hội\nnghị', 'Hội\r\nnghị'],
    ['NBSP inside', 'Ngọc\u00a0Lặc', 'Ngọc Lặc', 'Ngọc\u00a0Lặc'],
    ['soft hyphen inside', 'Ngọc\u00adLặc', 'NgọcLặc', 'Ngọc\u00adLặc'],
    ['zero width before', '\u200b\u200bHội nghị', 'Hội', 'Hội'],
    [
      'mixed',
      '\ufeffUBND\u00a0huyện\r\nNgọc Lặc tổ chức'.normalize('NFD'),
      'Ngọc Lặc',
      'Ngọc Lặc'.normalize('NFD'),
    ],
    ['tone style kept', 'Huyện uỷ Ngọc Lặc'.normalize('NFD'), 'Huyện uỷ', 'Huyện uỷ'.normalize('NFD')],
    ['decomposed then composed', 'A\u0301 \u00e1', '\u00c1 á', 'A\u0301 \u00e1'],
  ]
  it.each(spans)('maps offsets back: %s', (_name, input, displayed, original) => {
    const text = normalizeText(input)
    const at = text.display.indexOf(displayed)
    expect(at).toBeGreaterThanOrEqual(0)
    const span = text.toSpan(at, at + displayed.length)
    expect(input.slice(span.start, span.end)).toBe(original)
  })

  it('maps every word of the seed back through NFD, CRLF and NBSP', () => {
    const messy = seed
      .normalize('NFD')
      .replace(/\n/g, '\r\n')
      .replace(/ (?=\p{Lu})/gu, '\u00a0')
    const text = normalizeText(messy)
    expect(text.display).toBe(seed.normalize('NFC').replace(/\u00a0/gu, ' '))
    let words = 0
    for (const m of text.display.matchAll(/\S+/gu)) {
      const span = text.toSpan(m.index, m.index + m[0].length)
      expect(messy.slice(span.start, span.end).normalize('NFC')).toBe(m[0])
      words++
    }
    expect(words).toBeGreaterThan(500)
  })

  it('gives empty and clamped spans without throwing', () => {
    const text = normalizeText('Hội\u00a0nghị'.normalize('NFD')) // "Hội" is five code units in NFD
    expect(text.toSpan(3, 3)).toEqual({ start: 5, end: 5 })
    expect(text.toSpan(0, 1000)).toEqual({ start: 0, end: text.original.length })
    expect(text.toSpan(1000, 1000)).toEqual({ start: text.original.length, end: text.original.length })
    expect(text.toSpan(5, 2).end).toBeGreaterThanOrEqual(text.toSpan(5, 2).start)
  })

  it('keeps lone surrogates and astral characters, one for one', () => {
    const input = 'a\ud800b 😀 \udc00\u00a0c'
    const text = normalizeText(input)
    expect(text.display).toBe('a\ud800b 😀 \udc00 c')
    const at = text.display.indexOf('😀')
    expect(text.toSpan(at, at + 2)).toEqual({ start: at, end: at + 2 })
  })

  it('normalizes a 5 MB NFD article', () => {
    const big = seed.normalize('NFD').repeat(Math.ceil(5_000_000 / seed.length))
    const text = normalizeText(big)
    expect(text.display.length).toBe(text.match.length)
    expect(text.display.length).toBeLessThan(big.length)
  })
})

describe('foldForMatching and canonicalize', () => {
  it('fold one code unit for one', () => {
    const s = 'Uỷ ban “Hoà bình” – ２０２３ Ðông'
    expect(foldForMatching(s)).toBe('Ủy ban "Hòa bình" - 2023 Đông')
  })
  // pairs that compare equal
  const equal: [string, string][] = [
    ['Huyện uỷ', 'huyện ủy'],
    ['Thanh Hoá', 'THANH HÓA'],
    ['Ngọc Lặc'.normalize('NFD'), 'Ngọc  Lặc'],
    ['Quốc phòng – An ninh', 'quốc phòng - an ninh'],
    ['“Dân biết”', '"dân biết"'],
    ['Ngọc\u00a0Lặc\u00ad', 'ngọc lặc'],
    ['nhân\u200bdân', 'nhân dân'],
    ['  khoẻ  ', 'khỏe'],
  ]
  it.each(equal)('%s ≡ %s', (a, b) => {
    expect(canonicalize(a)).toBe(canonicalize(b))
  })
  it('keeps different words apart', () => {
    expect(canonicalize('quý')).not.toBe(canonicalize('qúy'))
    expect(canonicalize('hoàn')).not.toBe(canonicalize('hòan'))
  })
})
