import type { Doc } from '../document.js'
import type { Metric } from '../schema/records.js'

export function extractMetrics(_doc: Doc): Metric[] {
  return [] // not implemented yet
}
