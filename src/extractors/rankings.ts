import type { Doc } from '../document.js'
import type { Ranking } from '../schema/records.js'

export function extractRankings(_doc: Doc): Ranking[] {
  return [] // not implemented yet
}
