import type { Doc } from '../document.js'
import type { Organization } from '../schema/records.js'

export function extractOrganizations(_doc: Doc): Organization[] {
  return [] // not implemented yet
}
