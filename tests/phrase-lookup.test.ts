import { describe, expect, it } from 'vitest'
import { phraseEnding, phraseFirst, phraseInClause, phraseSet } from '../src/recognizers/phrase-lookup.js'
import { alternation } from '../src/text/pattern.js'
import { alternationTrie } from '../src/text/phrase-trie.js'

const VERBS = phraseSet(['tổ chức', 'long trọng tổ chức', 'trao', 'trao tặng', 'đề nghị'])

describe('phraseEnding', () => {
  it.each([
    ['UBND huyện vừa tổ chức ', 'tổ chức'],
    ['Hội Nông dân huyện long trọng tổ chức ', 'long trọng tổ chức'],
    ['Nhân dịp này, UBND tỉnh trao tặng  ', 'trao tặng'],
    ['Ban Tổ chức ', 'Tổ chức'],
    ['(tổ chức ', 'tổ chức'],
  ])('%s', (text, phrase) => {
    const at = phraseEnding(text, VERBS)
    expect(text.slice(at).trimEnd()).toBe(phrase)
  })
  it.each(['UBND huyện tổ chức', 'đã tổ chức 25 ', 'không có gì ', 'bàn giao '])('none: %s', (text) => {
    expect(phraseEnding(text, VERBS)).toBe(-1)
  })
  it('may end the text with no space after', () => {
    expect(phraseEnding('UBND huyện tổ chức', VERBS, false)).toBe(11)
  })
})

describe('phraseFirst', () => {
  it('finds the first phrase, the longest at its start', () => {
    const text = 'Công an tỉnh được Bộ trưởng trao tặng Bằng khen'
    const found = phraseFirst(text, VERBS)
    expect(found && text.slice(found.start, found.end)).toBe('trao tặng')
  })
  it('reads whole words only, and words of a phrase apart by spaces only', () => {
    expect(phraseFirst('bàn giao, tổ, chức năng', VERBS)).toBeNull()
  })
  it('starts where it is told', () => {
    const text = 'tổ chức rồi trao'
    const found = phraseFirst(text, VERBS, 3)
    expect(found && text.slice(found.start, found.end)).toBe('trao')
  })
})

describe('phraseInClause', () => {
  it('looks after the last delimiter within reach', () => {
    expect(phraseInClause('đề nghị tặng, UBND huyện ', VERBS, 60)).toBe(false)
    expect(phraseInClause('Theo đó, UBND huyện đề nghị ', VERBS, 60)).toBe(true)
    expect(phraseInClause('đề nghị UBND huyện và các đơn vị liên quan ', VERBS, 20)).toBe(false)
  })
})

describe('alternationTrie', () => {
  const list = ['hội nghị', 'hội thảo', 'hội', 'đại hội', 'Lễ khánh thành', 'lễ']
  const trie = new RegExp(`^(?:${alternationTrie(list, 'iu')})$`, 'iu')
  const flat = new RegExp(`^(?:${alternation(list)})$`, 'iu')
  it.each(['hội nghị', 'hội', 'hội  thảo', 'đại hội', 'lễ khánh thành', 'Lễ', 'hội thi', 'đại', 'lễ khánh'])(
    'matches as the flat alternation: %s',
    (text) => {
      expect(trie.test(text)).toBe(flat.test(text))
    },
  )
})
