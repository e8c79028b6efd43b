import { realiseScenario, runScenario } from '@zonecast/core'
import type { Label, Num, Override, RunResult, Scenario } from '@zonecast/core'
import type { InputText } from '../io/io'

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
  /** how it was loaded, for the charts that load it again (a tornado compiles its levers from it) */
  source?: ScenarioSource
  /** set when this is one of the scenario's variants, or the scenario itself beside them (id null) */
  variant?: { id: string | null; label: Label | string }
}

/** A scenario file's text and what was applied when loading it (`loadScenarioFile`). */
export interface ScenarioSource {
  text: string
  overrides: Override[]
  history?: InputText
}

/**
 * Realises and runs a loaded scenario once, for every chart built from it.
 *
 * @example chartScenario('x.yaml', loadScenario(text, 'x.yaml')).run.years // => [2005, …, 2010]
 */
export function chartScenario(file: string, loaded: Scenario<Num>, source?: ScenarioSource): ChartScenario {
  const realised = realiseScenario(loaded)
  return { file, loaded, realised, run: runScenario(realised), ...(source === undefined ? {} : { source }) }
}
