import type { Doc } from '../document.js'
import type { Metric, Period, Span } from '../schema/records.js'

export interface MetricContext {
  /** Spans other records own (award recipient counts, rankings): no metric is taken inside them. */
  claimed: readonly Span[]
  periods: readonly Period[]
}

export function extractMetrics(_doc: Doc, _context: MetricContext): Metric[] {
  return [] // not implemented yet
}
