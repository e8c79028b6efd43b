import type { UnitContext } from '../../units'
import type { SeriesInfo } from '../types'

/** What the schema needs to know before it can read values: units and the series in play. */
export interface SchemaContext {
  units: UnitContext
  series: Record<string, SeriesInfo>
}
