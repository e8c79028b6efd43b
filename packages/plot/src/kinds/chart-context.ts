import type { Lang } from '../chart-types'
import type { Words } from '../format/words'
import type { PlotModule } from '../load/load-libraries'

/** What a chart kind's builder gets besides its data. */
export interface ChartContext {
  lang: Lang
  words: Words
  /** the SVG's width in pixels */
  width: number
  /** the scenario ids, for the source note */
  scenarios: readonly string[]
  Plot: PlotModule
}
