import type { ChartSpec } from '../chart-types'
import type { ChartParts } from '../frame/chart-parts'
import type { ChartContext } from '../kinds/chart-context'
import { compareChart } from '../kinds/compare-chart'
import { fanChart } from '../kinds/fan-chart'
import { financeChart } from '../kinds/finance-chart'
import { landChart } from '../kinds/land-chart'
import { projectionChart } from '../kinds/projection-chart'
import { targetsChart } from '../kinds/targets-chart'
import { tornadoChart } from '../kinds/tornado-chart'

/**
 * The parts of a chart of any kind.
 *
 * @example chartPartsFor(spec, context).title // => "GDP: plan, model path and targets"
 */
export function chartPartsFor(spec: ChartSpec, ctx: ChartContext): ChartParts {
  switch (spec.kind) {
    case 'projection':
      return projectionChart(spec.data, ctx)
    case 'fan':
      return fanChart(spec.data, ctx)
    case 'compare':
      return compareChart(spec.data, ctx)
    case 'tornado':
      return tornadoChart(spec.data, ctx)
    case 'land':
      return landChart(spec.data, ctx)
    case 'finance':
      return financeChart(spec.data, ctx)
    case 'targets':
      return targetsChart(spec.data, ctx)
  }
}
