import type { Doc } from '../document.js'
import type { DateMention, Period } from '../schema/records.js'

export function extractDates(_doc: Doc): { dates: DateMention[]; periods: Period[] } {
  return { dates: [], periods: [] } // not implemented yet
}
