import type { ChartSpec } from '@zonecast/plot'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { scenarioFrame } from './scenario-frame'
import { chartUnit } from './chart-unit'

/** MODEL.md §2: `finance.debt_limit` defaults to 1.0, a year's revenue. */
const DEFAULT_DEBT_LIMIT = 1

/**
 * The `finance` chart: debt (M10) and the debt ratio (M11) on the model path, and the limit.
 *
 * @example financeSpec(jilin, { kind: 'finance', lang: 'en' }).data.limit // => 1
 */
export function financeSpec(c: ChartScenario, r: ChartRequest): ChartSpec {
  return {
    kind: 'finance',
    ...scenarioFrame(c, r),
    data: {
      years: c.run.years,
      debt: c.run.model.debt ?? [],
      debtUnit: chartUnit(c.run.meta.debt, c.realised.years.base),
      ratio: c.run.indicators.debt_ratio ?? [],
      limit: c.realised.model.finance?.debtLimit ?? DEFAULT_DEBT_LIMIT
    }
  }
}
