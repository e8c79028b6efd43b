/**
 * Sweep (MODEL.md §7): one or two levers over an even grid from low to high, the others held at
 * their value in the scenario; every target's value and status at each point.
 */
import { InputError } from '../errors'
import { suggest } from '../util/did-you-mean'
import type { LeverModel } from './lever-model'

/** Grid points per lever when none is asked: the ends and every tenth of the range. */
export const DEFAULT_SWEEP_STEPS = 11

/** Most grid points per lever (one lever; two share `MAX_SWEEP_POINTS`): a finer grid is a typing slip. */
export const MAX_SWEEP_STEPS = 1000

/**
 * Most grid points in all: 10,000 runs take about 1.5 s on a busy 2-core machine. Two levers at
 * `MAX_SWEEP_STEPS` each were a million runs, minutes without output and a 400 MB JSON result.
 */
export const MAX_SWEEP_POINTS = 10_000

export interface SweepPoint {
  /** the lever values of this point, in the order of `levers` */
  values: number[]
  /** every target's value (null where undefined) and whether it is met, in the scenario's order */
  targets: { id: string; value: number | null; met: boolean }[]
}

export interface SweepResult {
  levers: { lever: string; low: number; high: number; steps: number }[]
  points: SweepPoint[]
}

/**
 * Sweeps one or two levers, `steps` points each (first lever outermost).
 *
 * @throws InputError for an unknown lever, a lever named twice, a third lever, a bad step count or a grid of more than `MAX_SWEEP_POINTS`
 * @example sweep(model, ["icor"], 3).points.map((p) => p.values[0]) // => [3, 4.5, 6]
 */
export function sweep(model: LeverModel, names: readonly string[], steps = DEFAULT_SWEEP_STEPS): SweepResult {
  if (names.length < 1 || names.length > 2) throw usage(`give one or two levers to sweep, not ${names.length}`, 'e.g. --lever icor --lever infrastructure-growth')
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS) throw usage(`--steps ${steps} is not a whole number from 2 to ${MAX_SWEEP_STEPS}`, 'the grid has the two ends and evenly spaced points between')
  const gridPoints = steps ** names.length
  if (gridPoints > MAX_SWEEP_POINTS) throw usage(`--steps ${steps} with ${names.length} levers is a grid of ${gridPoints.toLocaleString('en')} points, more than ${MAX_SWEEP_POINTS.toLocaleString('en')}`, `give --steps ${Math.floor(Math.sqrt(MAX_SWEEP_POINTS))} or fewer when sweeping two levers`)
  const levers = names.map((name) => leverNamed(model, name))
  if (levers.length === 2 && levers[0]!.path === levers[1]!.path) throw usage(`levers "${levers[0]!.name}" and "${levers[1]!.name}" both vary ${levers[0]!.path}`, 'sweep two levers on different values')
  const grid = levers.map((l) => Array.from({ length: steps }, (_, i) => (i === steps - 1 ? l.high : l.low + ((l.high - l.low) * i) / (steps - 1))))
  const targets = model.run.targets
  const points: SweepPoint[] = []
  const visit = (values: number[]) => {
    model.evaluate(Object.fromEntries(levers.map((l, j) => [l.name, values[j]!])))
    points.push({
      values,
      targets: targets.map((t, k) => {
        const v = model.run.value(k)
        return { id: t.id, value: Number.isFinite(v) ? v : null, met: model.run.met(k) }
      })
    })
  }
  for (const a of grid[0]!) {
    if (grid.length === 1) visit([a])
    else for (const b of grid[1]!) visit([a, b])
  }
  return { levers: levers.map((l) => ({ lever: l.name, low: l.low, high: l.high, steps })), points }
}

/**
 * The lever of that name.
 *
 * @throws InputError with the levers there are and a did-you-mean
 */
export function leverNamed(model: LeverModel, name: string) {
  const lever = model.levers.find((l) => l.name === name)
  if (lever) return lever
  throw usage(`--lever ${name}: no lever "${name}"`, suggest(name, model.levers.map((l) => l.name)))
}

function usage(message: string, hint: string): InputError {
  return new InputError([{ path: [], commandLine: true, message, hint }])
}
