import type { DrawStream } from './draw-stream'
import { normalCdf } from './normal-cdf'
import { normalQuantile } from './normal-quantile'
import { SamplingError } from './sampling-error'

/** Smallest uniform the copula returns: 2⁻⁵³, the smallest `DrawStream.next` gives. */
const MIN_UNIFORM = 2 ** -53
/** Largest uniform the copula returns: 1 − 2⁻⁵³, the largest `DrawStream.next` gives, below 1. */
const MAX_UNIFORM = 1 - 2 ** -53
/**
 * Smallest Cholesky pivot (a leaf's variance left unexplained by the leaves before it) accepted:
 * below it the matrix is singular up to rounding, and one leaf is a function of the others.
 */
const MIN_PIVOT = 1e-12
/** Asymmetry allowed between ρᵢⱼ and ρⱼᵢ: rounding in a computed matrix, not a different value. */
const SYMMETRY_TOLERANCE = 1e-12

/** Correlated uniforms for the leaves of one draw. */
export interface RankCopula {
  /** the number of correlated leaves */
  readonly size: number
  /** the correlation of the normal scores, rᵢⱼ = 2·sin(π·ρᵢⱼ/6), row by row */
  readonly normalCorrelation: readonly (readonly number[])[]
  /**
   * Writes `size` uniforms in (0, 1) with the target rank correlations into `out` and returns
   * it; consumes exactly `size` uniforms of the stream and allocates nothing.
   */
  fill(stream: DrawStream, out: Float64Array): Float64Array
}

/**
 * A Gaussian copula with given Spearman rank correlations (MODEL.md U4). Each target ρᵢⱼ
 * becomes the normal correlation rᵢⱼ = 2·sin(π·ρᵢⱼ/6), the inverse of Pearson's (1907) formula
 * ρ = (6/π)·asin(r/2) for the rank correlation of a bivariate normal (W. H. Kruskal, JASA 53,
 * 1958). The r matrix is Cholesky-factored once, R = L·Lᵀ; a draw takes n independent normals
 * z = Φ⁻¹(uniform), forms L·z and returns Φ of each component: uniforms whose pairwise Spearman
 * correlations are ρᵢⱼ. Each leaf then applies its own inverse CDF (`quantileFor`), which
 * preserves ranks, so the leaves keep their marginal distributions and the rank correlations.
 * Uniforms are clamped to [2⁻⁵³, 1 − 2⁻⁵³], the range of `DrawStream.next`, since Φ rounds to 1
 * above z ≈ 8.3. Cost O(n²) per draw.
 *
 * @param spearman the target rank-correlation matrix: square, symmetric, ones on the diagonal,
 *   entries in [−1, 1], positive definite once converted (so |ρ| = 1 between two leaves is
 *   refused: use one leaf)
 * @param label how the matrix is named in errors
 * @throws SamplingError naming the matrix and the bad entry or row
 * @example
 * const copula = correlateRanks([[1, 0.5], [0.5, 1]])
 * const u = copula.fill(new DrawStream(42, 0), new Float64Array(2))
 * const values = [quantileFor(a)(u[0]), quantileFor(b)(u[1])] // => rank correlation 0.5 over draws
 */
export function correlateRanks(spearman: readonly (readonly number[])[], label = 'rank correlation matrix'): RankCopula {
  const n = spearman.length
  checkShape(spearman, label)
  const normal = spearman.map((row) => row.map((rho) => 2 * Math.sin((Math.PI * rho) / 6)))
  for (let i = 0; i < n; i++) normal[i]![i] = 1
  const lower = cholesky(normal, label)
  const z = new Float64Array(n)
  return {
    size: n,
    normalCorrelation: normal,
    fill(stream, out) {
      if (out.length < n) throw new SamplingError(`${label}: output has room for ${out.length} uniforms, not ${n}`)
      for (let j = 0; j < n; j++) z[j] = normalQuantile(stream.next())
      for (let i = 0; i < n; i++) {
        let s = 0
        const row = i * n
        for (let k = 0; k <= i; k++) s += lower[row + k]! * z[k]!
        const u = normalCdf(s)
        out[i] = u < MIN_UNIFORM ? MIN_UNIFORM : u > MAX_UNIFORM ? MAX_UNIFORM : u
      }
      return out
    }
  }
}

/** Rejects matrices that are not square, symmetric, with a unit diagonal and entries in [−1, 1]. */
function checkShape(m: readonly (readonly number[])[], label: string): void {
  const n = m.length
  if (n === 0) throw new SamplingError(`${label} is empty`)
  for (let i = 0; i < n; i++) {
    const row = m[i]!
    if (row.length !== n) throw new SamplingError(`${label}: row ${i + 1} has ${row.length} entries, not ${n}`, 'give one entry per correlated leaf in every row')
    for (let j = 0; j < n; j++) {
      const x = row[j]!
      const where = `${label}[${i + 1}][${j + 1}]`
      if (!Number.isFinite(x) || x < -1 || x > 1) throw new SamplingError(`${where} ${String(x)} is not a correlation in [-1, 1]`)
      if (i === j && x !== 1) throw new SamplingError(`${where} is ${x}, not 1`, 'a leaf is perfectly correlated with itself')
      if (i !== j && Math.abs(x) === 1) throw new SamplingError(`${where} is ${x}: two leaves perfectly rank-correlated`, 'use one leaf for both, or a correlation strictly between -1 and 1')
      if (j < i && Math.abs(x - m[j]![i]!) > SYMMETRY_TOLERANCE) {
        throw new SamplingError(`${label} is not symmetric: [${i + 1}][${j + 1}] is ${x} but [${j + 1}][${i + 1}] is ${m[j]![i]}`, 'give both entries the same value')
      }
    }
  }
}

/** Lower Cholesky factor L of R = L·Lᵀ, row-major in an n×n array; refuses R not positive definite. */
function cholesky(r: readonly (readonly number[])[], label: string): Float64Array {
  const n = r.length
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = r[i]![j]!
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!
      if (i === j) {
        if (!(s > MIN_PIVOT)) {
          throw new SamplingError(
            `${label} is not positive definite: leaf ${i + 1}'s correlations contradict those of leaves 1 to ${i} (pivot ${s.toPrecision(3)} after converting to normal correlations 2·sin(π·ρ/6))`,
            'weaken the correlations; no joint distribution has, say, a and b and b and c strongly correlated but a and c not'
          )
        }
        l[i * n + i] = Math.sqrt(s)
      } else {
        l[i * n + j] = s / l[j * n + j]!
      }
    }
  }
  return l
}
