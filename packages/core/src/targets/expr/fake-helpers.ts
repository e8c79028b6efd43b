import type { ExprHelpers } from './expr-helpers'

/**
 * Test helpers over a small hand-made table, recording every call. Zone GDP grows 21% a year
 * (100, 121, 146.41), region GDP 10% (400, 440, 484); the price index rises 3% a year.
 *
 * @example fakeHelpers().helpers.at("gdp", 2006) // => 121
 */
export function fakeHelpers(): { helpers: ExprHelpers; calls: [string, ...unknown[]][] } {
  const table: Record<string, Record<number, number>> = {
    gdp: { 2005: 100, 2006: 121, 2007: 146.41 },
    'region.gdp': { 2005: 400, 2006: 440, 2007: 484 },
    fiscal_revenue: { 2005: 10, 2006: 12, 2007: 15 }
  }
  const priceIndex: Record<number, number> = { 2005: 1, 2006: 1.03, 2007: 1.0609 }
  const calls: [string, ...unknown[]][] = []
  const at = (series: string, year: number): number => {
    const v = table[series]?.[year]
    if (v === undefined) throw new Error(`no value of ${series} in ${year}`)
    return v
  }
  const helpers: ExprHelpers = {
    at: (series, year) => (calls.push(['at', series, year]), at(series, year)),
    cagr: (series, from, to) => (calls.push(['cagr', series, from, to]), (at(series, to) / at(series, from)) ** (1 / (to - from)) - 1),
    sum: (series, from, to) => {
      calls.push(['sum', series, from, to])
      let total = 0
      for (let y = from; y <= to; y++) total += at(series, y)
      return total
    },
    share: (series, of, year) => (calls.push(['share', series, of, year]), at(series, year) / at(of, year)),
    real: (series, year) => (calls.push(['real', series, year]), at(series, year)),
    nominal: (series, year) => (calls.push(['nominal', series, year]), at(series, year) * (priceIndex[year] ?? Number.NaN))
  }
  return { helpers, calls }
}
