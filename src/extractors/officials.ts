import type { Doc } from '../document.js'
import type { Official } from '../schema/records.js'

export function extractOfficials(_doc: Doc): Official[] {
  return [] // not implemented yet
}
