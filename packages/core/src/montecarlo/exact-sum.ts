/**
 * Exact floating-point sums (Shewchuk 1997, "Adaptive precision floating-point arithmetic"),
 * as CPython's math.fsum: the result does not depend on the order the values were added in.
 */

/**
 * Adds x to a non-overlapping expansion exactly (Shewchuk's grow-expansion as in CPython's
 * math.fsum): `partials` ascend in magnitude and sum to the exact total.
 *
 * @example const p: number[] = []; addExact(p, 1e16); addExact(p, 1); p // => [1, 1e16]
 */
export function addExact(partials: number[], x: number): void {
  let i = 0
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!
    if (Math.abs(x) < Math.abs(y)) {
      const t = x
      x = y
      y = t
    }
    const hi = x + y
    const lo = y - (hi - x)
    if (lo !== 0) partials[i++] = lo
    x = hi
  }
  // usually the list keeps its length: write in place, as resizing costs more than the sum
  if (x !== 0) partials[i++] = x
  if (i !== partials.length) partials.length = i
}

/**
 * The exact sum of the partials rounded once to nearest, ties to even (CPython's math.fsum, final
 * step): the same double whatever order the values were added in.
 *
 * @example roundedSum([1, 1e16]) // => 1e16 (1e16 + 1 rounded once: a tie, broken to even)
 */
export function roundedSum(partials: readonly number[]): number {
  let n = partials.length
  if (n === 0) return 0
  let hi = partials[--n]!
  let lo = 0
  while (n > 0) {
    const x = hi
    const y = partials[--n]!
    hi = x + y
    lo = y - (hi - x)
    if (lo !== 0) break
  }
  // a rounding tie broken by the partials below it
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2
    const x = hi + y
    if (y === x - hi) hi = x
  }
  return hi
}
