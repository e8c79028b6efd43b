import type { SimulateResult } from '@zonecast/core'
import type { ChartKind } from '@zonecast/plot'
import type { Lang } from '../cli/global-options'
import type { LeverTornado } from './lever-tornado'

/** What to draw, the command line's options checked (see `checkChartOptions`). */
export interface ChartRequest {
  kind: ChartKind
  lang: Lang
  width?: number
  series?: string
  target?: string
  /** fan charts: Monte Carlo draws and seed */
  draws?: number
  seed?: number
  /** fan charts: a Monte Carlo run of the scenario already made (`zonecast report` shares its own), used instead of running one */
  simulation?: SimulateResult
  /** tornado charts: the sensitivity already computed (`leverTornado`), used instead of computing it */
  tornado?: LeverTornado
}
