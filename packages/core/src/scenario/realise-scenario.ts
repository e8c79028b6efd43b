/**
 * Replaces every distribution leaf by a number: by default its central value (MODEL.md U1: mean,
 * mode for triangular and pert, median for lognormal), or whatever `pick` draws.
 */
import { Distribution } from './distribution'
import type { Num, Scenario } from './types'

export function realiseScenario(s: Scenario<Num>, pick: (d: Distribution) => number = (d) => d.central()): Scenario<number> {
  return realise(s, pick) as Scenario<number>
}

function realise(v: unknown, pick: (d: Distribution) => number): unknown {
  if (v instanceof Distribution) return pick(v)
  if (Array.isArray(v)) return v.map((x) => realise(x, pick))
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = realise(x, pick)
    return out
  }
  return v
}
