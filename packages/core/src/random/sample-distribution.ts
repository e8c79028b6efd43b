import type { DistributionSpec } from '../scenario/distribution'
import { checkDistribution } from './check-distribution'
import { quantileFor } from './distribution-quantile'
import type { DrawStream } from './draw-stream'
import { gammaSamplerFor } from './gamma-sampler'

/** One value of a distribution, drawn from the numbers of a draw's stream. */
export type Sampler = (stream: DrawStream) => number

/** The weight PERT puts on the mode (λ in α = 1 + λ·(mode − min)/(max − min)): the standard PERT's 4. */
const PERT_LAMBDA = 4

/**
 * Compiles a sampler for a distribution leaf (MODEL.md U1), working its constants out once so
 * that a draw costs tens of nanoseconds and allocates nothing.
 *
 * - normal, lognormal, uniform, triangular, discrete: inverse transform, `F⁻¹(u)` of one
 *   uniform (see `quantileFor` for the closed forms).
 * - pert (a = min, m = mode, b = max): a + (b − a)·X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β),
 *   α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), so X/(X + Y) ~ Beta(α, β) (the standard
 *   PERT, λ = 4; mean (a + 4m + b)/6). Gammas by Marsaglia and Tsang, see `gammaSamplerFor`.
 *
 * Uniforms consumed: exactly one for the inverse-transform kinds, degenerate ones included (sd 0,
 * min = max, a single value: they return their constant), so setting a spread to zero does not
 * shift the numbers the leaves after it see; a varying number, about four, for a PERT, and exactly
 * one for a degenerate PERT (min = max). The count depends only on the spec and the stream, so
 * every draw is reproducible from (seed, draw).
 *
 * Portability: the stream is integer arithmetic and `Math.sqrt` is correctly rounded, so those
 * are bit-identical everywhere; `Math.log` and `Math.exp` are V8's own fdlibm port, the same on
 * every platform, so a given Node major version gives the same bytes on any machine (another
 * JavaScript engine could differ in the last bit).
 *
 * @throws SamplingError for invalid parameters (see `checkDistribution`)
 * @example samplerFor({ dist: 'uniform', min: 2, max: 4 })(new DrawStream(42, 0)) // => 2.0802248351952484
 */
export function samplerFor(spec: DistributionSpec): Sampler {
  checkDistribution(spec)
  if (spec.dist === 'pert') return pertSampler(spec.min, spec.mode, spec.max)
  const quantile = quantileFor(spec)
  return (stream) => quantile(stream.next())
}

/** PERT as a scaled Beta(α, β), the Beta as a ratio of two Gammas. */
function pertSampler(min: number, mode: number, max: number): Sampler {
  const width = max - min
  if (width === 0) {
    return (stream) => {
      stream.next()
      return min
    }
  }
  const alpha = 1 + (PERT_LAMBDA * (mode - min)) / width
  const beta = 1 + (PERT_LAMBDA * (max - mode)) / width
  const gammaAlpha = gammaSamplerFor(alpha)
  const gammaBeta = gammaSamplerFor(beta)
  return (stream) => {
    const x = gammaAlpha(stream)
    const y = gammaBeta(stream)
    return Math.min(max, min + (width * x) / (x + y))
  }
}
