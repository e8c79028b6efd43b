/**
 * Tornado (MODEL.md §7): each lever at its low and at its high value, the others held at their
 * value in the scenario; the swing of one target's value; levers sorted by swing, largest first.
 */
import type { LeverModel } from './lever-model'
import { targetIndex } from './target-index'

export interface TornadoLever {
  lever: string
  low: number
  high: number
  /** the lever's value in the scenario (lever units) */
  base: number
  /** the target's value with the lever at low and at high; null where undefined */
  value_low: number | null
  value_high: number | null
  met_low: boolean
  met_high: boolean
  /** |value_high − value_low|; null when either is undefined */
  swing: number | null
}

export interface TornadoResult {
  target: string
  /** the target's value with every lever at its base value */
  base: number | null
  levers: TornadoLever[]
}

/**
 * Runs the tornado of target `targetId` over every lever of the model: 2 runs per lever and one
 * at the base.
 *
 * @throws InputError when the scenario has no target `targetId` (see `targetIndex`)
 * @example tornado(leverModel(text, "x.yaml"), "gdp-growth").levers[0].lever // => "icor"
 */
export function tornado(model: LeverModel, targetId: string): TornadoResult {
  const k = targetIndex(model, targetId)
  const valueNow = (): number | null => {
    const v = model.run.value(k)
    return Number.isFinite(v) ? v : null
  }
  model.evaluate()
  const base = valueNow()
  const levers = model.levers.map((l): TornadoLever => {
    model.evaluate({ [l.name]: l.low })
    const valueLow = valueNow()
    const metLow = model.run.met(k)
    model.evaluate({ [l.name]: l.high })
    const valueHigh = valueNow()
    const metHigh = model.run.met(k)
    const swing = valueLow === null || valueHigh === null ? null : Math.abs(valueHigh - valueLow)
    return { lever: l.name, low: l.low, high: l.high, base: l.base, value_low: valueLow, value_high: valueHigh, met_low: metLow, met_high: metHigh, swing }
  })
  // largest swing first; undefined swings last; ties in the file's order
  const order = (x: TornadoLever) => (x.swing === null ? -Infinity : x.swing)
  const sorted = levers.map((l, i) => ({ l, i })).sort((p, q) => order(q.l) - order(p.l) || p.i - q.i).map((x) => x.l)
  return { target: targetId, base, levers: sorted }
}
