/**
 * The plan path of one series (MODEL.md A1–A2): what the plan's own numbers say, year by year.
 */
import type { PlanSeries } from '../scenario/types'
import { evalRatePath } from '../paths/eval-rate-path'
import { levelAt } from '../paths/eval-level-path'

/**
 * Pins the base value, the stated levels and (A1) the end level implied by an average growth
 * rate, then interpolates geometrically between pins and holds the last pin flat. A per-year
 * growth map instead compounds year by year, restarting from any stated level (A2). A parts
 * total stated without a level counts as a stated level. Years before the first pin are null
 * when the series has no base value.
 *
 * @example planSeriesPath({ growth: { kind: "constant", value: 0.1 }, levels: [], parts: [] }, [2005, 2006, 2007], 100) // => [100, 110, 121.00000000000001]
 */
export function planSeriesPath(p: PlanSeries, years: readonly number[], base: number | undefined): (number | null)[] {
  const t0 = years[0]!
  const T = years[years.length - 1]!
  const stated = new Map<number, number>()
  for (const q of p.parts) if (q.total !== undefined) stated.set(q.year, q.total)
  for (const l of p.levels) stated.set(l.year, l.value)
  if (p.growth?.kind === 'years') return compound(p.growth, years, base, stated)
  const pins: [number, number][] = []
  if (base !== undefined) pins.push([t0, base])
  for (const [y, v] of [...stated].sort((a, b) => a[0] - b[0])) pins.push([y, v])
  if (p.growth && base !== undefined && !stated.has(T)) pins.push([T, base * Math.pow(1 + p.growth.value, T - t0)])
  if (pins.length === 0) return years.map(() => null)
  const firstYear = pins[0]![0]
  return years.map((t) => (t < firstYear ? null : levelAt(pins, t)))
}

function compound(growth: Extract<PlanSeries['growth'], { kind: 'years' }>, years: readonly number[], base: number | undefined, stated: Map<number, number>): (number | null)[] {
  const g = evalRatePath(growth, years)
  const out: (number | null)[] = []
  years.forEach((t, i) => {
    const prev = i === 0 ? null : out[i - 1]!
    const s = stated.get(t)
    if (i === 0) out.push(base ?? null)
    else if (s !== undefined) out.push(s)
    else out.push(prev === null ? null : prev * (1 + g[i]!))
  })
  return out
}
