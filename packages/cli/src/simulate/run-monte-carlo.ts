import type { SimulateResult } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import { exitCodes } from '../cli/exit-codes'
import { formatNumber } from '../format/format-number'
import type { Io } from '../io/io'
import { createProgressBar, REDRAW_INTERVAL_MS } from '../progress/progress-bar'
import type { SimulationJob, SimulationOutcome } from './simulation-run'

/**
 * Runs a Monte Carlo job off the main thread (`io.startSimulation`), with a progress bar on
 * standard error when asked, and ends it on Ctrl-C. The first Ctrl-C stops the draws at the
 * core's next stop poll (or at once when the draws are over and only the quantiles are left); a
 * second one ends the run at once, should the first not have. Either way there is no result: it
 * throws a `CliError` with exit code 130 and the message `stopped after N of M draws`. However
 * this ends, the bar is cleared first, the Ctrl-C listener removed and the run's thread ended.
 *
 * @param job the scenario's text and the draw options
 * @param io where the bar goes, the clock, Ctrl-C and the run's thread
 * @param showProgress draw the bar (see `showsProgress`)
 * @throws {CliError} exit 130 when Ctrl-C stopped the run
 * @throws {InputError} exit 2 when the scenario, the draw count or the seed is wrong
 * @example await runMonteCarlo({ text, file: 'x.yaml', draws: 2000, seed: 1 }, io, true) // => { draws: 2000, ... }
 */
export async function runMonteCarlo(job: SimulationJob, io: Io, showProgress: boolean): Promise<SimulateResult> {
  const bar = showProgress
    ? createProgressBar({ total: job.draws, label: 'simulating', unit: 'draws', finishing: 'computing quantiles', now: io.now, write: io.stderr, columns: io.stderrColumns })
    : undefined
  let done = 0
  const run = io.startSimulation(job, (d) => {
    done = d
    bar?.update(d)
  })
  // redraws between progress reports too: the time left moves, and the quantiles after the last
  // draw can take longer than the draws themselves (3× as long at 100,000 draws of Jilin, on writing)
  const ticker = bar && setInterval(() => bar.update(done), REDRAW_INTERVAL_MS).unref()
  let interrupts = 0
  let abandon: (outcome: SimulationOutcome) => void = () => undefined
  const abandoned = new Promise<SimulationOutcome>((resolve) => (abandon = resolve))
  const stopListening = io.onInterrupt(() => {
    interrupts++
    if (interrupts === 1 && done < job.draws) {
      run.stop()
      return
    }
    run.kill()
    abandon({ kind: 'stopped', draws: done })
  })
  try {
    const outcome = await Promise.race([run.outcome, abandoned])
    if (outcome.kind === 'stopped') throw stopped(outcome.draws, job.draws)
    // Ctrl-C after the last stop poll: the whole result came, but the person asked for none
    if (interrupts > 0 || outcome.result.stopped) throw stopped(outcome.result.draws, job.draws)
    return outcome.result
  } finally {
    clearInterval(ticker)
    stopListening()
    run.kill()
    bar?.clear()
  }
}

// the error a stopped run ends with
function stopped(done: number, draws: number): CliError {
  const count = (n: number) => formatNumber(n, { style: 'level', decimals: 0 })
  return new CliError(`stopped after ${count(done)} of ${count(draws)} draws`, exitCodes.interrupted)
}
