import { describe, expect, it } from 'vitest'
import { findDocumentNumbers } from '../src/recognizers/document-number.js'
import { foldForMatching } from '../src/text/normalize.js'

const find = (text: string) => findDocumentNumbers(foldForMatching(text))

const POSITIVES: [string, string, string][] = [
  ['163/QĐ-UBND', '163', 'QĐ-UBND'],
  ['1632/QĐ-UBND', '1632', 'QĐ-UBND'],
  ['03-CT/TW', '03', 'CT/TW'],
  ['15-NQ/TU', '15', 'NQ/TU'],
  ['45-KL/TW', '45', 'KL/TW'],
  ['100/2019/NĐ-CP', '100', '2019/NĐ-CP'],
  ['09/2023/TT-BGDĐT', '09', '2023/TT-BGDĐT'],
  ['2345/UBND-KT', '2345', 'UBND-KT'],
  ['12/KH-UBND', '12', 'KH-UBND'],
  ['01/NQ-HĐND', '01', 'NQ-HĐND'],
]

const NEGATIVES = ['5-7%', '10/3/2023', '126.622/126.989', 'Covid-19', '43/43 xã', 'F0', '2021-2025']

describe('findDocumentNumbers', () => {
  it.each(POSITIVES)('%s', (text, number, code) => {
    const found = find(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ start: 0, end: text.length, number, code })
  })
  it.each(NEGATIVES)('%s is not a document number', (text) => {
    expect(find(text)).toEqual([])
  })
  it('finds the number inside a sentence, without "số"', () => {
    const text = 'theo Quyết định số 1632/QĐ-UBND ngày 22/5/2020'
    const [found] = find(text)
    expect(text.slice(found?.start, found?.end)).toBe('1632/QĐ-UBND')
  })
})
