import { describe, expect, it } from 'vitest'
import { fitHolt } from './fit-holt'
import type { HoltFit } from './fit-holt'
import { forecastHolt, holtVariance } from './forecast-holt'
import { holtFilter, holtPoint } from './holt-filter'
import { JILIN_GDP, JILIN_YEARS } from './test-data'

const y = JILIN_GDP.map(Math.log)

describe('holtFilter and holtPoint against statsmodels with fixed parameters', () => {
  // statsmodels 0.13.5 (Debian python3-statsmodels), /usr/bin/python3:
  //   y = np.log(jilin)
  //   m = ExponentialSmoothing(y, trend="add", damped_trend=True, initialization_method="known",
  //                            initial_level=7.5, initial_trend=0.15)
  //   r = m.fit(smoothing_level=0.5, smoothing_trend=0.3, damping_trend=0.9, optimized=False)
  //   r.fittedvalues[[0, 1, 2, 16]] -> [7.635, 7.675375836975867, 7.759018642843017, 9.678836445393133]
  //   r.sse -> 0.16469721841832516
  //   r.forecast(5) -> [9.697636150989933, 9.746345929852144, 9.790184730828132, 9.829639651706524, 9.865149080497075]
  const run = holtFilter(y, { alpha: 0.5, beta: 0.3, phi: 0.9, level0: 7.5, trend0: 0.15 })

  it('gives the same one-step predictions and SSE', () => {
    expect(run.fitted[0]).toBeCloseTo(7.635, 12) // 7.5 + 0.9 × 0.15 by hand
    expect(run.fitted[1]).toBeCloseTo(7.675375836975867, 12)
    expect(run.fitted[2]).toBeCloseTo(7.759018642843017, 12)
    expect(run.fitted[16]).toBeCloseTo(9.678836445393133, 12)
    expect(run.sse).toBeCloseTo(0.16469721841832516, 12)
  })

  it('gives the same point forecasts', () => {
    const expected = [9.697636150989933, 9.746345929852144, 9.790184730828132, 9.829639651706524, 9.865149080497075]
    holtPoint(run.level, run.trend, 0.9, 5).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12))
  })
})

describe('fitHolt: least squares', () => {
  const fit = fitHolt(y)

  it('reaches the SSE statsmodels reaches, within the optimisers\' difference', () => {
    // statsmodels 0.13.5: ExponentialSmoothing(y, trend="add", damped_trend=True,
    //   initialization_method="estimated").fit() -> sse 0.02307185883946148 with smoothing_level
    //   0.99999999, smoothing_trend 0.99999999, damping_trend 0.92801369650476; its α and β*
    //   reach 1, ours stop at 0.9999 (forecast::ets's bound), so the SSE may differ slightly
    expect(Math.abs(fit.sse - 0.02307185883946148) / 0.02307185883946148).toBeLessThan(1e-3)
    expect(fit.params.phi).toBeCloseTo(0.92801369650476, 2)
  })

  it('does no worse than forecast::holt, which stops in a poorer basin here', () => {
    // R 4.x, forecast 8.20: fit <- holt(log(jilin), damped = TRUE, h = 5); sum(fit$model$residuals^2)
    //   -> 0.03571438 with alpha 0.9999, beta 0.0001, phi 0.9669
    expect(fit.sse).toBeLessThanOrEqual(0.03571438)
  })

  it('solves the initial states exactly: moving either one raises the SSE', () => {
    const { alpha, beta, phi, level0, trend0 } = fit.params
    for (const [dl, db] of [[1e-3, 0], [-1e-3, 0], [0, 1e-3], [0, -1e-3]] as const) {
      expect(holtFilter(y, { alpha, beta, phi, level0: level0 + dl, trend0: trend0 + db }).sse).toBeGreaterThan(fit.sse)
    }
  })

  it('refuses fewer than seven observations', () => {
    expect(() => fitHolt([1, 2, 3, 4, 5, 6])).toThrow('holt needs 7 or more observations, got 6')
  })
})

describe('holt prediction intervals: forecast::forecast.ets\'s state-space formula', () => {
  // R 4.x, forecast 8.20:
  //   fit <- holt(log(jilin), damped = TRUE, h = 5, level = c(80, 95)); m <- fit$model
  //   m$par -> alpha 0.999896211276846802, beta 0.000100152129308799 (R's β = α·β*),
  //            phi 0.966933427406811652, l 7.332925933784911976, b 0.178154208018042826
  //   m$sigma2 = SSE / (17 − 5); fit$mean, fit$lower, fit$upper below
  // With R's parameters in our filter and our variance, the forecasts must be R's to rounding.
  const alpha = 0.999896211276846802
  const params = { alpha, beta: 0.000100152129308799 / alpha, phi: 0.966933427406811652, level0: 7.332925933784911976, trend0: 0.178154208018042826 }
  const run = holtFilter(y, params)
  const fit: HoltFit = { ...run, params, n: 17, sigma2: run.sse / 12 }
  const f = forecastHolt(JILIN_YEARS, JILIN_GDP, 5, [0.8, 0.95], fit)
  const mean = [9.70545659282823, 9.79949919042097, 9.89043212163356, 9.97835821247509, 10.06337688885097]
  const lower80 = [9.63554212655589, 9.7006255475141, 9.76933349497149, 9.83852029645033, 9.90702707528707]
  const upper95 = [9.81238154191048, 9.95071337822885, 10.07563648891475, 10.19222184968674, 10.30249329416282]

  it('matches R\'s SSE, point forecasts and interval ends (log scale)', () => {
    expect(run.sse).toBeCloseTo(0.03571438, 7)
    f.point.forEach((p, i) => expect(Math.log(p)).toBeCloseTo(mean[i]!, 9))
    f.intervals[0]!.lower.forEach((v, i) => expect(Math.log(v)).toBeCloseTo(lower80[i]!, 9))
    f.intervals[1]!.upper.forEach((v, i) => expect(Math.log(v)).toBeCloseTo(upper95[i]!, 9))
  })

  it('holtVariance: a random walk (α = 1, β* = 0, φ = 1) has variance σ²·h', () => {
    // c_j = α + α·β*·(…) = 1 for every j, so var_h = σ²(1 + (h − 1)) = σ²·h
    expect(holtVariance({ sigma2: 2, params: { alpha: 1, beta: 0, phi: 1, level0: 0, trend0: 0 } }, 3)).toEqual([2, 4, 6])
  })
})
