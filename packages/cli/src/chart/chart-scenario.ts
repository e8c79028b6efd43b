import { realiseScenario, runScenario } from '@zonecast/core'
import type { Num, RunResult, Scenario } from '@zonecast/core'

/** A scenario as the chart builders use it: as loaded (for Monte Carlo), realised, and run. */
export interface ChartScenario {
  /** the file as the user named it, for messages */
  file: string
  /** with its distributions, for `simulate` */
  loaded: Scenario<Num>
  /** distributions at their central values */
  realised: Scenario
  /** the plan path, model path, region and indicators (`zonecast run`) */
  run: RunResult
  /** the file's text, for the charts that load it again (a tornado compiles its levers from it) */
  text?: string
}

/**
 * Realises and runs a loaded scenario once, for every chart built from it.
 *
 * @example chartScenario('x.yaml', loadScenario(text, 'x.yaml')).run.years // => [2005, …, 2010]
 */
export function chartScenario(file: string, loaded: Scenario<Num>, text?: string): ChartScenario {
  const realised = realiseScenario(loaded)
  return { file, loaded, realised, run: runScenario(realised), ...(text === undefined ? {} : { text }) }
}
