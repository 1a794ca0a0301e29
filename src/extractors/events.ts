import type { Doc } from '../document.js'
import type { Event } from '../schema/records.js'

export function extractEvents(_doc: Doc): Event[] {
  return [] // not implemented yet
}
