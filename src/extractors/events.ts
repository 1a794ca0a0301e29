import type { Doc } from '../document.js'
import type { DateMention, Event, Official, Organization, Period } from '../schema/records.js'

export interface EventContext {
  officials: readonly Official[]
  organizations: readonly Organization[]
  dates: readonly DateMention[]
  periods: readonly Period[]
}

export function extractEvents(_doc: Doc, _context: EventContext): Event[] {
  return [] // not implemented yet
}
