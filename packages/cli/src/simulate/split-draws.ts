/**
 * Splits the draws `0…draws − 1` of a run into `threads` contiguous shares, as even as can be: the
 * first `draws % threads` shares get one draw more. Never more shares than draws, and never none:
 * a draw count that is not a positive whole number gives one share `[0, draws]`, for the core to
 * refuse where it runs (so the error is reported as for one thread).
 *
 * @param draws the run's draw count
 * @param threads the shares wanted, a positive whole number
 * @returns `[from, to)` pairs, in order, covering the draws
 * @example splitDraws(10, 3) // => [[0, 4], [4, 7], [7, 10]]
 */
export function splitDraws(draws: number, threads: number): [from: number, to: number][] {
  if (!Number.isSafeInteger(draws) || draws < 1) return [[0, draws]]
  const k = Math.max(1, Math.min(Math.floor(threads), draws))
  const base = Math.floor(draws / k)
  const extra = draws % k
  const shares: [number, number][] = []
  let from = 0
  for (let i = 0; i < k; i++) {
    const to = from + base + (i < extra ? 1 : 0)
    shares.push([from, to])
    from = to
  }
  return shares
}
