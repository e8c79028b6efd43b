/**
 * Randomness for Monte Carlo runs (MODEL.md §6): counter-based streams positioned by
 * (seed, draw), the normal distribution's Φ and Φ⁻¹, distribution samplers and a rank-correlation
 * copula. Pure: the seed is an argument, nothing reads a clock or global random state.
 */
export { checkSeed, MAX_SEED } from './check-seed'
export { DrawStream, MAX_DRAW } from './draw-stream'
export { normalCdf } from './normal-cdf'
export { normalQuantile } from './normal-quantile'
export { checkDistribution } from './check-distribution'
export { quantileFor } from './distribution-quantile'
export type { Quantile } from './distribution-quantile'
export { gammaSamplerFor } from './gamma-sampler'
export { samplerFor } from './sample-distribution'
export type { Sampler } from './sample-distribution'
export { correlateRanks } from './correlate-ranks'
export type { RankCopula } from './correlate-ranks'
export { SamplingError } from './sampling-error'
