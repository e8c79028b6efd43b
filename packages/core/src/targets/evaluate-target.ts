/**
 * A target's value on one path (MODEL.md §5).
 */
import type { PathReader } from '../plan/scenario-paths'
import { commonBasis } from '../paths/convert-basis'
import { regionRef } from '../scenario/series-ref'
import type { Target } from '../scenario/types'
import { compileExpr, ExprError } from './expr'
import type { ExprHelpers } from './expr'

/**
 * Evaluates a target: `cagr` = (X(to)/X(from))^(1/(to−from)) − 1; `growth` = X(y)/X(y−1) − 1;
 * `level` = X(y); `share` = X(y)/region(y); `cumulative` = Σ X(t), from…to inclusive;
 * `ratio` = X(y)/Y(y); `expr` = the expression. A share or ratio of series in different price
 * bases is taken in nominal terms. Null where a value it needs is missing.
 *
 * @example evaluateTarget({ id: "g", kind: "cagr", series: "gdp", from: 2005, to: 2007, min: 0.1 }, reader) // => 0.1 for 100 → 121
 */
export function evaluateTarget(t: Target, r: PathReader): number | null {
  switch (t.kind) {
    case 'cagr':
      return cagr(r, t.series, t.from, t.to)
    case 'growth': {
      const a = r.at(t.series, t.year - 1)
      const b = r.at(t.series, t.year)
      return a === null || b === null || a === 0 ? null : b / a - 1
    }
    case 'level':
      return r.at(t.series, t.year)
    case 'share':
      return quotient(r, t.series, regionRef(t.of), t.year)
    case 'cumulative':
      return sum(r, t.series, t.from, t.to)
    case 'ratio':
      return quotient(r, t.series, t.per, t.year)
    case 'expr':
      try {
        return compiled(t.expr).evaluate(helpers(r))
      } catch (e) {
        if (e instanceof ExprError) return null
        throw e
      }
  }
}

/** Compiled expressions by source: a Monte Carlo run evaluates the same few thousands of times. */
const compiledBySource = new Map<string, ReturnType<typeof compileExpr>>()

function compiled(source: string): ReturnType<typeof compileExpr> {
  let c = compiledBySource.get(source)
  if (!c) compiledBySource.set(source, (c = compileExpr(source)))
  return c
}

function cagr(r: PathReader, ref: string, from: number, to: number): number | null {
  const a = r.at(ref, from)
  const b = r.at(ref, to)
  if (a === null || b === null || a <= 0 || b < 0) return null
  return Math.pow(b / a, 1 / (to - from)) - 1
}

function sum(r: PathReader, ref: string, from: number, to: number): number | null {
  let total = 0
  for (let t = from; t <= to; t++) {
    const v = r.at(ref, t)
    if (v === null) return null
    total += v
  }
  return total
}

/** Numerator over denominator, both nominal when their price bases differ (an area or count has none). */
function quotient(r: PathReader, num: string, den: string, year: number): number | null {
  const common = commonBasis(r.basis(num), r.basis(den))
  const a = r.in(num, year, common)
  const b = r.in(den, year, common)
  return a === null || b === null || b === 0 ? null : a / b
}

/** The helpers an `expr` target calls; a missing value stops the evaluation. */
function helpers(r: PathReader): ExprHelpers {
  const need = (v: number | null, what: string): number => {
    if (v === null) throw new ExprError(`no value for ${what}`)
    return v
  }
  return {
    at: (s, y) => need(r.at(s, y), `${s} in ${y}`),
    cagr: (s, a, b) => need(cagr(r, s, a, b), `the growth of ${s} ${a}–${b}`),
    sum: (s, a, b) => need(sum(r, s, a, b), `${s} summed ${a}–${b}`),
    share: (s, of, y) => need(quotient(r, s, regionRef(of), y), `the share of ${s} in ${y}`),
    real: (s, y) => need(r.in(s, y, 'real'), `${s} in ${y}`),
    nominal: (s, y) => need(r.in(s, y, 'nominal'), `${s} in ${y}`)
  }
}
