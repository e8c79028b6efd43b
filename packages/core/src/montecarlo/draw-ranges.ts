/** Draw indices as ascending lists of disjoint [start, end) pairs. */

/** Union of two ascending lists of disjoint [start, end) pairs; throws if they share a draw.
 *
 * @example unionRanges([0, 10], [10, 20, 30, 40]) // => [0, 20, 30, 40]
 */
export function unionRanges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i]! < b[j]!)
    const start = fromA ? a[i]! : b[j]!
    const end = fromA ? a[i + 1]! : b[j + 1]!
    if (fromA) i += 2
    else j += 2
    const last = out.length - 1
    if (last > 0 && start < out[last]!) throw new RangeError(`draw ${start} is added twice; accumulators merged must hold disjoint draws`)
    if (last > 0 && start === out[last]) out[last] = end
    else out.push(start, end)
  }
  return out
}
