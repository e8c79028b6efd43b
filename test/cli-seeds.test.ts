/**
 * End-to-end: `zonecast check` and `zonecast run` on the three seed scenarios (scenarios/*.yaml).
 * Expected numbers come from the hand arithmetic in each file's header ("What a careful reader
 * finds" for the plan path, "What the model says" for the model path) and from the file's own
 * stated numbers, recomputed here in closed form.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from './support/run-cli'
import type { CliResult } from './support/run-cli'

// yaml is a dependency of @zonecast/core only; the tests borrow it to turn a seed into JSON
const require = createRequire(import.meta.url)
const YAML = require('../packages/core/node_modules/yaml') as { parse(text: string): unknown }

const seeds = {
  jilin: { file: 'scenarios/jilin-2006-2010.yaml', id: 'jilin-2006-2010', years: { base: 2005, end: 2010 } },
  huainan: { file: 'scenarios/huainan-2010.yaml', id: 'huainan-2010', years: { base: 2009, end: 2010 } },
  tengzhou: { file: 'scenarios/tengzhou-2010.yaml', id: 'tengzhou-2010', years: { base: 2009, end: 2010 } }
} as const
type Seed = keyof typeof seeds
const seedNames = Object.keys(seeds) as Seed[]

/** shared/INTERFACE.md "JSON results", `check`. */
interface CheckJson {
  scenario: { id: string; years: { base: number; end: number } }
  ok: boolean
  status_from: 'model'
  targets: {
    id: string
    kind: string
    min?: number
    max?: number
    plan: { value: number | null; met: boolean }
    model: { value: number | null; met: boolean } | null
    probability: { value: number; se: number; draws: number } | null
    status: 'met' | 'missed'
  }[]
  findings: ({ code: string; severity: string; message: string } & Record<string, unknown>)[]
  requirements: Record<string, unknown>
}

/** shared/INTERFACE.md "JSON results", `run`. */
interface RunJson {
  years: number[]
  plan: Record<string, (number | null)[]>
  model: Record<string, (number | null)[]>
  region: Record<string, (number | null)[]>
  indicators: Record<string, (number | null)[]>
}

// each seed is checked once and the result shared by the tests below (a spawn costs ~0.4 s)
const checked = new Map<Seed, { result: CliResult; json: CheckJson }>()
function checkJson(seed: Seed): { result: CliResult; json: CheckJson } {
  let c = checked.get(seed)
  if (!c) {
    const result = runCli(['check', seeds[seed].file, '--json'])
    c = { result, json: JSON.parse(result.stdout) as CheckJson }
    checked.set(seed, c)
  }
  return c
}
const ran = new Map<string, CliResult>()
function runFormat(seed: Seed, format: 'table' | 'csv' | 'json' | 'md'): CliResult {
  const key = `${seed}:${format}`
  let r = ran.get(key)
  if (!r) {
    r = runCli(['run', seeds[seed].file, '--format', format])
    ran.set(key, r)
  }
  return r
}

function target(json: CheckJson, id: string): CheckJson['targets'][number] {
  const t = json.targets.find((x) => x.id === id)
  if (!t) throw new Error(`no target ${id} in ${json.targets.map((x) => x.id).join(', ')}`)
  return t
}
function findings(json: CheckJson, code: string): CheckJson['findings'] {
  return json.findings.filter((f) => f.code === code)
}
function yearsOf(seed: Seed): number[] {
  const { base, end } = seeds[seed].years
  return Array.from({ length: end - base + 1 }, (_, i) => base + i)
}

// Jilin (scenarios/jilin-2006-2010.yaml), levels in 億元: the plan path of a series with a stated
// average rate g runs from its 2005 base to base·(1+g)^5 in 2010; the region paths are {base, growth}
const jilinGdp2010 = 1227.79 * 1.21 ** 5 // base.gdp, plan.gdp.growth 0.21 (header finding 2: 3184.57)
const jilinRegionGdp2010 = 3611.15 * 1.12 ** 5 // region.gdp {base: 3611.15, growth: 0.12} (6364.08)
const jilinIndustry2010 = 715.2 * 1.24 ** 5 // base.industrial_va, growth 0.24 (header finding 2: 2096.70)
const jilinRegionIndustry2010 = 1200.0 * 1.12 ** 5 // region.industrial_va (header finding 4: 2114.81)
const jilinFiscal2010 = 127.3 * 1.237 ** 5 // base.fiscal_revenue, growth 0.237 (header finding 5: 368.70)
const jilinRegionFiscal2010 = 418.75 * 1.178 ** 5 // region.fiscal_revenue (header finding 5: 949.91)

describe('check --json on the seeds', () => {
  it('exits 1 for jilin and tengzhou (targets missed on the model path), 0 for huainan', () => {
    // jilin: nine targets missed on the model path, GDP 11.9% a year against 21% ("What the model says" M2, M3)
    expect(checkJson('jilin').result.status).toBe(1)
    expect(checkJson('jilin').json.ok).toBe(false)
    // tengzhou: industrial VA +13.5% on the model path against +39% (T1), though every target is met on the plan path
    expect(checkJson('tengzhou').result.status).toBe(1)
    expect(checkJson('tengzhou').json.ok).toBe(false)
    expect(checkJson('tengzhou').json.targets.every((t) => t.plan.met)).toBe(true)
    // huainan: infrastructure 16 on both paths (H1)
    expect(checkJson('huainan').result.status).toBe(0)
    expect(checkJson('huainan').json.ok).toBe(true)
  })

  it.each(seedNames)('%s: has the keys of shared/INTERFACE.md and nothing on stderr', (seed) => {
    const { result, json } = checkJson(seed)
    expect(result.stderr).toBe('')
    expect(json.scenario.id).toBe(seeds[seed].id)
    expect(json.scenario.years).toEqual(seeds[seed].years)
    expect(typeof json.ok).toBe('boolean')
    expect(json.status_from).toBe('model')
    expect(json.targets.length).toBeGreaterThan(0)
    for (const t of json.targets) {
      expect(t.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
      expect(['cagr', 'growth', 'level', 'share', 'cumulative', 'ratio', 'expr']).toContain(t.kind)
      expect(typeof t.min === 'number' || typeof t.max === 'number', t.id).toBe(true)
      expect(t.plan).toHaveProperty('value')
      expect(typeof t.plan.met).toBe('boolean')
      // the model path decides the status; without --draws there is no probability
      expect(t.model).not.toBeNull()
      expect(t.model).toHaveProperty('value')
      expect(t.status, t.id).toBe(t.model?.met ? 'met' : 'missed')
      expect(t.probability).toBeNull()
    }
    for (const f of json.findings) {
      expect(f.code).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(['error', 'warning', 'info']).toContain(f.severity)
      expect(f.message.length).toBeGreaterThan(0)
    }
    expect(typeof json.requirements).toBe('object')
    expect(json.requirements).not.toBeNull()
    // ok is the exit code's verdict: every target met on the model path and no error finding
    const allMet = json.targets.every((t) => t.status === 'met') && !json.findings.some((f) => f.severity === 'error')
    expect(json.ok).toBe(allMet)
  })

  it('jilin: target values on the plan path', () => {
    const { json } = checkJson('jilin')
    // plan.gdp.growth 0.21 builds the path 1227.79 → 1227.79·1.21^5, so its 2005–2010 CAGR is 21%
    expect(target(json, 'gdp-cagr').plan.value).toBeCloseTo(0.21, 12)
    expect(target(json, 'gdp-cagr').min).toBe(0.21)
    expect(target(json, 'gdp-cagr').plan.met).toBe(true)
    // 1227.79·1.21^5 / (3611.15·1.12^5) = 3184.57 / 6364.08 = 0.5004 (header finding 3: met, barely)
    expect(target(json, 'gdp-share-2010').plan.value).toBeCloseTo(jilinGdp2010 / jilinRegionGdp2010, 10)
    expect(target(json, 'gdp-share-2010').plan.value).toBeCloseTo(0.5004, 4)
    expect(target(json, 'gdp-share-2010').plan.met).toBe(true)
    // 715.2·1.24^5 / (1200·1.12^5) = 2096.70 / 2114.81 = 0.991 (header finding 4)
    expect(target(json, 'industrial-va-share-2010').plan.value).toBeCloseTo(jilinIndustry2010 / jilinRegionIndustry2010, 10)
    // 127.3·1.237^5 / (418.75·1.178^5) = 368.70 / 949.91 = 0.388 (header finding 5)
    const fiscal = target(json, 'fiscal-revenue-share-2010')
    expect(fiscal.plan.value).toBeCloseTo(jilinFiscal2010 / jilinRegionFiscal2010, 10)
    expect(fiscal.plan.value).toBeCloseTo(0.388, 3)
    expect(fiscal.min).toBe(0.5)
    expect(fiscal.plan.met).toBe(false)
    expect(fiscal.status).toBe('missed')
    // the only target the plan's own numbers miss
    expect(json.targets.filter((t) => !t.plan.met).map((t) => t.id)).toEqual(['fiscal-revenue-share-2010'])
    // min "18 yiusd" at exchange_rate 8.19 = 147.42 億元; the plan level is the same quantity
    expect(target(json, 'foreign-capital-2006').min).toBeCloseTo(18 * 8.19, 10)
    expect(target(json, 'foreign-capital-2006').plan.value).toBeCloseTo(18 * 8.19, 10)
    // region.investment {base: 1846.5, growth: 0.178} summed over 2006–2010:
    // 1846.5·(1.178 + 1.178^2 + … + 1.178^5) = 15500.4 (YAML comment on region.investment.base)
    const sum = [1, 2, 3, 4, 5].reduce((s, k) => s + 1846.5 * 1.178 ** k, 0)
    expect(target(json, 'province-investment-2006-2010').plan.value).toBeCloseTo(sum, 6)
    expect(target(json, 'province-investment-2006-2010').plan.value).toBeCloseTo(15500.4, 1)
  })

  it('jilin: reports the findings of its header', () => {
    const { json } = checkJson('jilin')
    // header finding 1: 1080 / 715.2 = +51.0% against the stated +35%; 715.2·1.35 = 965.52; 1080 / 1.35 = 800
    const mismatch = findings(json, 'level-rate-mismatch')
    expect(mismatch.map((f) => [f.series, f.year, f.severity])).toEqual([['industrial_va', 2006, 'warning']])
    expect(mismatch[0]?.implied_growth).toBeCloseTo(1080 / 715.2 - 1, 10)
    expect(mismatch[0]?.stated_growth).toBe(0.35)
    expect(mismatch[0]?.level_at_stated_growth).toBeCloseTo(965.52, 8)
    expect(mismatch[0]?.previous_level_implied).toBeCloseTo(800, 8)
    // header finding 1, no finding: gdp 1680 / 1227.79 = +36.83% vs 37%, fiscal 160 / 127.3 = +25.69% vs 25% (within 1 point)

    // header finding 2: GDP +36.8% in 2006, then (3184.57 / 1680)^(1/4) − 1 = 17.3% a year;
    // industrial VA +51.0%, then (2096.70 / 1080)^(1/4) − 1 = 18.0% a year
    // (series with only a 2006 level and a flat path after it may be reported too: header finding 2)
    const front = findings(json, 'front-loaded')
    expect(front.map((f) => f.series)).toEqual(expect.arrayContaining(['gdp', 'industrial_va']))
    // not front-loaded: fiscal revenue 25.7% then 23.2% a year, investment 26% then 23.5% (header finding 2)
    expect(front.map((f) => f.series)).not.toContain('fiscal_revenue')
    expect(front.map((f) => f.series)).not.toContain('investment')
    const gdpFront = front.find((f) => f.series === 'gdp')
    expect(gdpFront?.first_year_growth).toBeCloseTo(1680 / 1227.79 - 1, 10)
    expect(gdpFront?.remaining_years_growth).toBeCloseTo((jilinGdp2010 / 1680) ** (1 / 4) - 1, 10)
    const vaFront = front.find((f) => f.series === 'industrial_va')
    expect(vaFront?.remaining_years_growth).toBeCloseTo((jilinIndustry2010 / 1080) ** (1 / 4) - 1, 10)

    // header finding 3: the rest of the province (3611.15 − 1227.79 = 2383.36 in 2005) may grow at most
    // (3184.57·(1/0.5 − 1) / 2383.36)^(1/5) − 1 = 5.97% a year, below half of 12%: a warning
    const rest = findings(json, 'implied-rest-growth').find((f) => f.target === 'gdp-share-2010')
    expect(rest?.severity).toBe('warning')
    expect(rest?.rest_base).toBeCloseTo(3611.15 - 1227.79, 8)
    expect(rest?.implied_rest_growth).toBeCloseTo((jilinGdp2010 * (1 / 0.5 - 1) / (3611.15 - 1227.79)) ** (1 / 5) - 1, 10)
    expect(rest?.implied_rest_growth).toBeCloseTo(0.0597, 4)

    // header finding 5: 38.8% on the plan path against min 50%
    const unreachable = findings(json, 'target-unreachable-on-plan')
    expect(unreachable.map((f) => f.target)).toEqual(['fiscal-revenue-share-2010'])
    expect(unreachable[0]?.plan_value).toBeCloseTo(jilinFiscal2010 / jilinRegionFiscal2010, 10)
  })

  it('tengzhou: every target met on the plan path, one parts-exceed-total warning for infrastructure 2010', () => {
    const { json } = checkJson('tengzhou')
    expect(json.targets.every((t) => t.plan.met)).toBe(true)
    // plan.industrial_output.growth 0.38 on the 2009 base 331: the 2010 growth is the stated 38%
    expect(target(json, 'industrial-output-growth-2010').plan.value).toBeCloseTo(0.38, 12)
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([])
    // header finding 4: the project quotas 10 + 10 + 10 = 30 match their total, so one parts finding only
    const partsFindings = json.findings.filter((f) => f.code.startsWith('parts-'))
    expect(partsFindings.map((f) => [f.code, f.severity])).toEqual([['parts-exceed-total', 'warning']])
    const parts = partsFindings[0]
    // header finding 1: 4485萬元 + 1.15 + 1 + 3000萬元 + 2350萬元 = 0.4485 + 1.15 + 1 + 0.3 + 0.235
    // = 3.1335 億元 against the stated total 2.5: 0.6335 more, 25.3%
    expect(parts?.series).toBe('infrastructure')
    expect(parts?.year).toBe(2010)
    expect(parts?.parts_sum).toBeCloseTo(0.4485 + 1.15 + 1 + 0.3 + 0.235, 10)
    expect(parts?.parts_sum).toBeCloseTo(3.1335, 10)
    expect(parts?.total).toBe(2.5)
    expect(parts?.relative_difference).toBeCloseTo(0.6335 / 2.5, 10)
  })

  it('tengzhou: industrial VA +39% missed on the model path; implied ICOR 1.39', () => {
    const { json } = checkJson('tengzhou')
    // T1: 110.9 + (60 − 2)/3.87 = 125.89, +13.5% against +39%
    const va = target(json, 'industrial-va-growth-2010')
    expect(va.plan).toEqual({ value: expect.closeTo(0.39, 12) as number, met: true })
    expect(va.model?.value).toBeCloseTo(58 / 3.87 / 110.9, 10)
    expect(va.model?.met).toBe(false)
    expect(va.status).toBe('missed')
    expect(json.targets.filter((t) => t.status === 'missed').map((t) => t.id)).toEqual(['industrial-va-growth-2010'])
    // header finding 3: 2009's investment 60 against added output 110.9·0.39 = 43.25: 1.39, below 2.5
    const icor = findings(json, 'implied-icor')
    expect(icor.map((f) => f.severity)).toEqual(['warning'])
    expect(icor[0]?.implied_icor).toBeCloseTo(60 / (110.9 * 0.39), 10)
    // T4: one default, deliberately
    expect(findings(json, 'default-assumed').map((f) => f.parameter)).toEqual(['model.attraction'])
  })

  it('jilin: the model path of "What the model says"', () => {
    const { json } = checkJson('jilin')
    // M2: 1227.79 + 444.77/3.45 = 1356.71 in 2006 against 1680; 2152.54 in 2010, 11.9% a year against 21%
    expect(target(json, 'gdp-2006').model?.value).toBeCloseTo(1227.79 + 444.77 / 3.45, 8)
    expect(target(json, 'gdp-cagr').model?.value).toBeCloseTo(0.1188, 4)
    // M2: 2152.54/6364.08 = 33.8% against 50%; M3: 283.33/949.91 = 29.8%
    expect(target(json, 'gdp-share-2010').model?.value).toBeCloseTo(0.3382, 4)
    expect(target(json, 'fiscal-revenue-share-2010').model?.value).toBeCloseTo(0.2983, 4)
    // met on the model path: investment (P + S is the plan's own), the plan-only series, the province's total
    expect(json.targets.filter((t) => t.status === 'met').map((t) => t.id)).toEqual([
      'investment-cagr',
      'investment-share-2010',
      'external-funds-share-2010',
      'foreign-capital-2006',
      'domestic-inflows-2006',
      'investment-2006',
      'province-investment-2006-2010'
    ])
    // M1: investment 2005–2009 in 2005 prices 3695.74 against added GDP 1956.78 = 1.89
    expect(findings(json, 'implied-icor')[0]?.implied_icor).toBeCloseTo(1.8887, 4)
    // M4: 3.45·(3184.57 − 1680) = 5190.77 at 12.81 億元/km² = 405.21 km² against 620 − 217 = 403
    expect(findings(json, 'land-short')[0]).toMatchObject({ land_available_km2: 403, year: 2009 })
    expect(findings(json, 'land-short')[0]?.land_needed_km2).toBeCloseTo(3.45 * (jilinGdp2010 - 1680) / (85.4 * 0.15), 8)
    // M5: 294.94/234.33 = 1.26 in 2009, above the limit 1.0
    expect(findings(json, 'debt-limit-breached')[0]).toMatchObject({ year: 2009, debt_limit: 1 })
    expect(findings(json, 'debt-limit-breached')[0]?.debt_ratio).toBeCloseTo(1.2587, 3)
    // M6
    expect(findings(json, 'default-assumed').map((f) => f.parameter)).toEqual(['model.attraction'])
  })

  it('huainan: 138.98 km² of listed zones against the stated 139 is rounding, not a finding', () => {
    const { json } = checkJson('huainan')
    // header finding 1: 20 + 10 + 5 + 45 + 7.6 + 12.23 + 7.91 + 4 + 7.24 + 20 = 138.98, 0.014% short
    expect(json.findings.filter((f) => f.code.startsWith('parts-'))).toEqual([])
    // plan.infrastructure.levels 2010: 16 (億元) against min 16; the model spends the plan's 16 (H1)
    expect(target(json, 'infrastructure-2010').plan.value).toBe(16)
    expect(target(json, 'infrastructure-2010').model?.value).toBe(16)
    expect(target(json, 'infrastructure-2010').status).toBe('met')
    // H4: the one default; no output, so no implied-icor, land-short or debt-limit-breached (H3)
    expect(json.findings.map((f) => [f.code, f.parameter])).toEqual([['default-assumed', 'model.infrastructure']])
  })

  it('--strict turns a warning into exit 1 when every target is met on the model path; plain check stays 0', () => {
    // v = 4, demand 40 a year from a base of 40, no land, no inflation: GDP 100 → 110 → 120 on the model path,
    // (120/100)^(1/2) − 1 = 9.5% a year ≥ 9%; the plan's 130 "+10%" on 100 is a level-rate-mismatch warning
    const yaml =
      'id: strict-demo\nyears: {base: 2005, end: 2007}\nbase: {gdp: 100, industrial_va: 100, project_investment: 40}\n' +
      'plan:\n  gdp: {growth: 0.1}\n  industrial_va: {levels: {2006: {value: 130, growth: 0.1}}}\n' +
      'model: {capital_output_ratio: 4, attraction: 40}\n' +
      'targets:\n  - {id: gdp-cagr, kind: cagr, series: gdp, from: 2005, to: 2007, min: 0.09}\n'
    const plain = runCli(['check', '-'], { input: yaml })
    expect(plain.stderr).toBe('')
    expect(plain.status).toBe(0)
    expect(plain.stdout).toContain('level-rate-mismatch')
    const strict = runCli(['check', '-', '--strict'], { input: yaml })
    expect(strict.status).toBe(1)
    expect(strict.stdout).toBe(plain.stdout)
    expect(strict.stderr).toBe('')
  })
})

describe('run on the seeds', () => {
  it.each(seedNames)('%s --format json: years, plan, model, region, indicators, each array aligned with years', (seed) => {
    const r = runFormat(seed, 'json')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout) as RunJson
    expect(json.years).toEqual(yearsOf(seed))
    for (const block of ['plan', 'model', 'region', 'indicators'] as const) {
      expect(typeof json[block], block).toBe('object')
      for (const [name, values] of Object.entries(json[block])) {
        expect(values.length, `${block}.${name}`).toBe(json.years.length)
        for (const v of values) expect(v === null || Number.isFinite(v), `${block}.${name}`).toBe(true)
      }
    }
  })

  it('jilin --format json: the plan and region paths of the YAML', () => {
    const json = JSON.parse(runFormat('jilin', 'json').stdout) as RunJson
    // base.gdp 1227.79, stated 2006 level 1680, 2010 = 1227.79·1.21^5
    expect(json.plan.gdp?.[0]).toBe(1227.79)
    expect(json.plan.gdp?.[1]).toBe(1680)
    expect(json.plan.gdp?.[5]).toBeCloseTo(jilinGdp2010, 8)
    // region.gdp {base: 3611.15, growth: 0.12}
    expect(json.region.gdp?.[0]).toBe(3611.15)
    expect(json.region.gdp?.[5]).toBeCloseTo(jilinRegionGdp2010, 8)
    // the plan path's share of the region, 3184.57/6364.08 in 2010 (header finding 3)
    expect(json.indicators.plan_share_gdp?.[5]).toBeCloseTo(jilinGdp2010 / jilinRegionGdp2010, 10)
  })

  it('jilin --format json: the model path and indicators of "What the model says"', () => {
    const json = JSON.parse(runFormat('jilin', 'json').stdout) as RunJson
    // M2: 1227.79 + 444.77/3.45 = 1356.71 in 2006; 2152.54 in 2010
    expect(json.model.gdp?.[0]).toBe(1227.79)
    expect(json.model.gdp?.[1]).toBeCloseTo(1356.7088, 4)
    expect(json.model.gdp?.[5]).toBeCloseTo(2152.54, 2)
    // M4: infrastructure 71.1·1.24 = 88.164 in 2006 services 88.164/(0.97·1.0394) = 87.44 km²: 397.45; 620 from 2009
    expect(json.model.infrastructure?.[1]).toBeCloseTo(88.164, 9)
    expect(json.model.land_serviced?.[1]).toBeCloseTo(310 + 88.164 / (0.97 * 1.0394), 8)
    expect(json.model.land_serviced?.slice(4)).toEqual([620, 620])
    // M5: 88.164 − 0.2·146.21 − 0.3·1.0394·42.20 = 45.76 of debt in 2006; 294.94 in 2009, 434.47 in 2010
    expect(json.model.debt?.[1]).toBeCloseTo(45.76, 2)
    expect(json.model.debt?.[5]).toBeCloseTo(434.47, 2)
    // M11 on the model path: debt/revenue 294.94/234.33 = 1.26 in 2009; Y/U = 1227.79/217 = 5.66 in 2005;
    // share of the region 2152.54/6364.08 = 33.8% in 2010 (against the plan path's 50.0%)
    expect(json.indicators.debt_ratio?.[4]).toBeCloseTo(1.2587, 3)
    expect(json.indicators.output_per_km2?.[0]).toBeCloseTo(1227.79 / 217, 10)
    expect(json.indicators.share_gdp?.[5]).toBeCloseTo(0.3382, 4)
    // M3: relieved output 0.048·540.54/3.45 = 7.52 in 2007
    expect(json.model.relieved_output?.[2]).toBeCloseTo(7.52, 2)
  })

  it('huainan --format json: null where the plan gives no value', () => {
    const json = JSON.parse(runFormat('huainan', 'json').stdout) as RunJson
    // plan.infrastructure and plan.land_planned state only 2010 (16 億元, 139 km²) and have no base
    expect(json.plan.infrastructure).toEqual([null, 16])
    expect(json.plan.land_planned).toEqual([null, 139])
    // no base GDP: no model output, revenue or output per km²
    expect(json.model.gdp).toEqual([null, null])
    expect(json.indicators.output_per_km2).toEqual([null, null])
  })

  it('huainan --format json: land, investment and debt of "What the model says"', () => {
    const json = JSON.parse(runFormat('huainan', 'json').stdout) as RunJson
    // H1: 16/(1.5·1.0688) = 9.98 km² serviced in 2010: 25 → 34.98
    expect(json.model.land_serviced?.[0]).toBe(25)
    expect(json.model.land_serviced?.[1]).toBeCloseTo(25 + 16 / (1.5 * 1.0688), 10)
    // H2: 23.9 at 102.92 萬元/畝 = 15.438 億元/km², times p = 1.0688 (16.50): 1.45 km², 17.5 → 18.95
    expect(json.model.land_used?.[1]).toBeCloseTo(17.5 + 23.9 / (15.438 * 1.0688), 10)
    // H2: investment 23.9 + 16 = 39.9 (M2b), 2009's 23.9 with no infrastructure of its own
    expect(json.model.investment).toEqual([23.9, 39.9])
    // H3: 16 − land sales 0.5·1.0688·1.4485 = 0.77: 15.23 of new debt
    expect(json.model.debt?.[1]).toBeCloseTo(16 - 0.5 * 23.9 / 15.438, 10)
  })

  it.each(seedNames)('%s --format csv: header path,series,unit,prices,<years>; every row equals the JSON', (seed) => {
    const r = runFormat(seed, 'csv')
    expect(r.status).toBe(0)
    const [header, ...rows] = r.stdout.trimEnd().split('\n')
    expect(header).toBe(['path', 'series', 'unit', 'prices', ...yearsOf(seed)].join(','))
    const json = JSON.parse(runFormat(seed, 'json').stdout) as RunJson
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const [path, series, , , ...cells] = row.split(',')
      const block = json[path as keyof RunJson] as Record<string, (number | null)[]> | undefined
      expect(block, row).toBeDefined()
      // the CSV holds every digit (no rounding) and an empty cell where JSON has null
      expect(cells.map((c) => (c === '' ? null : Number(c))), row).toEqual(block?.[series ?? ''])
    }
    if (seed === 'jilin') {
      const gdp = rows.find((row) => row.startsWith('plan,gdp,'))
      expect(gdp?.split(',').slice(2, 4)).toEqual(['yiyuan', 'real'])
      expect(gdp?.split(',').slice(4).map(Number)).toEqual(json.plan.gdp)
    }
  })

  it.each(seedNames)('%s table: a row per series with the years as columns', (seed) => {
    const r = runFormat(seed, 'table')
    expect(r.status).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^path\\s+series\\s+unit\\s+prices\\s+${yearsOf(seed).join('\\s+')}$`))
    expect(lines[1]).toMatch(/^[- ]+$/)
    // notes go to stderr so that stdout is only the table
    expect(r.stderr).toMatch(/^(note: .*\n)*$/)
  })

  it('jilin table: the plan GDP row ends at 1227.79·1.21^5 = 3,184.57', () => {
    const gdp = runFormat('jilin', 'table').stdout.split('\n').find((l) => /^plan\s+GDP\s/.test(l))
    expect(gdp).toMatch(/\s1,227\.79\s+1,680\.00\s.*\s3,184\.57$/)
  })

  it.each(seedNames)('%s --format md: a title and a Markdown table with the years as columns', (seed) => {
    const r = runFormat(seed, 'md')
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(new RegExp(`^# .* \\(${seeds[seed].id}\\)$`))
    expect(lines).toContain(`| path | series | unit | prices | ${yearsOf(seed).join(' | ')} |`)
  })

  describe('--out DIR', () => {
    const dirs: string[] = []
    afterAll(() => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true })
    })

    it('writes csv, json and md equal to the printed formats and a record of them, leaves no temporary file, replaces them on a second run', () => {
      const dir = mkdtempSync(join(tmpdir(), 'zonecast-out-'))
      dirs.push(dir)
      const stem = seeds.tengzhou.id
      const names = [`${stem}.run.csv`, `${stem}.run.json`, `${stem}.run.md`]
      const first = runCli(['run', seeds.tengzhou.file, '--out', dir])
      expect(first.status).toBe(0)
      expect(first.stdout).toBe('')
      for (const name of names) expect(first.stderr).toContain(`wrote ${join(dir, name)}`)
      expect(readdirSync(dir).sort()).toEqual(['.zonecast-written', ...names])
      expect(readFileSync(join(dir, names[0] ?? ''), 'utf8')).toBe(runFormat('tengzhou', 'csv').stdout)
      expect(readFileSync(join(dir, names[1] ?? ''), 'utf8')).toBe(runFormat('tengzhou', 'json').stdout)
      expect(readFileSync(join(dir, names[2] ?? ''), 'utf8')).toBe(runFormat('tengzhou', 'md').stdout)

      // unchanged since zonecast wrote them: replaced without --force
      const again = runCli(['run', seeds.tengzhou.file, '--out', dir, '--quiet', '--set', 'model.capital_output_ratio=5'])
      expect(again.status).toBe(0)
      expect(readFileSync(join(dir, names[0] ?? ''), 'utf8')).not.toBe(runFormat('tengzhou', 'csv').stdout)

      // changed by someone: refused, nothing written, until --force
      for (const name of names) writeFileSync(join(dir, name), 'stale\n')
      const refused = runCli(['run', seeds.tengzhou.file, '--out', dir])
      expect(refused.status).toBe(2)
      expect(refused.stderr).toContain(`"${join(dir, names[0] ?? '')}" was written by zonecast but changed since`)
      expect(refused.stderr).toContain('nothing was written; pass --force to replace them, or write somewhere else')
      for (const name of names) expect(readFileSync(join(dir, name), 'utf8')).toBe('stale\n')
      const second = runCli(['run', seeds.tengzhou.file, '--out', dir, '--quiet', '--force'])
      expect(second.status).toBe(0)
      expect(second.stdout).toBe('')
      expect(second.stderr).toBe('')
      expect(readdirSync(dir).sort()).toEqual(['.zonecast-written', ...names])
      expect(readFileSync(join(dir, names[0] ?? ''), 'utf8')).toBe(runFormat('tengzhou', 'csv').stdout)
      expect(readFileSync(join(dir, names[1] ?? ''), 'utf8')).toBe(runFormat('tengzhou', 'json').stdout)
    })
  })
})

describe('standard input', () => {
  it('run - reads the scenario from standard input', () => {
    const text = readFileSync(join(repoRoot, seeds.huainan.file), 'utf8')
    const r = runCli(['run', '-', '--format', 'csv'], { input: text })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(runFormat('huainan', 'csv').stdout)
  })

  it('check - takes the scenario as JSON text and gives the same result as the YAML file', () => {
    const json = JSON.stringify(YAML.parse(readFileSync(join(repoRoot, seeds.jilin.file), 'utf8')), null, 2)
    const r = runCli(['check', '-', '--json'], { input: json })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(checkJson('jilin').result.stdout)
  })
})
