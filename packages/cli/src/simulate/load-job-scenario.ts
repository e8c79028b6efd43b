import { loadScenario } from '@zonecast/core'
import type { Num, Scenario } from '@zonecast/core'
import type { SimulationJob } from './simulation-run'

/**
 * Loads a Monte Carlo job's scenario where the run happens (a worker thread, or the calling
 * thread in tests) as the main thread loaded it (`loadScenarioFile`): its text, the `--set`
 * overrides, and the `history.file` data read on the main thread, so that `check` and
 * `check --draws` see the same scenario.
 *
 * @throws InputError when the scenario or its history file is wrong
 * @example loadJobScenario({ text, file: 'x.yaml', draws: 100, history: { text: csv, file: 'gdp.csv' } }).history.gdp
 */
export function loadJobScenario(job: Pick<SimulationJob, 'text' | 'file' | 'overrides' | 'history'>): Scenario<Num> {
  return loadScenario(job.text, job.file, { overrides: job.overrides ?? [], ...(job.history ? { history: job.history } : {}) })
}
