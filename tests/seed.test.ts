// The article the project started from, end to end, field by field (issue 2 pins these values).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleSchema, type Metric, parseArticle, type Span } from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)
const slice = (span: Span) => seed.slice(span.start, span.end)

describe('the seed article', () => {
  const article = parseArticle(seed)

  it('is a valid Article', () => {
    expect(() => articleSchema.parse(article)).not.toThrow()
    expect(article.schemaVersion).toBe(1)
  })

  it('reads the headline, byline and captions', () => {
    expect(article.title).toBe('Ngọc Lặc tổng kết công tác Quốc phòng – An ninh năm 2023')
    expect(article.author).toBe('Minh Phương')
    expect(article.captions).toEqual([
      'Toàn cảnh hội nghị',
      'Các tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc trong thực hiện nhiệm vụ công tác Quốc phòng – An ninh năm 2023',
    ])
    expect(article.lead).toMatch(/^UBND huyện Ngọc Lặc vừa tổ chức Hội nghị tổng kết/)
  })

  it('keeps site chrome out of every record and out of the lead', () => {
    const json = JSON.stringify({ ...article, diagnostics: [] })
    for (const chrome of ['Tin liên quan', 'Thăm dò ý kiến', 'noData', 'Không có dữ liệu']) {
      expect(json).not.toContain(chrome)
    }
  })

  it('finds the conference, its organizer and no date', () => {
    const event = article.event
    expect(event).not.toBeNull()
    expect(event?.type).toBe('hội nghị')
    expect(event?.organizer).toBe('UBND huyện Ngọc Lặc')
    expect(event?.name).toMatch(
      /^Hội nghị tổng kết công tác xây dựng cơ sở và thực hiện Quy chế dân chủ năm 2023/,
    )
    expect(event?.date).toBeNull()
    expect(event?.chair).toBeNull()
    expect(slice(event?.span as Span)).toBe(event?.name)
  })

  it('names exactly one official: the district party secretary', () => {
    expect(article.officials).toHaveLength(1)
    const [official] = article.officials
    expect(official?.name).toBe('Phạm Tiến Dũng')
    expect(official?.honorific).toBe('đồng chí')
    expect(official?.titles).toEqual(['Bí thư Huyện uỷ'])
    expect(official?.rank).toBeNull()
    expect(slice(official?.span as Span)).toBe('đồng chí Phạm Tiến Dũng, Bí thư Huyện uỷ')
  })

  it('reads one metric, with its direction, hedge, subject and basis', () => {
    expect(article.metrics).toHaveLength(1)
    expect(article.metrics[0]).toMatchObject({
      text: 'tăng hơn 5%',
      value: 5,
      unit: '%',
      normalized: { value: 5, unit: '%' },
      direction: 'increase',
      approx: 'more_than',
      subject: 'tốc độ giá trị sản xuất',
      comparedTo: 'cùng kỳ năm 2022',
    })
    expect(slice((article.metrics[0] as Metric).span)).toBe('tăng hơn 5%')
  })

  it('reads the two rankings', () => {
    expect(article.rankings.map((r) => [r.rank, r.scope])).toEqual([
      [1, 'các huyện miền núi'],
      [7, 'toàn tỉnh'],
    ])
  })

  it('reads the award, its issuer and its counts', () => {
    expect(article.awards).toHaveLength(1)
    expect(article.awards[0]).toMatchObject({
      award: 'Giấy khen',
      issuer: 'Huyện ủy, UBND huyện Ngọc Lặc',
      collectives: 14,
      individuals: 26,
      total: 40,
    })
  })

  it('gives every record a span whose slice is its evidence', () => {
    for (const m of article.metrics) expect(slice(m.span)).toBe(m.text)
    for (const r of article.rankings) expect(slice(r.span)).toBe(r.text)
    for (const a of article.awards) expect(slice(a.span)).toBe(a.text)
    for (const o of article.organizations) expect(slice(o.span)).toBe(o.text)
    for (const d of article.dates) expect(slice(d.span)).toBe(d.text)
    for (const p of article.periods) expect(slice(p.span)).toBe(p.text)
    for (const o of article.officials) {
      for (const mention of o.mentions) expect(slice(mention)).toContain(o.name.split(' ').at(-1))
    }
    expect(slice(article.awards[0]?.span as Span)).toContain('14 tập thể và 26 cá nhân')
  })
})
