/**
 * A target's probability as a function of one lever (MODEL.md §6, §7): the other distribution
 * leaves and the growth shocks are drawn as in `simulate`, the same draws for every lever value
 * (common random numbers), so the function changes only where the lever changes outcomes.
 */
import { compileRun } from '../montecarlo/compile-run'
import { checkDrawOptions } from '../montecarlo/draw-limits'
import { DrawStream } from '../random/draw-stream'
import { drawShocks } from '../montecarlo/draw-shocks'
import { samplerFor } from '../random/sample-distribution'
import type { LeverModel } from './lever-model'

/**
 * Compiles the probability of target k met, over `draws` draws of `seed`, as a function of lever
 * `name`'s value; the other levers stay at their base values.
 *
 * @throws InputError when the draw count or seed is out of range
 * @example probabilityAt(model, 0, "icor", 2000, 1)(4) // => 0.4385
 */
export function probabilityAt(model: LeverModel, k: number, name: string, draws: number, seed: number): (value: number) => number {
  checkDrawOptions(draws, seed)
  const run = compileRun(model.marked)
  const n = run.years.length
  // lever leaves are set, not drawn: which lever each one is, or null for a drawn leaf
  const leverOf = run.leaves.map((l) => (l.dist.lever === undefined ? null : (model.levers.find((x) => x.path === l.dist.lever) ?? null)))
  const samplers = run.leaves.map((l, j) => (leverOf[j] ? null : samplerFor(l.dist.spec)))
  const values = new Float64Array(run.leaves.length)
  const stream = new DrawStream(seed, 0)
  const shocks = new Float64Array(n).fill(1)
  const solvedPath = model.levers.find((x) => x.name === name)?.path
  return (value) => {
    leverOf.forEach((l, j) => {
      if (l) values[j] = l.path === solvedPath ? model.leafValue(name, value) : model.leafValue(l.name, l.base)
    })
    let met = 0
    for (let d = 0; d < draws; d++) {
      stream.reset(seed, d)
      for (let j = 0; j < samplers.length; j++) {
        const sample = samplers[j]
        if (sample) values[j] = sample(stream)
      }
      run.run(drawShocks(stream, run.set(values).growthShockSd, shocks))
      if (run.met(k)) met++
    }
    return met / draws
  }
}
