/**
 * Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4): a root
 * of f in a bracket [a, b] where f changes sign, by inverse quadratic interpolation, secant steps
 * and bisection, never leaving the bracket.
 */

export interface RootResult {
  /** the end of the final bracket on the side of `keepSign` (where f has that sign or is 0) */
  x: number
  fx: number
  /** evaluations of f made here */
  evaluations: number
}

/**
 * Finds x in [a, b] with f(x) = 0 to within `tol` in x, given f(a)·f(b) ≤ 0 (fa, fb passed in,
 * already evaluated). Returns the bracket end where f ≥ 0 when `keepSign` is 1 (≤ 0 when −1), so a
 * step function's jump is returned on the chosen side.
 *
 * @param tol absolute tolerance in x
 * @example brentRoot((x) => x * x - 2, 0, 2, -2, 2, 1e-12, 1).x // => 1.4142135623730951
 */
export function brentRoot(f: (x: number) => number, a: number, b: number, fa: number, fb: number, tol: number, keepSign: 1 | -1, maxEvaluations = 100): RootResult {
  if (fa * fb > 0) throw new RangeError(`f(${a}) = ${fa} and f(${b}) = ${fb} have the same sign: no bracket`)
  let evaluations = 0
  let c = a
  let fc = fa
  let d = b - a
  let e = d
  for (;;) {
    if (fb * fc > 0) {
      c = a
      fc = fa
      d = b - a
      e = d
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b
      b = c
      c = a
      fa = fb
      fb = fc
      fc = fa
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + tol / 2
    const m = (c - b) / 2
    if (Math.abs(m) <= tol1 || fb === 0 || evaluations >= maxEvaluations) {
      // b and c bracket the root; return the one on the wanted side
      const onSide = (v: number) => (keepSign === 1 ? v >= 0 : v <= 0)
      return onSide(fb) || !onSide(fc) ? { x: b, fx: fb, evaluations } : { x: c, fx: fc, evaluations }
    }
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      // interpolation: secant when only two points, else inverse quadratic
      const s = fb / fa
      let p: number
      let q: number
      if (a === c) {
        p = 2 * m * s
        q = 1 - s
      } else {
        const r = fb / fc
        const t = fa / fc
        p = s * (2 * m * t * (t - r) - (b - a) * (r - 1))
        q = (t - 1) * (r - 1) * (s - 1)
      }
      if (p > 0) q = -q
      else p = -p
      if (2 * p < Math.min(3 * m * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d
        d = p / q
      } else {
        d = m
        e = m
      }
    } else {
      d = m
      e = m
    }
    a = b
    fa = fb
    b += Math.abs(d) > tol1 ? d : m > 0 ? tol1 : -tol1
    fb = f(b)
    evaluations++
  }
}
