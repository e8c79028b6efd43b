/**
 * The growth shocks of one draw (MODEL.md U2): `exp(ε_t − σ²/2)` with `ε_t ~ N(0, σ²)` for each
 * year after t0, from the draw's stream.
 */
import type { DrawStream } from '../random/draw-stream'
import { normalQuantileInPlace } from '../random/normal-quantile'

/**
 * Fills `shocks[1…]` from the stream and returns it; returns undefined, drawing nothing, when σ
 * is 0 (no shock).
 *
 * @example drawShocks(stream, 0, shocks) // => undefined
 */
export function drawShocks(stream: DrawStream, sigma: number, shocks: Float64Array): Float64Array | undefined {
  if (!(sigma > 0)) return undefined
  const drift = (sigma * sigma) / 2
  // through the array (see normalQuantileInPlace)
  for (let i = 1; i < shocks.length; i++) {
    shocks[i] = stream.next()
    normalQuantileInPlace(shocks, i)
    shocks[i] = Math.exp(sigma * shocks[i]! - drift)
  }
  return shocks
}
