import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDates } from '../src/extractors/dates.js'
import { readDocument } from '../src/parse.js'
import { canonicalize } from '../src/text/normalize.js'

const extract = (input: string, referenceDate?: Date) =>
  extractDates(readDocument(input, referenceDate === undefined ? {} : { referenceDate }))

const ARTICLE = [
  'Ngọc Lặc sơ kết 6 tháng đầu năm 2024',
  '',
  'Sáng nay (9/7), UBND huyện Ngọc Lặc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.',
  '',
  'Quý II vừa qua, thu ngân sách đạt 120 tỷ đồng, tăng 12% so với cùng kỳ năm 2023. Chiều cùng ngày, đoàn công tác làm việc với xã Minh Sơn theo Quyết định số 1632/QĐ-UBND ngày 22/5/2020.',
].join('\n')

describe('extractDates', () => {
  it('takes dates and periods from content, resolving relative days when given a reference', () => {
    const { dates, periods } = extract(ARTICLE, new Date('2024-07-09'))
    expect(dates.map((d) => [d.text, d.day, d.month, d.year, d.timeOfDay, d.relative, d.inferred])).toEqual([
      ['Sáng nay (9/7)', 9, 7, 2024, 'morning', 'Sáng nay', true],
      ['Chiều cùng ngày', 9, 7, 2024, 'afternoon', 'Chiều cùng ngày', true],
      ['ngày 22/5/2020', 22, 5, 2020, null, null, false],
    ])
    expect(periods.map((p) => [p.text, p.kind, p.fromYear, p.fromMonth, p.toYear, p.toMonth])).toEqual([
      ['6 tháng đầu năm 2024', 'months', 2024, 1, 2024, 6],
      ['6 tháng đầu năm', 'months', null, 1, null, 6],
      ['6 tháng cuối năm 2024', 'months', 2024, 7, 2024, 12],
      ['Quý II', 'quarter', null, 4, null, 6],
      ['năm 2023', 'year', 2023, null, 2023, null],
    ])
  })

  it('leaves relative days partial without a reference date', () => {
    const { dates } = extract(ARTICLE)
    expect(dates[0]).toMatchObject({ day: 9, month: 7, year: null, inferred: false })
    // "cùng ngày" still takes the day of the date before it: that is context, not the reference.
    expect(dates[1]).toMatchObject({ day: 9, month: 7, year: null, inferred: true })
  })

  it('gives spans into the caller’s string, whatever its normalization', () => {
    const nfd = ARTICLE.normalize('NFD').replace(/\n/g, '\r\n')
    const { dates, periods } = extract(nfd)
    expect(dates).toHaveLength(3)
    for (const record of [...dates, ...periods]) {
      expect(canonicalize(nfd.slice(record.span.start, record.span.end))).toBe(canonicalize(record.text))
    }
  })

  it('reads no dates from site chrome', () => {
    const page = ['Trang chủ | Tin tức | Chính trị', 'Thứ Sáu, 15/12/2023 10:45', ARTICLE].join('\n')
    const { dates } = extract(page)
    expect(dates.some((d) => d.day === 15 && d.month === 12)).toBe(false)
    expect(dates).toHaveLength(3)
  })

  it('finds the seed article’s periods and no dates in it', () => {
    const seed = readFileSync(
      new URL('../fixtures/articles/seed-ngoc-lac-quoc-phong-an-ninh.txt', import.meta.url),
      'utf8',
    )
    const { dates, periods } = extract(seed)
    expect(dates).toEqual([])
    expect(new Set(periods.map((p) => p.text))).toEqual(
      new Set(['năm 2023', 'năm 2024', 'năm 2022', 'Năm 2023']),
    )
    expect(periods.every((p) => p.kind === 'year')).toBe(true)
    for (const p of periods) expect(seed.slice(p.span.start, p.span.end)).toBe(p.text)
  })
})
