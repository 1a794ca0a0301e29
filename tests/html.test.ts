import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Gold, goldSchema } from '../eval/gold.js'
import { scoreArticle, summarize } from '../eval/score.js'
import { parseHtml } from '../src/html/index.js'
import { alignTextNode } from '../src/html/source-map.js'
import { parseArticle } from '../src/index.js'
import { parseWithBlocks } from '../src/parse.js'
import type { Article, Span } from '../src/schema/records.js'
import { canonicalize, normalizeText } from '../src/text/normalize.js'
import { segmentBlocks } from '../src/text/segment.js'

const dir = new URL('../fixtures/html/', import.meta.url)
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => {
    const slug = file.slice(0, -'.html'.length)
    const html = readFileSync(new URL(file, dir), 'utf8')
    const gold: Gold = goldSchema.parse(JSON.parse(readFileSync(new URL(`${slug}.gold.json`, dir), 'utf8')))
    return { slug, html, gold }
  })

/** Every span of an article, with the text its slice must show. */
function evidence(article: Article): { span: Span; shows: string }[] {
  return [
    ...article.officials.flatMap((o) => [
      { span: o.span, shows: o.name },
      ...o.mentions.map((m) => ({ span: m, shows: o.name.split(' ').at(-1) as string })),
    ]),
    ...article.metrics.map((m) => ({ span: m.span, shows: m.text })),
    ...article.rankings.map((r) => ({ span: r.span, shows: r.text })),
    ...article.awards.map((a) => ({ span: a.span, shows: a.text })),
    ...article.dates.map((d) => ({ span: d.span, shows: d.text })),
    ...article.periods.map((p) => ({ span: p.span, shows: p.text })),
    ...article.organizations.map((o) => ({ span: o.span, shows: o.text })),
    ...article.events.map((e) => ({ span: e.span, shows: '' })),
  ]
}

describe('parseHtml on the portal fixtures', () => {
  it('has three pages, each with a gold file that fits the schema', () => {
    expect(pages.map((p) => p.slug)).toEqual([
      'amp-son-la-hoi-thao-ca-phe',
      'bao-son-ha-khanh-thanh-cau',
      'portal-vinh-loc-ky-hop-hdnd',
    ])
  })

  const captions: Record<string, string[]> = {
    'amp-son-la-hoi-thao-ca-phe': ['Đại biểu tham quan gian trưng bày sản phẩm cà phê tại hội thảo.'],
    'bao-son-ha-khanh-thanh-cau': [
      'Các đại biểu cắt băng khánh thành cầu Sơn Hải.',
      'Người dân qua cầu mới trong ngày khánh thành.',
    ],
    'portal-vinh-loc-ky-hop-hdnd': [
      'Đồng chí Trịnh Minh Hải, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu khai mạc kỳ họp.',
    ],
  }
  // Menus, headers, footers, share bars, tags, related news, polls, counters and forms of the pages.
  const chrome = [
    'Trang chủ',
    'Giới thiệu',
    'Đăng nhập',
    'Chuyên mục',
    'Liên kết website',
    'Thăm dò ý kiến',
    'Thống kê truy cập',
    'Lượt xem',
    'Các tin khác',
    'Tin liên quan',
    'Tin cùng chuyên mục',
    'Đọc nhiều',
    'Từ khóa',
    'Bình luận',
    'Facebook',
    'Zalo',
    'In bài',
    'Cơ quan chủ quản',
    'Giấy phép',
    'Tìm kiếm',
    'Chào mừng kỷ niệm',
    'Lên đầu trang',
    '120 suất quà',
    'Sơn Hà đầu tư 15 công trình',
    'amp-start',
    '__VIEWSTATE',
  ]

  for (const { slug, html, gold } of pages) {
    describe(slug, () => {
      const article = parseHtml(html)
      it('reads the title, author, lead and captions the markup states', () => {
        expect(article.title).toBe(gold.title)
        expect(article.author).toBe(gold.author)
        expect(article.lead).toMatch(/^Sáng/)
        expect(article.captions).toEqual(captions[slug])
      })
      it('leaves the site chrome out of the text', () => {
        for (const text of chrome) expect(article.text).not.toContain(text)
      })
      it('gives spans that index its text', () => {
        for (const { span, shows } of evidence(article)) {
          expect(span.end).toBeLessThanOrEqual(article.text.length)
          expect(canonicalize(article.text.slice(span.start, span.end))).toContain(canonicalize(shows))
        }
      })
      it('quotes only what the page says (gold check)', () => {
        const body = canonicalize(article.text)
        const quoted = [
          gold.title,
          gold.author,
          gold.event?.organizer,
          ...gold.officials.flatMap((o) => [o.name, ...o.titles]),
          ...gold.metrics.map((m) => m.subject),
          ...gold.rankings.map((r) => r.scope),
        ]
        for (const q of quoted) if (q) expect(body).toContain(canonicalize(q))
      })
      it('reads the event as the gold says', () => {
        expect(article.event && { type: article.event.type, organizer: article.event.organizer }).toEqual(
          gold.event && { type: gold.event.type, organizer: gold.event.organizer },
        )
        expect(article.event?.date ?? null).toEqual(gold.event?.date ?? null)
      })
    })
  }

  it('scores on the gold at least as the floors measured when they were written', () => {
    // The extractors are the text path's; these floors pin what the HTML path gives them.
    const tallies = pages.map(({ html, gold }) => scoreArticle(gold, parseHtml(html)))
    const total = tallies.reduce((sum, t) => {
      for (const [key, value] of Object.entries(t)) {
        const into = (sum as unknown as Record<string, Record<string, number>>)[key] as Record<string, number>
        for (const [k, v] of Object.entries(value as Record<string, number>)) into[k] = (into[k] ?? 0) + v
      }
      return sum
    })
    const scores = summarize(total)
    expect(scores['officials.f1']).toBe(1)
    expect(scores['metrics.precision']).toBe(1)
    expect(scores['metrics.recall']).toBeGreaterThanOrEqual(0.94)
    expect(scores['rankings.f1']).toBe(1)
    expect(scores['awards.f1']).toBe(1)
    expect(scores.title).toBe(1)
    expect(scores.author).toBe(1)
    expect(scores.eventType).toBe(1)
    expect(scores.eventOrganizer).toBe(1)
    expect(scores.eventDate).toBe(1)
  })
})

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
const LEAD =
  'Sáng 5/2, UBND huyện Ngọc Lặc tổ chức hội nghị tổng kết công tác năm 2023 với sự tham dự của đông đảo đại biểu.'

describe('the text parseHtml builds', () => {
  it('decodes entities, joins inline tags without breaking words, and collapses whitespace', () => {
    const a = parseHtml(
      page(`<article><h1>Ngọc L&#7863;c tổng kết năm 2023</h1>
        <p>UBND huyện  Ngọc&nbsp;Lặc &amp; Huyện <b>ủy</b> tổ chức hội nghị tổng kết Hu<span>yện</span>
        ủy năm 2023 tại hội trường lớn của huyện.</p></article>`),
    )
    expect(a.text).toBe(
      'Ngọc Lặc tổng kết năm 2023\nUBND huyện Ngọc Lặc & Huyện ủy tổ chức hội nghị tổng kết Huyện ủy năm 2023 tại hội trường lớn của huyện.',
    )
  })

  it('turns <br> into a line break and puts each block on its own line', () => {
    const a = parseHtml(
      page(`<article><h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p>
        <ul><li>Mục một của danh sách</li><li>Mục hai</li></ul><p>Dòng một<br/>Dòng hai<br><br>Dòng ba</p>
        <table><tr><td>Xã A</td><td>120 hộ</td></tr></table></article>`),
    )
    expect(a.text.split('\n')).toEqual([
      'Ngọc Lặc tổng kết năm 2023',
      LEAD,
      'Mục một của danh sách',
      'Mục hai',
      'Dòng một',
      'Dòng hai',
      'Dòng ba',
      'Xã A\t120 hộ',
    ])
  })

  it('drops nav, header, footer, aside, script, style, noscript, forms, hidden parts, share and related widgets', () => {
    const a = parseHtml(
      page(`<header><div>Cổng thông tin điện tử</div><nav>Trang chủ | Tin tức</nav></header>
        <aside>Liên kết website</aside><script>var x = "Tin tức";</script><style>p{color:red}</style>
        <main><article><h1>Ngọc Lặc tổng kết năm 2023</h1>
          <div class="share-buttons">Chia sẻ Facebook</div><noscript>Bật JavaScript</noscript>
          <p>${LEAD}</p><p hidden>Ẩn một</p><p style="display: none">Ẩn hai</p><p aria-hidden="true">Ẩn ba</p>
          <form><input value="Tìm"><span>Tìm kiếm</span></form>
          <div class="box-tin-lien-quan"><h3>Tin liên quan</h3><a>Tin khác về Ngọc Lặc</a></div>
          <div class="article-tags">Từ khóa: Ngọc Lặc</div>
        </article></main><footer>Bản quyền thuộc UBND huyện</footer>`),
    )
    expect(a.text).toBe(`Ngọc Lặc tổng kết năm 2023\n${LEAD}`)
  })

  it('reads a page whose whole body is one ASP.NET form', () => {
    const a = parseHtml(
      page(`<form id="Form"><div class="menu">Trang chủ</div><div class="news-content">
        <h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p><p>${LEAD}</p></div></form>`),
    )
    expect(a.title).toBe('Ngọc Lặc tổng kết năm 2023')
    expect(a.text).not.toContain('Trang chủ')
  })

  it('takes the body from [itemprop=articleBody] or a CMS container, and the headline around it', () => {
    const a = parseHtml(
      page(`<div class="wrap"><h1 class="logo">Báo Điện Tử Tỉnh</h1>
        <div class="teasers"><article><h2>Tin vắn một</h2><p>Ngắn.</p></article></div>
        <div class="detail"><h1 class="detail-title">Khánh thành cầu Sơn Hải</h1><div class="date">12/5/2024</div>
        <div itemprop="articleBody"><p>${LEAD}</p><p>Dự lễ có ông Đặng Văn Minh, Phó Chủ tịch UBND tỉnh.</p></div></div></div>`),
    )
    expect(a.title).toBe('Khánh thành cầu Sơn Hải')
    expect(a.text).not.toContain('Báo Điện Tử Tỉnh')
    expect(a.text).not.toContain('Tin vắn một')
    expect(a.text).not.toContain('12/5/2024')
  })

  it('says when no container was found and reads the page body instead', () => {
    const a = parseHtml(
      page(`<nav>Trang chủ</nav><div><h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p></div>`),
    )
    expect(a.diagnostics.map((d) => d.code)).toEqual(['html-no-article-container'])
    expect(a.title).toBe('Ngọc Lặc tokng kết năm 2023'.replace('tokng', 'tổng'))
    expect(a.text).not.toContain('Trang chủ')
  })
})

describe('blocks from markup win over the line heuristics', () => {
  it('the h1 is the title even when it is too short for the heuristics', () => {
    const lead = `${LEAD} Đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ dự và chỉ đạo hội nghị.`
    expect(parseArticle(`Chúc Tết\n${lead}`).title).toBeNull()
    const a = parseHtml(page(`<article><h1>Chúc Tết</h1><p>${lead}</p></article>`))
    expect(a.title).toBe('Chúc Tết')
    expect(a.lead).toBe(lead)
  })

  it('a figcaption is a caption, however long, and not the lead', () => {
    const caption =
      'Đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ quốc phòng, an ninh năm 2023 tại hội nghị.'
    const a = parseHtml(
      page(`<article><h1>Ngọc Lặc tổng kết năm 2023</h1><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure>
        <p>${LEAD}</p></article>`),
    )
    expect(a.captions).toEqual([caption])
    expect(a.lead).toBe(LEAD)
  })

  it('captions from caption classes, image tables, and emphasised or centred lines under a photo', () => {
    const a = parseHtml(
      page(`<div class="detail-content"><h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p>
        <div class="PhotoCMS_Caption"><p>Một: toàn cảnh hội nghị</p></div>
        <table class="image"><tr><td><img src="b.jpg"></td></tr><tr><td>Hai: các đại biểu dự hội nghị</td></tr></table>
        <p><img src="c.jpg"></p><p><em>Ba: đại biểu phát biểu</em></p>
        <p style="text-align:center"><img src="d.jpg"></p><p style="text-align: center;">Bốn: trao giấy khen</p>
        <p><em>Không phải chú thích vì không có ảnh ngay trước đoạn này.</em></p></div>`),
    )
    expect(a.captions).toEqual([
      'Một: toàn cảnh hội nghị',
      'Hai: các đại biểu dự hội nghị',
      'Ba: đại biểu phát biểu',
      'Bốn: trao giấy khen',
    ])
  })

  it('keeps a photo credit apart from its caption, and a source tag apart from the sapo', () => {
    const a = parseHtml(
      page(`<article><h1>Khánh thành cầu Sơn Hải</h1><h2 class="sapo">(QNg) - ${LEAD}</h2>
        <div class="article-body"><figure><img src="a.jpg"><figcaption>Cắt băng khánh thành. Ảnh: THANH HÀ</figcaption></figure>
        <p>${LEAD}</p></div></article>`),
    )
    expect(a.lead).toBe(LEAD)
    expect(a.captions).toEqual(['Cắt băng khánh thành.'])
    expect(a.author).toBeNull()
  })

  it('the sapo is the lead even when the heuristics would pick another line', () => {
    const a = parseHtml(
      page(`<article><h1>Khánh thành cầu Sơn Hải</h1><div class="news-content">
        <p>Theo kế hoạch, công trình được đưa vào sử dụng trước mùa mưa năm nay để phục vụ người dân.</p></div>
        <div class="detail-sapo">Cầu Sơn Hải nối hai xã vùng cao.</div></article>`),
    )
    expect(a.lead).toBe('Cầu Sơn Hải nối hai xã vùng cao.')
  })
})

describe('title and author from metadata', () => {
  it('takes og:title when the page has no headline element, and says so with the span of the title', () => {
    const a = parseHtml(
      page(
        `<article><p>${LEAD}</p></article>`,
        '<meta property="og:title" content="Ngọc Lặc &amp; năm 2023">',
      ),
    )
    expect(a.title).toBe('Ngọc Lặc & năm 2023')
    const diagnostic = a.diagnostics.find((d) => d.code === 'html-title-from-meta')
    expect(diagnostic?.span && a.text.slice(diagnostic.span.start, diagnostic.span.end)).toBe(
      'Ngọc Lặc & năm 2023',
    )
  })

  it('takes <title> without the site name when there is nothing else', () => {
    const a = parseHtml(
      page(
        `<article><p>${LEAD}</p></article>`,
        '<title>Ngọc Lặc tổng kết năm 2023 - Cổng TTĐT huyện Ngọc Lặc</title>',
      ),
    )
    expect(a.title).toBe('Ngọc Lặc tổng kết năm 2023')
  })

  it('reads byline markup, inline or not', () => {
    const a = parseHtml(
      page(
        `<article><h1>Ngọc Lặc tổng kết năm 2023</h1><div class="meta"><span class="author">Minh Phương</span> | 25/12/2023</div><p>${LEAD}</p></article>`,
      ),
    )
    expect(a.author).toBe('Minh Phương')
    const b = parseHtml(
      page(
        `<article><h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p><footer><p class="tacgia">Tác giả: Hải Yến</p></footer></article>`,
      ),
    )
    expect(b.author).toBe('Hải Yến')
  })

  it('falls back to meta author or JSON-LD, never to an outlet name', () => {
    const body = `<article><h1>Ngọc Lặc tổng kết năm 2023</h1><p>${LEAD}</p></article>`
    expect(parseHtml(page(body, '<meta name="author" content="Minh Phương">')).author).toBe('Minh Phương')
    expect(parseHtml(page(body, '<meta name="author" content="Báo Thanh Hóa">')).author).toBeNull()
    expect(parseHtml(page(body, '<meta name="author" content="Cổng TTĐT huyện Ngọc Lặc">')).author).toBeNull()
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Hải Yến"}]}</script>'
    expect(parseHtml(page(body, ld)).author).toBe('Hải Yến')
    expect(parseHtml(page(body, '<script type="application/ld+json">{ broken</script>')).author).toBeNull()
  })
})

describe('the publication time', () => {
  const html = page(
    '<article><h1>Ngọc Lặc tổng kết năm 2023</h1><p>Hôm qua, UBND huyện Ngọc Lặc tổ chức hội nghị tổng kết công tác năm 2023.</p></article>',
    '<meta property="article:published_time" content="2023-12-26T08:00:00+07:00">',
  )
  it('is returned as stated and resolves relative dates by default', () => {
    const a = parseHtml(html)
    expect(a.published).toBe('2023-12-26T08:00:00+07:00')
    expect(a.dates[0]).toMatchObject({ relative: 'Hôm qua', day: 25, month: 12, year: 2023, inferred: true })
  })
  it('is not used with usePublishedDate: false, and an explicit referenceDate wins', () => {
    expect(parseHtml(html, { usePublishedDate: false }).dates[0]).toMatchObject({
      day: null,
      inferred: false,
    })
    expect(parseHtml(html, { referenceDate: new Date('2024-03-10') }).dates[0]).toMatchObject({
      day: 9,
      month: 3,
    })
  })
})

describe('the seed article as a page', () => {
  const seed = readFileSync(
    new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
    'utf8',
  )
  const lines = seed.split('\n').map((l) => l.trim())
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const paragraph = (l: string) =>
    l === 'Toàn cảnh hội nghị' || l.startsWith('Các tập thể, cá nhân được khen thưởng')
      ? `<figure><img src="x.jpg"><figcaption>${escapeHtml(l)}</figcaption></figure>`
      : `<p>${escapeHtml(l)}</p>`
  const body = lines.slice(1, lines.indexOf('Tác giả: Minh Phương')).filter(Boolean).map(paragraph).join('\n')
  const html = page(
    `<nav><a>Trang chủ</a></nav><div class="news-detail"><h1>${lines[0]}</h1><div class="detail-content">${body}
     <p class="author">Tác giả: Minh Phương</p></div><div class="tin-lien-quan">Tin liên quan</div></div>`,
  )
  it('gives the same records as the text', () => {
    const fromText = parseArticle(seed)
    const fromHtml = parseHtml(html)
    const strip = (a: Article) =>
      JSON.parse(
        JSON.stringify({ ...a, diagnostics: [] }, (k, v) =>
          k === 'span' || k === 'mentions' ? undefined : v,
        ),
      )
    const { text: _text, published: _published, ...article } = fromHtml
    expect(strip(article)).toEqual(strip(fromText))
  })
})

describe('parseWithBlocks', () => {
  it('is what parseArticle runs after segmentation', () => {
    const seed = readFileSync(
      new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
      'utf8',
    )
    const text = normalizeText(seed)
    expect(parseWithBlocks(text, segmentBlocks(text.match))).toEqual(parseArticle(seed))
  })
})

describe('source offsets of text nodes', () => {
  it('align decoded entities and CRLF with the source', () => {
    const source = '<p>A&amp;B&#7863;\r\nC&nbsp;D</p>'
    const value = 'A&Bặ\nC\u00a0D'
    const map = alignTextNode(value, source, 3, source.length - 4)
    const at = (i: number) => source.slice(map.starts[i], map.ends[i])
    expect([...value].map((_, i) => at(i))).toEqual([
      'A',
      '&amp;',
      'B',
      '&#7863;',
      '\r\n',
      'C',
      '&nbsp;',
      'D',
    ])
  })
  it('map an astral character from one reference to both its code units', () => {
    const source = 'x&#x1F600;y'
    const map = alignTextNode('x😀y', source, 0, source.length)
    expect([map.starts[1], map.ends[1], map.starts[2], map.ends[2], map.starts[3]]).toEqual([
      1, 10, 1, 10, 10,
    ])
  })
})

describe('robustness', () => {
  it('throws only on API misuse', () => {
    // @ts-expect-error: API misuse on purpose
    expect(() => parseHtml(42)).toThrow(/parseHtml: expected the page as a string of HTML, got a number/)
    expect(() => parseHtml('<p>x</p>', { referenceDate: new Date('nope') })).toThrow(TypeError)
  })
  it('never throws on junk, and keeps its spans inside its text', () => {
    const junk = [
      '',
      '<',
      '<<<>>>',
      '</p></div>',
      'chỉ là văn bản, không có thẻ',
      '<html><body></body></html>',
      '<h1></h1><figcaption></figcaption>',
      '<p>&#0;&#xD800;&bogus; &amp</p>',
      `<div>${'<div>'.repeat(3000)}Sáng 5/2, UBND huyện tổ chức hội nghị, tăng 5%.${'</div>'.repeat(3000)}</div>`,
      `<p>${'Hội nghị tăng 5% '.repeat(100)}</p>`,
      `${'<blockquote><p>'.repeat(20000)}Sáng 5/2, UBND huyện tổ chức hội nghị.`,
      `<table>${'<tr><td><img></td><td>x</td></tr>'.repeat(500)}</table>`,
    ]
    for (const html of junk) {
      const a = parseHtml(html)
      for (const { span } of evidence(a)) expect(span.end).toBeLessThanOrEqual(a.text.length)
    }
    expect(parseHtml('').diagnostics.map((d) => d.code)).toContain('html-no-text')
  })
  it('reads a page nested too deep for the parser, and says so', () => {
    const deep = `${'<div class="x">'.repeat(20000)}<p>Sáng 5/2, UBND huyện tổ chức hội nghị.</p>`
    const a = parseHtml(deep)
    expect(a.diagnostics.map((d) => d.code)).toContain('html-too-deep')
    expect(a.text).toBe('Sáng 5/2, UBND huyện tổ chức hội nghị.')
  })
})

describe('the site name is not the headline', () => {
  it('skips an h1 in the page header when the body is the whole page', () => {
    const a = parseHtml(
      page(`<header><h1>Cổng thông tin điện tử huyện Ngọc Lặc</h1></header>
        <div id="header"><h1>Huyện Ngọc Lặc</h1></div>
        <div><h2 class="title-news">Ngọc Lặc tổng kết năm 2023</h2><p>${LEAD}</p></div>`),
    )
    expect(a.title).toBe('Ngọc Lặc tổng kết năm 2023')
  })
  it('keeps an h1 in an article header', () => {
    const b = parseHtml(
      page(
        `<div class="article-header"><h1>Ngọc Lặc tổng kết năm 2023</h1></div><div class="detail-content"><p>${LEAD}</p></div>`,
      ),
    )
    expect(b.title).toBe('Ngọc Lặc tổng kết năm 2023')
    const a = parseHtml(
      page(`<article><header><h1>Ngọc Lặc tổng kết năm 2023</h1></header><p>${LEAD}</p></article>`),
    )
    expect(a.title).toBe('Ngọc Lặc tổng kết năm 2023')
  })
})
