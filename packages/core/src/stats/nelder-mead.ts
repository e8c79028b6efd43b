/** Reflection, expansion, contraction and shrink coefficients of the standard method (Nelder and Mead 1965). */
const REFLECT = 1
const EXPAND = 2
const CONTRACT = 0.5
const SHRINK = 0.5

/** Options of `nelderMead`. */
export interface NelderMeadOptions {
  /** edge of the starting simplex along each axis; default 0.5 */
  step?: number
  /** stop when the simplex's function values differ by less than this (absolute); default 1e-12 */
  tolerance?: number
  /** most iterations; default 2000 */
  maxIterations?: number
}

/**
 * Minimises a function of a few variables by the Nelder–Mead simplex method, deterministically
 * (no random restarts). O(iterations · dimension) evaluations.
 *
 * @param f the function to minimise
 * @param start the starting point
 * @returns the best point found and its value
 * @example nelderMead(([x, y]) => (x! - 1) ** 2 + (y! + 2) ** 2, [0, 0]).x.map((v) => Math.round(v * 1e4) / 1e4) // => [1, -2]
 */
export function nelderMead(f: (x: number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): { x: number[]; value: number } {
  const step = options.step ?? 0.5
  const tolerance = options.tolerance ?? 1e-12
  const maxIterations = options.maxIterations ?? 2000
  const dim = start.length
  let simplex = [start.slice()]
  for (let i = 0; i < dim; i++) {
    const v = start.slice()
    v[i]! += step
    simplex.push(v)
  }
  let values = simplex.map(f)
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!)
    simplex = order.map((i) => simplex[i]!)
    values = order.map((i) => values[i]!)
    if (values[dim]! - values[0]! < tolerance) break
    const centroid = new Array<number>(dim).fill(0)
    for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) centroid[j]! += simplex[i]![j]! / dim
    const worst = simplex[dim]!
    const towards = (coefficient: number) => centroid.map((c, j) => c + coefficient * (c - worst[j]!))
    const reflected = towards(REFLECT)
    const fr = f(reflected)
    if (fr < values[0]!) {
      const expanded = towards(EXPAND)
      const fe = f(expanded)
      if (fe < fr) [simplex[dim], values[dim]] = [expanded, fe]
      else [simplex[dim], values[dim]] = [reflected, fr]
    } else if (fr < values[dim - 1]!) {
      ;[simplex[dim], values[dim]] = [reflected, fr]
    } else {
      const contracted = fr < values[dim]! ? towards(CONTRACT) : towards(-CONTRACT)
      const fc = f(contracted)
      if (fc < Math.min(fr, values[dim]!)) [simplex[dim], values[dim]] = [contracted, fc]
      else {
        const best = simplex[0]!
        simplex = simplex.map((v, i) => (i === 0 ? v : v.map((x, j) => best[j]! + SHRINK * (x - best[j]!))))
        values = simplex.map((v, i) => (i === 0 ? values[0]! : f(v)))
      }
    }
  }
  const best = values.indexOf(Math.min(...values))
  return { x: simplex[best]!, value: values[best]! }
}
