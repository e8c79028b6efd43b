/**
 * Solve (MODEL.md §7): the lever value in [low, high] at which a target is exactly met — found
 * by Brent's bracketing method — or, with draws, at which the target's probability reaches a
 * level, with common random numbers: every evaluation uses the same draws of the other inputs.
 */
import { InputError } from '../errors'
import type { Target } from '../scenario/types'
import { brentRoot } from './brent-root'
import type { LeverModel, ResolvedLever } from './lever-model'
import { probabilityAt } from './probability-at'
import { leverNamed } from './sweep'
import { targetIndex } from './target-index'

/** Relative tolerance on the lever value (MODEL.md §7): of the larger of |value| and the range's width. */
export const SOLVE_RELATIVE_TOLERANCE = 1e-6

/** Model runs (or Monte Carlo evaluations) allowed: the budget. */
export const SOLVE_MAX_RUNS = 60

/**
 * Most draws of a probability solve: each of up to `SOLVE_MAX_RUNS` evaluations runs every draw,
 * so 100,000 draws take about 15 s on a busy 2-core machine (and give a probability's standard
 * error of at most 0.0016); simulate's limit of 10,000,000 meant half an hour with no output.
 */
export const MAX_SOLVE_DRAWS = 100_000

/**
 * Interior points tried when the target's margin has the same sign at both ends: a margin that
 * rises and falls again (a target met only in the middle of the range) is found on this grid.
 */
export const SOLVE_SCAN_POINTS = 9

/** Stands in for an undefined margin (a value the model cannot give): worse than any defined one, yet finite for the interpolation. */
const UNDEFINED_MARGIN = -1e300

export interface SolveOptions {
  /** solve for a probability instead of the target's value */
  probability?: { level: number; draws: number; seed: number }
}

export interface SolveResult {
  target: string
  lever: string
  /** the lever value at which the target is exactly met (the met side of the crossing); null when met everywhere or nowhere */
  value: number | null
  /** true when some lever value in [low, high] meets the target */
  attained: boolean
  /** model runs, or Monte Carlo evaluations of `draws` draws each */
  iterations: number
  status: 'solved' | 'met-everywhere' | 'not-attainable'
  low: number
  high: number
  /** the bound solved for: the target's min or max, or the probability level */
  bound: number
  /** the target's value (or probability) at `value`; at the best point when not attainable */
  target_value: number | null
  /** not attainable: the lever value that came closest, and the target's value (or probability) there */
  best?: { value: number; target_value: number | null }
  probability?: { level: number; draws: number; seed: number }
}

/**
 * Solves target `targetId` for lever `leverName`.
 *
 * @throws InputError for an unknown target or lever, or more than `MAX_SOLVE_DRAWS` draws
 * @example solve(model, "gdp-growth", "infrastructure-growth").value // => 0.1834
 */
export function solve(model: LeverModel, targetId: string, leverName: string, options: SolveOptions = {}): SolveResult {
  const draws = options.probability?.draws
  if (draws !== undefined && draws > MAX_SOLVE_DRAWS) throw new InputError([{ path: [], commandLine: true, message: `--draws: ${draws} draws is more than ${MAX_SOLVE_DRAWS.toLocaleString('en')} for solve, which runs them at every step`, hint: 'e.g. --draws 2000; check the answer with simulate --draws at the lever value found' }])
  const k = targetIndex(model, targetId)
  const lever = leverNamed(model, leverName)
  const target = model.run.targets[k]!
  // the margin by which v meets the target (≥ 0 met), and the value it was judged on; each
  // lever value is run once, and `iterations` counts every run
  const judge = options.probability ? probabilityMargin(model, k, lever, options.probability) : valueMargin(model, k, lever, target)
  const judged = new Map<number, { margin: number; value: number | null }>()
  const margin = (v: number) => {
    let m = judged.get(v)
    if (m === undefined) judged.set(v, (m = judge(v)))
    return m
  }
  const f = (v: number): number => margin(v).margin
  const width = lever.high - lever.low
  const scan = [lever.low, ...Array.from({ length: SOLVE_SCAN_POINTS }, (_, i) => lever.low + (width * (i + 1)) / (SOLVE_SCAN_POINTS + 1)), lever.high]
  const margins = scan.map(f)
  const bound = options.probability?.level ?? boundOf(target)
  const common = { target: targetId, lever: leverName, low: lever.low, high: lever.high, bound, ...(options.probability ? { probability: options.probability } : {}) }
  if (margins.every((m) => m >= 0)) {
    return { ...common, value: null, attained: true, status: 'met-everywhere', target_value: margin(lever.base).value, iterations: judged.size }
  }
  // the first crossing from the low end, so the answer is the least lever value where the status changes
  const i = margins.findIndex((m, j) => j > 0 && (m >= 0) !== (margins[j - 1]! >= 0))
  if (i < 0) {
    const best = margins.indexOf(Math.max(...margins))
    return { ...common, value: null, attained: false, iterations: judged.size, status: 'not-attainable', target_value: null, best: { value: scan[best]!, target_value: margin(scan[best]!).value } }
  }
  const tol = SOLVE_RELATIVE_TOLERANCE * Math.max(Math.abs(scan[i]!), Math.abs(width))
  // one run is kept for the rounded value of a whole-number lever
  const root = brentRoot(f, scan[i - 1]!, scan[i]!, margins[i - 1]!, margins[i]!, tol, 1, SOLVE_MAX_RUNS - judged.size - 1)
  const value = lever.integer ? Math.round(root.x) : root.x
  const targetValue = margin(value).value
  return { ...common, value, attained: true, iterations: judged.size, status: 'solved', target_value: targetValue }
}

/** The bound a margin is measured from: the min, else the max. */
function boundOf(t: Target): number {
  return t.min ?? t.max ?? NaN
}

/** Margin of the target's model value: value − min, max − value, or the smaller when both. */
function valueMargin(model: LeverModel, k: number, lever: ResolvedLever, t: Target) {
  return (v: number): { margin: number; value: number | null } => {
    model.evaluate({ [lever.name]: v })
    const value = model.run.value(k)
    if (!Number.isFinite(value)) return { margin: UNDEFINED_MARGIN, value: null }
    const above = t.min === undefined ? Infinity : value - t.min
    const below = t.max === undefined ? Infinity : t.max - value
    return { margin: Math.min(above, below), value }
  }
}

/** Margin of the target's probability over a fixed set of draws: P(met) − level. */
function probabilityMargin(model: LeverModel, k: number, lever: ResolvedLever, o: NonNullable<SolveOptions['probability']>) {
  const at = probabilityAt(model, k, lever.name, o.draws, o.seed)
  return (v: number): { margin: number; value: number } => {
    const p = at(v)
    return { margin: p - o.level, value: p }
  }
}
