/**
 * fast-check generators of scenario files for the fuzz tests: mostly well-formed scenarios
 * (so that fuzzing reaches the model, not only the parser) whose leaves are swapped, at random,
 * for hostile values — NaN, ±Infinity, 1e308, 5e-324, years far off, text, lists, maps,
 * reserved keys — and texts cut or spliced with random characters.
 */
import fc from 'fast-check'

/** Money and area units, in the forms a scenario may write them, and some that are wrong. */
const UNITS = ['yiyuan', 'wanyuan', '萬元', 'yiusd', 'km2', 'mu', 'wanyuan/mu', 'yiyuan/km2', '%', 'parsecs', '']

/** Numbers that break arithmetic: not finite, at the edges of doubles, or zero of either sign. */
const EDGE_NUMBERS = [Number.NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 1e15, 1e16, -1, -0, 0, 0.5, 1, 10, 11]

/** Any number a hostile file could hold. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.double({ min: -2, max: 12, noNaN: true }),
  fc.integer({ min: -5, max: 3000 })
)

/** A number, or a quantity string with a unit, or text that looks like one. */
const anyQuantity: fc.Arbitrary<unknown> = fc.oneof(
  anyNumber,
  fc.tuple(anyNumber, fc.constantFrom(...UNITS)).map(([n, u]) => `${n} ${u}`),
  fc.string({ maxLength: 12 })
)

/** A year: plausible, at the edges of the accepted range (1900–2200), or far off. */
const anyYear: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 1995, max: 2030 }), fc.constantFrom(1899, 1900, 2200, 2201, 0, -1, 1e9), fc.integer({ min: -3000, max: 3000 }))

/** A JSON-like value of any shape, with reserved keys among the map keys. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, anyQuantity, fc.constantFrom(null, true, false), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'dist', 'base', 'growth', '2006')), tie('value'), { maxKeys: 3 }))
})).value

/** A growth rate a plan could state. */
const rate = fc.double({ min: -0.3, max: 1.5, noNaN: true })
/** A positive level, in 億元. */
const level = fc.double({ min: 0.5, max: 5000, noNaN: true })

/** A distribution as a scenario writes one. */
const distribution: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ dist: fc.constant('triangular'), min: fc.constant(2), mode: fc.double({ min: 2, max: 7, noNaN: true }), max: fc.constant(7) }),
  fc.record({ dist: fc.constant('normal'), mean: fc.double({ min: 2, max: 6, noNaN: true }), sd: fc.double({ min: 0, max: 3, noNaN: true }) }),
  fc.record({ dist: fc.constant('lognormal'), median: fc.double({ min: 1, max: 6, noNaN: true }), sd_log: fc.double({ min: 0, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('uniform'), min: fc.constant(3), max: fc.double({ min: 3.5, max: 9, noNaN: true }) }),
  fc.record({ dist: fc.constant('pert'), min: fc.constant(2), mode: fc.constant(4), max: fc.constant(8) }),
  fc.constant({ dist: 'discrete', values: [3, 4, 5], weights: [0.25, 0.5, 0.25] })
)
const maybeDist = <T>(plain: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: plain as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: distribution })

const EXPRS = ['at(gdp, 2010) / at(region.gdp, 2010)', 'cagr(gdp, 2005, 2010)', 'sum(gdp, 1900, 2200)', 'at(gdp, 2005) / 0', 'max(at(gdp, 2006), at(gdp, 2007)) ^ 400', 'log(at(gdp, 2004))', 'real(gdp, 2010) - nominal(gdp, 2010)', 'share(gdp, gdp, 2010) ? 1 : 0', 'sum(investment, 2000, 2010) / at(gdp, 2003)']

/** A target of each kind with the keys it takes, on the scenario's years. */
function target(base: number, end: number): fc.Arbitrary<unknown> {
  const year = fc.integer({ min: base, max: end })
  const bound = fc.oneof(rate, level)
  return fc.oneof(
    fc.record({ id: fc.constant('cagr'), kind: fc.constant('cagr'), series: fc.constantFrom('gdp', 'investment'), from: fc.constant(base), to: fc.constant(end), min: rate }),
    fc.record({ id: fc.constant('growth'), kind: fc.constant('growth'), series: fc.constant('gdp'), year: fc.integer({ min: base + 1, max: end }), min: rate }),
    fc.record({ id: fc.constant('level'), kind: fc.constant('level'), series: fc.constantFrom('gdp', 'fiscal_revenue', 'debt'), year, min: level }),
    fc.record({ id: fc.constant('share'), kind: fc.constant('share'), series: fc.constant('gdp'), of: fc.constant('gdp'), year, min: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ id: fc.constant('cumulative'), kind: fc.constant('cumulative'), series: fc.constant('investment'), from: fc.constant(base), to: fc.constant(end), max: level }),
    fc.record({ id: fc.constant('ratio'), kind: fc.constant('ratio'), series: fc.constant('fiscal_revenue'), per: fc.constant('gdp'), year, min: bound }),
    fc.record({ id: fc.constant('expr'), kind: fc.constant('expr'), expr: fc.constantFrom(...EXPRS), min: bound })
  )
}

/** A scenario a planner could write: the seeds' structure, each block present or not, plausible values. */
export const plausibleScenario: fc.Arbitrary<Record<string, unknown>> = fc.tuple(fc.integer({ min: 1995, max: 2020 }), fc.integer({ min: 1, max: 15 })).chain(([base, horizon]) => {
  const end = base + horizon
  return fc.record(
    {
      id: fc.constant('fuzz'),
      years: fc.constant({ base, end }),
      inflation: fc.double({ min: -0.05, max: 0.2, noNaN: true }),
      base: fc.record({ gdp: level, investment: level, fiscal_revenue: level, infrastructure: level, project_investment: level, industrial_va: level }, { requiredKeys: ['gdp', 'investment', 'infrastructure', 'fiscal_revenue'] }),
      history: fc.record({ gdp: fc.constant({ [base - 2]: 50, [base - 1]: 60 }), investment: fc.constant({ [base - 1]: 30 }) }, { requiredKeys: [] }),
      region: fc.record({ gdp: fc.record({ base: fc.double({ min: 5000, max: 50000, noNaN: true }), growth: rate }), investment: fc.record({ base: level, growth: rate }) }, { requiredKeys: ['gdp'] }),
      plan: fc.record({ gdp: fc.record({ growth: rate, levels: fc.constant({ [base + 1]: { value: 120, growth: 0.2 } }) }, { requiredKeys: ['growth'] }), investment: fc.record({ growth: rate }), fiscal_revenue: fc.record({ growth: rate }) }, { requiredKeys: [] }),
      model: fc.record(
        {
          capital_output_ratio: maybeDist(fc.double({ min: 1, max: 8, noNaN: true })),
          gestation_years: fc.integer({ min: 0, max: 3 }),
          incumbent_growth: maybeDist(fc.double({ min: -0.05, max: 0.2, noNaN: true })),
          infrastructure: fc.record({ growth: rate }),
          attraction: fc.record({ growth: rate }),
          land: fc.tuple(fc.double({ min: 10, max: 300, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([planned, s, u]) => ({ planned, serviced: planned * s, used: planned * s * u })),
          investment_intensity: fc.constantFrom('110 wanyuan/mu', '2 yiyuan/km2', 50),
          servicing_cost: fc.constantFrom('1.2 yiyuan/km2', 0.5),
          tax: fc.record({ buoyancy: fc.double({ min: 0, max: 2, noNaN: true }), holiday: fc.oneof(fc.constant(null), fc.record({ free_years: fc.integer({ min: 0, max: 5 }), half_years: fc.integer({ min: 0, max: 5 }), eligible_share: fc.double({ min: 0, max: 1, noNaN: true }) })) }, { requiredKeys: [] }),
          finance: fc.record({ budget_share: fc.double({ min: 0, max: 1, noNaN: true }), interest_rate: fc.double({ min: 0, max: 0.2, noNaN: true }), debt: level, debt_limit: fc.double({ min: 0.1, max: 3, noNaN: true }) }, { requiredKeys: [] }),
          growth_shock_sd: fc.double({ min: 0, max: 0.2, noNaN: true })
        },
        { requiredKeys: [] }
      ),
      targets: fc.array(target(base, end), { maxLength: 4 }).map((ts) => ts.map((t, i) => ({ ...(t as object), id: `t${i}` })))
    },
    { requiredKeys: ['id', 'years', 'base'] }
  )
})

/** What a mutation puts in place of a value: hostile numbers, years, text, any shape. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(anyNumber, anyYear, anyQuantity, anyValue, fc.constant(undefined))

/** Every key path of a value, maps and lists included, outermost first. */
function paths(v: unknown, prefix: string[] = []): string[][] {
  if (v === null || typeof v !== 'object') return [prefix]
  return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))]
}

/** A copy of `v` with the value at `path` replaced (removed when `value` is undefined). */
function replaceAt(v: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path as [string, ...string[]]
  const copy: Record<string, unknown> = Array.isArray(v) ? ([...v] as unknown as Record<string, unknown>) : { ...(v as Record<string, unknown>) }
  const next = replaceAt(copy[head], rest, value)
  if (next === undefined && !Array.isArray(v)) delete copy[head]
  else copy[head] = next
  return copy
}

/** A plausible scenario with up to two of its values (or whole blocks) replaced by hostile ones. */
export const anyScenario: fc.Arbitrary<unknown> = fc.tuple(plausibleScenario, fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 2 }))).map(([s, mutations]) => {
  let out: unknown = s
  for (const [at, value] of mutations) {
    const all = paths(out).filter((p) => p.length > 0)
    if (all.length > 0) out = replaceAt(out, all[at % all.length]!, value)
  }
  return out
})

/**
 * A value as YAML flow text: JSON, but with the YAML spellings of the numbers JSON lacks
 * (`.nan`, `.inf`, `-.inf`), so that they reach the loader.
 *
 * @example toFlowYaml({ a: NaN, b: [1, "x"] }) // => '{"a": .nan, "b": [1, "x"]}'
 */
export function toFlowYaml(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? '.nan' : v === Infinity ? '.inf' : v === -Infinity ? '-.inf' : Object.is(v, -0) ? '-0' : String(v)
  if (Array.isArray(v)) return `[${v.map(toFlowYaml).join(', ')}]`
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${toFlowYaml(x)}`).join(', ')}}`
  return JSON.stringify(v) ?? 'null'
}

/** A scenario's text: a generated scenario as YAML flow text, at times cut short or with characters spliced in. */
export const anyScenarioText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: anyScenario.map(toFlowYaml) },
  {
    weight: 1,
    arbitrary: fc.tuple(anyScenario.map(toFlowYaml), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([text, at, splice]) => {
      const i = at % (text.length + 1)
      return text.slice(0, i) + splice + text.slice(i)
    })
  },
  { weight: 1, arbitrary: fc.tuple(anyScenario.map(toFlowYaml), fc.nat()).map(([text, at]) => text.slice(0, at % (text.length + 1))) }
)
