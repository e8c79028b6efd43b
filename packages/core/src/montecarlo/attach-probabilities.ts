import type { CheckResult } from '../results'
import type { SimulateResult } from './simulate'

/**
 * Puts a Monte Carlo run's target probabilities (MODEL.md U3) into a check result.
 *
 * @example attachProbabilities(check, sim).targets[0].probability // => { value: 0.31, se: 0.0103, draws: 2000 }
 */
export function attachProbabilities(check: CheckResult, sim: SimulateResult): CheckResult {
  const byId = new Map(sim.targets.map((t) => [t.id, t]))
  return {
    ...check,
    targets: check.targets.map((t) => {
      const p = byId.get(t.id)
      return p ? { ...t, probability: { value: p.probability, se: p.se, draws: sim.draws } } : t
    })
  }
}
