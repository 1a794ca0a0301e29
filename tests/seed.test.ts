import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const seed = readFileSync(
  new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
  'utf8',
)

describe('the seed article', () => {
  const article = parseArticle(seed)
  it('reads the headline, byline and captions', () => {
    expect(article.title).toBe('Ngọc Lặc tổng kết công tác Quốc phòng – An ninh năm 2023')
    expect(article.author).toBe('Minh Phương')
    expect(article.captions[0]).toBe('Toàn cảnh hội nghị')
    expect(article.captions[1]).toMatch(/^Các tập thể, cá nhân được khen thưởng/)
  })
  it('keeps site chrome out of every record', () => {
    const json = JSON.stringify({ ...article, diagnostics: [] })
    for (const chrome of ['Tin liên quan', 'Thăm dò ý kiến', 'noData', 'Không có dữ liệu']) {
      expect(json).not.toContain(chrome)
    }
  })
})
