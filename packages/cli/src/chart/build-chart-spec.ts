import type { ChartSpec } from '@zonecast/plot'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { compareSpec } from './compare-spec'
import { fanSpec } from './fan-spec'
import { financeSpec } from './finance-spec'
import { landSpec } from './land-spec'
import { projectionSpec } from './projection-spec'
import { targetsSpec } from './targets-spec'
import { tornadoSpec } from './tornado-spec'

/**
 * The chart data of a request, from its scenarios (one, or several for `compare`): the only
 * place that turns scenarios into @zonecast/plot's plain data.
 *
 * @throws {CliError} exit 2 for a series, target or scenario the kind cannot draw
 * @example buildChartSpec([jilin], { kind: 'land', lang: 'zh' }).kind // => "land"
 */
export function buildChartSpec(scenarios: readonly ChartScenario[], r: ChartRequest): ChartSpec {
  const first = scenarios[0]!
  switch (r.kind) {
    case 'projection':
      return projectionSpec(first, r)
    case 'fan':
      return fanSpec(first, r)
    case 'compare':
      return compareSpec(scenarios, r)
    case 'tornado':
      return tornadoSpec(first, r)
    case 'land':
      return landSpec(first, r)
    case 'finance':
      return financeSpec(first, r)
    case 'targets':
      return targetsSpec(first, r)
  }
}
