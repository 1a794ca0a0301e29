import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../eval/gold.js'
import { scoreCorpus } from '../eval/run.js'

// Floors only rise: lowering one needs a reason in the commit message.
const floors: Record<'dev' | 'holdout', Record<string, number>> = JSON.parse(
  readFileSync(new URL('../fixtures/floors.json', import.meta.url), 'utf8'),
)

describe('scores on the fixture corpus', () => {
  const result = scoreCorpus(loadCorpus())
  for (const group of ['dev', 'holdout'] as const) {
    for (const [name, floor] of Object.entries(floors[group])) {
      it(`${group} ${name} >= ${floor}`, () => {
        expect(result[group].scores[name]).toBeGreaterThanOrEqual(floor)
      })
    }
  }
})
