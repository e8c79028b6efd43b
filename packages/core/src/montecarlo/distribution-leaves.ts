/**
 * The distribution leaves of a scenario (MODEL.md U1), each with a setter into a realised copy,
 * so that a Monte Carlo draw overwrites just those numbers instead of copying the scenario.
 */
import { Distribution } from '../scenario/distribution'
import { realiseScenario } from '../scenario/realise-scenario'
import type { Num, Scenario } from '../scenario/types'

export interface DistributionLeaf {
  dist: Distribution
  /** where the leaf sits, as the realised copy names it (`model.capitalOutputRatio`) */
  path: string
  set(value: number): void
}

/**
 * Realises the scenario at central values and lists the distribution leaves `pick` selects (by
 * default all) in a fixed order (depth-first, keys in file order), which is the order every draw
 * samples them in.
 *
 * @example distributionLeaves(s).leaves.map((l) => l.path) // => ["model.capitalOutputRatio"]
 */
export function distributionLeaves(s: Scenario<Num>, pick: (d: Distribution) => boolean = () => true): { realised: Scenario; leaves: DistributionLeaf[] } {
  const realised = realiseScenario(s)
  const leaves: DistributionLeaf[] = []
  walk(s, realised, [], leaves, pick)
  return { realised, leaves }
}

function walk(from: unknown, to: unknown, path: string[], out: DistributionLeaf[], pick: (d: Distribution) => boolean): void {
  if (from === null || typeof from !== 'object' || to === null || typeof to !== 'object') return
  for (const [key, value] of Object.entries(from)) {
    const target = to as Record<string, unknown>
    if (value instanceof Distribution) {
      if (pick(value)) out.push({ dist: value, path: [...path, key].join('.'), set: (v) => (target[key] = v) })
    } else {
      walk(value, target[key], [...path, key], out, pick)
    }
  }
}
