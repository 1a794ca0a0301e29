import type { Doc } from '../document.js'
import type { Award, Organization } from '../schema/records.js'

export function extractAwards(_doc: Doc, _organizations: readonly Organization[]): Award[] {
  return [] // not implemented yet
}
