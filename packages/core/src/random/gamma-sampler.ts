import type { DrawStream } from './draw-stream'
import { normalQuantile } from './normal-quantile'
import { SamplingError } from './sampling-error'

/**
 * Marsaglia and Tsang's cheap acceptance test: 1 − 0.0331·x⁴ lies below the exact bound, so
 * about 98% of candidates are accepted without a logarithm.
 */
const SQUEEZE = 0.0331

/**
 * Compiles a sampler of the Gamma(shape, 1) distribution by G. Marsaglia and W. W. Tsang,
 * "A simple method for generating gamma variables", ACM TOMS 26(3), 363–372, 2000: with
 * d = shape − ⅓ and c = 1/√(9d), draw a normal x (by Φ⁻¹ of one uniform) and a uniform u, and
 * accept d·(1 + c·x)³ when u passes the squeeze or log test; otherwise try again. For shape < 1
 * it samples Gamma(shape + 1) and multiplies by u^(1/shape) (the paper's boost, one more
 * uniform). Acceptance is above 95% for every shape, so a draw takes about two uniforms; their
 * number varies from draw to draw, which is harmless because each Monte Carlo draw has its own
 * stream.
 *
 * Mean shape, variance shape.
 *
 * @param shape α > 0, dimensionless
 * @throws SamplingError when the shape is not a positive finite number
 * @example gammaSamplerFor(2)(new DrawStream(42, 0)) // => a positive number; mean 2 over many draws
 */
export function gammaSamplerFor(shape: number): (stream: DrawStream) => number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new SamplingError(`gamma shape ${String(shape)} is not a positive finite number`)
  const boosted = shape < 1
  const d = (boosted ? shape + 1 : shape) - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  const inverseShape = 1 / shape
  return (stream) => {
    let g: number
    for (;;) {
      const x = normalQuantile(stream.next())
      let v = 1 + c * x
      if (v <= 0) continue
      v = v * v * v
      const u = stream.next()
      const xx = x * x
      if (u < 1 - SQUEEZE * xx * xx || Math.log(u) < 0.5 * xx + d * (1 - v + Math.log(v))) {
        g = d * v
        break
      }
    }
    return boosted ? g * Math.pow(stream.next(), inverseShape) : g
  }
}
