import type { Lang } from '../cli/global-options'
import { chartSubtitle } from './chart-subtitle'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'

/** The parts of a one-scenario chart's spec that do not depend on its kind. */
export interface ScenarioFrame {
  lang: Lang
  width: number | undefined
  subtitle: string
  scenarios: string[]
}

/**
 * The language, width, subtitle (the scenario's title and years) and scenario id of a chart of
 * one scenario; each kind's spec adds its `kind` and `data`.
 *
 * @example scenarioFrame(jilin, { kind: 'land', lang: 'en' }).scenarios // => ["jilin-2006-2010"]
 */
export function scenarioFrame(c: ChartScenario, r: ChartRequest): ScenarioFrame {
  return { lang: r.lang, width: r.width, subtitle: chartSubtitle(c.realised.title, c.realised.id, c.realised.years, r.lang), scenarios: [c.realised.id] }
}
