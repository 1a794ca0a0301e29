import type { Doc } from '../document.js'
import type { Award } from '../schema/records.js'

export function extractAwards(_doc: Doc): Award[] {
  return [] // not implemented yet
}
