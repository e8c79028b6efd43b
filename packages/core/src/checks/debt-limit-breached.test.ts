import { describe, expect, it } from 'vitest'
import { checkScenario } from '../check-scenario'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import { debtLimitBreached } from './debt-limit-breached'

const years = [2005, 2006, 2007, 2008, 2009, 2010]

describe('debt-limit-breached', () => {
  it('fires in the first year the debt ratio is above the limit, and names the peak', () => {
    const [f, ...rest] = debtLimitBreached(years, [0, 0.5, 1, 1.2, 1.5, 1.1], [0, 5, 10, 12, 15, 11], 1, 'yiyuan')
    expect(rest).toEqual([])
    // 1.0 in 2007 is at the limit, not above it: the first breach is 2008
    expect(f).toMatchObject({ code: 'debt-limit-breached', severity: 'warning', year: 2008, debt_ratio: 1.2, debt: 12, peak_year: 2009, peak_debt_ratio: 1.5, debt_limit: 1, money: 'yiyuan' })
    expect(f!.message).toContain("reaches 12 in 2008, 1.20 times that year's fiscal revenue, above the limit of 1.00; it peaks at 1.50 times revenue in 2009")
  })

  it('does not repeat the peak when the first breach is the peak', () => {
    const [f] = debtLimitBreached(years, [0, 0.5, 1, 1.2, 0.9, 0.8], [0, 5, 10, 12, 9, 8], 1, 'yiyuan')
    expect(f).toMatchObject({ year: 2008, peak_year: 2008 })
    expect(f!.message).not.toContain('peaks')
  })

  it('is silent at the limit, below it, and where the ratio is undefined', () => {
    expect(debtLimitBreached(years, [0, 0.5, 1, 1, 0.2, null], [0, 5, 10, 10, 2, 3], 1, 'yiyuan')).toEqual([])
    expect(debtLimitBreached(years, [null, null, null, null, null, null], [0, 0, 0, 0, 0, 0], 1, 'yiyuan')).toEqual([])
  })

  it('reads a custom limit', () => {
    const ratios = [0, 0.5, 1, 1.2, 1.5, 1.1]
    const debts = [0, 5, 10, 12, 15, 11]
    expect(debtLimitBreached(years, ratios, debts, 1.5, 'yiyuan')).toEqual([])
    expect(debtLimitBreached(years, ratios, debts, 0.4, 'yiyuan')[0]).toMatchObject({ year: 2006, debt_ratio: 0.5, peak_year: 2009, debt_limit: 0.4 })
  })

  // revenue 10 flat (no investment, so Y = Y(t0)); S = 5 borrowed at r = 0: Debt = 0, 5, 10, 15; ratio 0, 0.5, 1, 1.5
  const scenario = (limit: string) =>
    `id: t\nyears: {base: 2005, end: 2008}\nbase: {gdp: 100, fiscal_revenue: 10}\nmodel: {infrastructure: 5, finance: {interest_rate: 0${limit}}}\n`

  it('fires on the model path with the default limit 1', () => {
    const r = checkScenario(realiseScenario(loadScenario(scenario(''), 'x.yaml')))
    const [f, ...rest] = r.findings.filter((x) => x.code === 'debt-limit-breached')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ year: 2008, debt: 15, debt_ratio: 1.5, debt_limit: 1 })
  })

  it('stays silent on the model path under a limit of 1.5', () => {
    const r = checkScenario(realiseScenario(loadScenario(scenario(', debt_limit: 1.5'), 'x.yaml')))
    expect(r.findings.filter((x) => x.code === 'debt-limit-breached')).toEqual([])
  })
})
