import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioPaths } from '../plan/scenario-paths'
import { requirements } from '../requirements/requirements'
import { loadScenario } from '../scenario/load-scenario'
import { MIN_MAGNITUDE } from '../scenario/schema/leaf'
import { realiseScenario } from '../scenario/realise-scenario'
import { modelParams } from './model-params'
import type { ModelParams } from './model-params'
import { modelPath } from './model-path'

/** Fixed seed: the same cases on every machine and every run (STYLE.md 7). */
const RUNS = { numRuns: 200, seed: 42 }
/** Relative slack for comparisons that hold exactly in real arithmetic. */
const EPS = 1e-9

/**
 * A double in [min, max] as a scenario may state it: magnitudes below the loader's MIN_MAGNITUDE
 * other than 0 (fast-check likes 5e-324) are refused as typing slips, so they are drawn as 0.
 */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => (Math.abs(x) < MIN_MAGNITUDE ? 0 : x))
const money = num
const share = num(0, 1)

const landArb = fc.record({
  planned: money(0.1, 200),
  servicedShare: share,
  usedShare: share,
  intensity: money(0.1, 50),
  servicingCost: money(0.1, 20)
})
const holidayArb = fc.record({
  free: fc.integer({ min: 0, max: 5 }),
  half: fc.integer({ min: 0, max: 5 }),
  rate: share,
  eligible: share
})

/**
 * A valid scenario's numbers: positive base values, a 1–10 year horizon, parameters in range.
 * Every case carries a land block and a holiday; `full` puts both in the file, `bare` leaves them
 * out (and sets β = 1), so each case gives one scenario with a land limit and relief and one without.
 */
const inputs = fc.record({
  t0: fc.integer({ min: 2000, max: 2020 }),
  horizon: fc.integer({ min: 1, max: 10 }),
  gdp: money(1, 10_000),
  revenue: money(0.1, 1_000),
  investment: money(1, 5_000),
  // base infrastructure as a share of base investment (it is part of it)
  infrastructureShare: num(0.01, 0.99),
  icor: money(1, 10),
  gestation: fc.integer({ min: 0, max: 3 }),
  incumbentGrowth: num(-0.05, 0.1),
  inflation: num(-0.02, 0.1),
  buoyancy: money(0.5, 1.5),
  attraction: fc.option(money(0, 2_000), { nil: undefined }),
  modelInfrastructure: fc.option(money(0, 200), { nil: undefined }),
  land: landArb,
  holiday: holidayArb,
  finance: fc.record({
    budgetShare: share,
    landPrice: money(0, 20),
    grants: money(0, 20),
    interestRate: money(0, 0.15),
    interestSubsidy: share,
    debt: money(0, 500),
    debtLimit: money(0.1, 5)
  })
})
type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never
type Variant = 'full' | 'bare'

/** The scenario file (JSON, which the YAML loader reads) for generated inputs. */
function scenarioText(g: Inputs, variant: Variant): string {
  const full = variant === 'full'
  const model: Record<string, unknown> = {
    capital_output_ratio: g.icor,
    gestation_years: g.gestation,
    incumbent_growth: g.incumbentGrowth,
    tax: { buoyancy: full ? g.buoyancy : 1, holiday: full ? { free_years: g.holiday.free, half_years: g.holiday.half, half_rate: g.holiday.rate, eligible_share: g.holiday.eligible } : null },
    finance: {
      budget_share: g.finance.budgetShare,
      land_price: g.finance.landPrice,
      grants: g.finance.grants,
      interest_rate: g.finance.interestRate,
      interest_subsidy: g.finance.interestSubsidy,
      debt: g.finance.debt,
      debt_limit: g.finance.debtLimit
    }
  }
  if (g.attraction !== undefined) model.attraction = g.attraction
  if (g.modelInfrastructure !== undefined) model.infrastructure = g.modelInfrastructure
  if (full) {
    const serviced = g.land.planned * g.land.servicedShare
    model.land = { planned: g.land.planned, serviced, used: serviced * g.land.usedShare }
    model.servicing_cost = g.land.servicingCost
    model.investment_intensity = g.land.intensity
  }
  return JSON.stringify({
    id: 'prop',
    years: { base: g.t0, end: g.t0 + g.horizon },
    inflation: g.inflation,
    base: { gdp: g.gdp, fiscal_revenue: g.revenue, investment: g.investment, infrastructure: g.investment * g.infrastructureShare },
    model
  })
}

// Loading a scenario costs milliseconds (the schema is built per file); with one seed every
// property sees the same cases, so each is loaded once for the whole file.
const loaded = new Map<string, ModelParams>()
function params(g: Inputs, variant: Variant): ModelParams {
  const text = scenarioText(g, variant)
  let m = loaded.get(text)
  if (!m) {
    const s = realiseScenario(loadScenario(text, 'prop.json'))
    m = modelParams(s, scenarioPaths(s))
    loaded.set(text, m)
  }
  return m
}

/** a ≤ b up to EPS relative to the larger magnitude */
const atMost = (a: number, b: number) => a <= b + EPS * Math.max(1, Math.abs(a), Math.abs(b))

const both: Variant[] = ['full', 'bare']

describe('model path properties (fast-check, seed 42)', () => {
  it('M1, M3: U ≤ A ≤ A_max in every year, and land is never given back', () => {
    fc.assert(
      fc.property(inputs, (g) => {
        const m = params(g, 'full')
        const y = modelPath(m)
        const aMax = m.land!.plannedKm2
        for (let i = 0; i < m.years.length; i++) {
          if (!atMost(y.land_used[i]!, y.land_serviced[i]!) || !atMost(y.land_serviced[i]!, aMax)) return false
          if (i > 0 && (y.land_serviced[i]! < y.land_serviced[i - 1]! || y.land_used[i]! < y.land_used[i - 1]!)) return false
        }
        return true
      }),
      RUNS
    )
  })

  it('M2: realised project investment never exceeds demand, and equals it without a land block', () => {
    fc.assert(
      fc.property(inputs, (g) =>
        both.every((variant) => {
          const m = params(g, variant)
          const y = modelPath(m)
          for (let i = 1; i < m.years.length; i++) {
            const P = y.project_investment[i]!
            if (!(P >= 0) || P > m.attraction[i]!) return false
            if (!m.land && P !== m.attraction[i]!) return false
          }
          return true
        })
      ),
      RUNS
    )
  })

  it('M10: debt is never negative', () => {
    fc.assert(
      fc.property(inputs, (g) => both.every((variant) => modelPath(params(g, variant)).debt.every((d) => Number.isFinite(d) && d >= 0))),
      RUNS
    )
  })

  it('M6: relieved output never exceeds the output of the cohorts producing so far (Σ_c P_real(c)/v)', () => {
    fc.assert(
      fc.property(inputs, (g) => {
        const m = params(g, 'full')
        const y = modelPath(m)
        for (let i = 1; i < m.years.length; i++) {
          let cohorts = 0
          for (let c = 1; c <= i - m.gestation; c++) cohorts += y.project_investment[c]! / m.p[c]! / m.icor
          const H = y.relieved_output[i]!
          if (!(H >= 0) || !atMost(H, cohorts)) return false
        }
        return true
      }),
      RUNS
    )
  })

  it('M1: more infrastructure never reduces serviced land', () => {
    fc.assert(
      fc.property(inputs, fc.array(money(0, 100), { minLength: 11, maxLength: 11 }), (g, extra) => {
        const m = params(g, 'full')
        const more = { ...m, infrastructure: m.infrastructure.map((s, i) => s + extra[i]!) }
        const a = modelPath(m).land_serviced
        const b = modelPath(more).land_serviced
        return Array.from(a).every((x, i) => atMost(x, b[i]!))
      }),
      RUNS
    )
  })

  it('M4: a higher ICOR never raises output', () => {
    fc.assert(
      fc.property(inputs, num(0, 2), (g, rise) =>
        both.every((variant) => {
          // v raised in the parameters (modelParams passes capital_output_ratio through, see
          // model-params.test.ts), so the case need not be loaded twice
          const m = params(g, variant)
          const low = modelPath(m).gdp
          const high = modelPath({ ...m, icor: m.icor * (1 + rise) }).gdp
          return Array.from(high).every((x, i) => atMost(x, low[i]!))
        })
      ),
      RUNS
    )
  })

  it('M7: with no land block, no holiday and β = 1, R(t)/R(t0) = p(t)·Y(t)/Y(t0)', () => {
    fc.assert(
      fc.property(inputs, (g) => {
        const m = params(g, 'bare')
        const y = modelPath(m)
        return m.years.every((_, i) => {
          const lhs = y.fiscal_revenue[i]! / y.fiscal_revenue[0]!
          const rhs = (m.p[i]! * y.gdp[i]!) / y.gdp[0]!
          return Math.abs(lhs - rhs) <= EPS * Math.max(1, rhs)
        })
      }),
      RUNS
    )
  })

  it('R1 on the model path’s own GDP gives back P_real(c) for every cohort c > t0 (no land, no expansion)', () => {
    fc.assert(
      fc.property(inputs, (g) => {
        const m = params(g, 'bare')
        const y = modelPath(m)
        const r = requirements(m, Array.from(y.gdp), undefined, Array.from(y.fiscal_revenue))
        if (!r) return false
        const t0 = m.years[0]!
        // requirements() indexes cohorts by r.years: entry k is cohort t0 + 1 + k − ℓ
        return r.years.every((c, k) => {
          if (c <= t0) return true
          const i = c - t0
          const pReal = y.project_investment[i]! / m.p[i]!
          // R1 differences output levels: its rounding error scales with v·Y, not with P
          const tol = EPS * Math.max(1, m.icor * y.gdp[i + m.gestation]!)
          return Math.abs(r.project_investment_real[k]! - pReal) <= tol
        })
      }),
      RUNS
    )
  })
})

describe('the generator', () => {
  it('makes scenarios the loader accepts, with a land block and holiday and without', () => {
    for (const g of fc.sample(inputs, { numRuns: 20, seed: 42 })) {
      expect(params(g, 'full').land).not.toBeNull()
      expect(params(g, 'full').holiday).not.toBeNull()
      expect(params(g, 'bare')).toMatchObject({ land: null, holiday: null, buoyancy: 1 })
    }
  })
})
