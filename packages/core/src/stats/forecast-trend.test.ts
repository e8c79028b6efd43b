import { describe, expect, it } from 'vitest'
import { forecastTrend } from './forecast-trend'
import { logLinearTrend } from './log-linear-trend'
import { JILIN_GDP, JILIN_YEARS } from './test-data'

describe('logLinearTrend', () => {
  it('recovers an exact geometric series', () => {
    // 100·1.1^t: ln y is a line of slope ln 1.1, so the trend growth is 10% and R² is 1
    const t = logLinearTrend([2000, 2001, 2002, 2003], [100, 110, 121, 133.1])
    expect(t.growth).toBeCloseTo(0.1, 12)
    expect(t.r2).toBeCloseTo(1, 12)
  })

  it('matches R\'s R² on Jilin\'s GDP', () => {
    // R: summary(lm(log(jilin) ~ year))$r.squared -> 0.982983909437875
    expect(logLinearTrend(JILIN_YEARS, JILIN_GDP).r2).toBeCloseTo(0.982983909437875, 12)
  })
})

describe('forecastTrend against R\'s regression prediction interval', () => {
  // R 4.x: fit <- lm(log(y) ~ year) with year 2000:2016 and y Jilin's GDP;
  //   exp(predict(fit, data.frame(year = c(2017, 2021)), interval = "prediction", level = 0.8))
  //     2017: 21582.8190821860 [18592.7093637480, 25053.8031021248]
  //     2021: 38482.0314201937 [32745.9288364704, 45222.9267833587]
  //   level = 0.95: 2017 [17026.9365896232, 27357.7150582835], 2021 [29771.7143164480, 49740.7279434575]
  const f = forecastTrend(JILIN_YEARS, JILIN_GDP, 5)
  const close = (actual: number, expected: number) => expect(actual / expected - 1).toBeCloseTo(0, 10)

  it('point forecasts', () => {
    expect(f.years).toEqual([2017, 2018, 2019, 2020, 2021])
    close(f.point[0]!, 21582.819082186)
    close(f.point[4]!, 38482.0314201937)
  })

  it('80% and 95% intervals', () => {
    const [pi80, pi95] = f.intervals
    close(pi80!.lower[0]!, 18592.709363748)
    close(pi80!.upper[4]!, 45222.9267833587)
    close(pi95!.lower[0]!, 17026.9365896232)
    close(pi95!.upper[4]!, 49740.7279434575)
  })
})
