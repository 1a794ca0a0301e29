import type { Doc } from '../document.js'
import type { Official, Organization } from '../schema/records.js'

export function extractOfficials(_doc: Doc, _organizations: readonly Organization[]): Official[] {
  return [] // not implemented yet
}
