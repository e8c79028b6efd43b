/**
 * The standard normal distribution function Φ by W. J. Cody's rational Chebyshev
 * approximations: W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Mathematics of Computation 23(107), 631–637, 1969, as coded in his SPECFUN routine ANORM
 * (netlib specfun/anorm, TOMS 715, 1993) and in R's `pnorm` (src/nmath/pnorm.c), whose
 * coefficients and region boundaries these are. Relative error about 1e-16 in each region.
 * The published 20-digit coefficients are written as the shortest decimals that read back as the
 * same doubles.
 */

/** 1/√(2π), the normal density at 0. */
const INV_SQRT_2PI = 0.3989422804014327
/** |x| ≤ Φ⁻¹(¾) = 0.6744897…: the central approximation of Φ(x) − ½ (R's boundary; Cody had 0.66291). */
const CENTRAL_LIMIT = 0.67448975
/** |x| ≤ √32: the middle approximation of e^(x²/2)·Φ(−|x|); beyond it, the asymptotic one in 1/x². */
const MIDDLE_LIMIT = Math.sqrt(32)
/** Below this, Φ(x) underflows to 0 (Cody's XLOW, −37.519). */
const LOWER_LIMIT = -37.5193
/** Above this, Φ(x) rounds to 1 in double precision (Cody's XUPPR is 8.572; R uses 8.2924). */
const UPPER_LIMIT = 8.2924
/** x is split as x = k/16 + rest so that exp(−x²/2) is computed without cancellation (Cody's SIXTEN). */
const SPLIT_SCALE = 16
/** Below half an ulp of 1, x² vanishes against the constant term. */
const HALF_EPSILON = Number.EPSILON / 2

/**
 * Φ(x) = P(Z ≤ x) for a standard normal Z, to about 1e-16 relative accuracy, in both tails.
 *
 * @param x in standard deviations
 * @returns a probability in [0, 1]; NaN for NaN
 * @example normalCdf(1.96) // => 0.9750021048517795
 * @example normalCdf(0) // => 0.5
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x)
  if (y <= CENTRAL_LIMIT) {
    const xsq = y > HALF_EPSILON ? x * x : 0
    const num = (((0.06568233791820745 * xsq + 2.2352520354606837) * xsq + 161.02823106855587) * xsq + 1067.6894854603709) * xsq + 18154.98125334356
    const den = (((xsq + 47.202581904688245) * xsq + 976.0985517377767) * xsq + 10260.932208618979) * xsq + 45507.78933502673
    return 0.5 + (x * num) / den
  }
  let tail: number
  if (y <= MIDDLE_LIMIT) {
    const num = (((((((1.0765576773720192e-8 * y + 0.39894151208813466) * y + 8.883149794388377) * y + 93.50665613217785) * y
      + 597.2702763948002) * y + 2494.5375852903726) * y + 6848.190450536283) * y + 11602.65143764735) * y + 9842.714838383978
    const den = (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y + 6485.558298266761) * y
      + 18615.571640885097) * y + 34900.95272114598) * y + 38912.00328609327) * y + 19685.429676859992
    tail = gaussianFactor(y) * (num / den)
  } else if (x > LOWER_LIMIT && x < UPPER_LIMIT) {
    const xsq = 1 / (x * x)
    const num = ((((0.023073441764940174 * xsq + 0.215898534057957) * xsq + 0.12740116116024736) * xsq + 0.022235277870649807) * xsq
      + 0.0014216191932278934) * xsq + 0.000029112874951168793
    const den = ((((xsq + 1.284260096144911) * xsq + 0.4682382124808651) * xsq + 0.06598813786892856) * xsq + 0.0037823963320275824) * xsq
      + 0.00007297515550839662
    tail = gaussianFactor(y) * ((INV_SQRT_2PI - (xsq * num) / den) / y)
  } else if (Number.isNaN(x)) {
    return NaN
  } else {
    tail = 0
  }
  // `tail` is Φ(−|x|)
  return x > 0 ? 1 - tail : tail
}

/** exp(−y²/2), with y split at a multiple of 1/16 so the large part of y² is exact. */
function gaussianFactor(y: number): number {
  const ySplit = Math.trunc(y * SPLIT_SCALE) / SPLIT_SCALE
  const del = (y - ySplit) * (y + ySplit)
  return Math.exp(-ySplit * ySplit * 0.5) * Math.exp(-del * 0.5)
}
