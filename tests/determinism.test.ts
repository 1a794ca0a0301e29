// The module keeps small caches (word starts of the last texts, memos of lexicon spellings): they
// must never change a result. Parsing the fixtures in one order and then in the reverse order must
// give the same Articles.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

const dir = new URL('../fixtures/articles/', import.meta.url)
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))

describe('parseArticle is deterministic', () => {
  it('gives the same Article whatever was parsed before', () => {
    const forward = texts.map((t) => JSON.stringify(parseArticle(t)))
    const backward = [...texts]
      .reverse()
      .map((t) => JSON.stringify(parseArticle(t)))
      .reverse()
    expect(backward).toEqual(forward)
    // and the same text twice in a row (a cache hit) as once
    expect(JSON.stringify(parseArticle(texts[0] as string))).toBe(forward[0])
  })
})
