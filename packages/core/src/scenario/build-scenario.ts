/**
 * From the schema's output to a `Scenario`: camelCase names, defaults, target bounds in the right
 * units, and the checks that need more than one key (years in range, series that exist).
 */
import type { InputIssue } from '../errors'
import { compileExpr, ExprError } from '../targets/expr'
import { suggest } from '../util/did-you-mean'
import type { ModelBlock } from './schema/model-schema'
import type { ScenarioBlock } from './schema/scenario-schema'
import type { SchemaContext } from './schema/schema-context'
import { readQuantity } from './schema/leaf'
import type { Report } from './schema/issue'
import type { TargetBlock } from './schema/target-schema'
import { parseSeriesRef } from './series-ref'
import type { HistoryFileRef, ModelInput, Num, Scenario, Target } from './types'
import { DEFAULT_MONEY } from './read-header'

/** Longest horizon accepted: a plan beyond a century is a typing slip, and paths grow with it. */
export const MAX_HORIZON_YEARS = 100
/** MODEL.md §4 default plausible range of the implied ICOR. */
export const DEFAULT_ICOR_RANGE: [number, number] = [2.5, 7]

type Path = (string | number)[]

export function buildScenario(b: ScenarioBlock, sc: SchemaContext): { scenario: Scenario<Num>; issues: InputIssue[] } {
  const issues: InputIssue[] = []
  const at =
    (prefix: Path): Report =>
    (message, path = [], hint, key) =>
      issues.push({ path: [...prefix, ...path], message, ...(hint ? { hint } : {}), ...(key ? { key } : {}) })
  const { base: t0, end: T } = b.years
  if (T <= t0) at(['years', 'end'])(`end year ${T} is not after the base year ${t0}`, [], 'a plan runs from its observed base year to a later end year')
  else if (T - t0 > MAX_HORIZON_YEARS) at(['years', 'end'])(`a horizon of ${T - t0} years is longer than ${MAX_HORIZON_YEARS}`, [], 'check the end year')
  if (b.money !== undefined && b.money !== sc.units.money) at(['money'])(`unknown money unit "${b.money}"`, [], 'use a CNY unit such as yiyuan (億元), wanyuan (萬元) or yuan')

  const s: Scenario<Num> = {
    id: b.id,
    title: b.title ?? { en: b.id },
    ...(b.source === undefined ? {} : { source: b.source }),
    money: b.money ?? DEFAULT_MONEY,
    ...(sc.units.exchangeRate === undefined ? {} : { exchangeRate: sc.units.exchangeRate }),
    years: { base: t0, end: T },
    inflation: b.inflation ?? null,
    base: defined(b.base ?? {}),
    history: Object.fromEntries(Object.entries(b.history ?? {}).flatMap(([k, v]) => (v && !HISTORY_FILE_KEYS.has(k) ? [[k, Object.fromEntries(v as [number, number][])]] : []))),
    ...historyFile(b.history, at(['history'])),
    series: sc.series,
    region: defined(b.region ?? {}),
    plan: defined(b.plan ?? {}) as Scenario<Num>['plan'],
    model: b.model ? toModelInput(b.model) : {},
    checks: { icorRange: b.checks?.icor_range ?? DEFAULT_ICOR_RANGE },
    targets: [],
    levers: Object.fromEntries(Object.entries(b.levers ?? {}).map(([k, v]) => [k, { path: v.path, low: v.low, high: v.high, ...(v.label ? { label: v.label } : {}) }])),
    variants: (b.variants ?? []).map((v) => ({ id: v.id, ...(v.label ? { label: v.label } : {}), set: v.set }))
  }
  if (T > t0 && T - t0 <= MAX_HORIZON_YEARS) {
    checkPlanYears(s, at)
    checkPaths(s, at)
    s.targets = (b.targets ?? []).flatMap((t, i) => buildTarget(t, s, sc, at(['targets', i])) ?? [])
    checkUniqueIds('targets', 'target', b.targets ?? [], at)
    // two variants of one id were two columns of one name in compare
    checkUniqueIds('variants', 'variant', b.variants ?? [], at)
  }
  const [lo, hi] = s.checks.icorRange
  if (lo >= hi) at(['checks', 'icor_range'])(`the range [${lo}, ${hi}] is empty`, [], 'write [low, high] with low < high')
  checkModel(s.model, at(['model']), s.base)
  for (const [name, lever] of Object.entries(s.levers)) if (lever.low >= lever.high) at(['levers', name, 'low'])(`low ${lever.low} is not below high ${lever.high}`)
  return { scenario: s, issues }
}

/** Keys of the history block that describe a data file rather than name a series. */
const HISTORY_FILE_KEYS = new Set(['file', 'region', 'series'])

// the `history: {file, region, series}` reference, when given
function historyFile(h: ScenarioBlock['history'], report: Report): { historyFile?: HistoryFileRef } {
  const block = (h ?? {}) as { file?: string; region?: string | number; series?: string }
  if (block.file === undefined) {
    for (const key of ['region', 'series'] as const) if (block[key] !== undefined) report(`${key} without file`, [key], 'add file: data.csv, or remove the key', true)
    return {}
  }
  return { historyFile: { file: block.file, ...(block.region === undefined ? {} : { region: String(block.region) }), ...(block.series === undefined ? {} : { series: block.series }) } }
}

function defined<T>(o: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, T>
}

function checkPlanYears(s: Scenario<Num>, at: (p: Path) => Report): void {
  const { base: t0, end: T } = s.years
  for (const [name, p] of Object.entries(s.plan)) {
    for (const l of p.levels) if (l.year <= t0 || l.year > T) at(['plan', name, 'levels', String(l.year)])(`year ${l.year} is outside the plan years ${t0 + 1}–${T}`, [], `a stated level belongs to a year after the base year; put ${t0}'s value in base.${name}`, true)
    for (const q of p.parts) if (q.year < t0 || q.year > T) at(['plan', name, 'parts', String(q.year)])(`year ${q.year} is outside ${t0}–${T}`, [], undefined, true)
    if (p.growth?.kind === 'years') for (const [y] of p.growth.points) if (y <= t0 || y > T) at(['plan', name, 'growth', String(y)])(`year ${y} is outside the plan years ${t0 + 1}–${T}`, [], undefined, true)
    if (p.growth && s.base[name] === undefined) at(['plan', name, 'growth'])(`a growth rate needs the base-year level of ${name}`, [], `add base.${name} (its ${t0} value)`)
    if (!p.growth && p.levels.length === 0 && s.base[name] === undefined && p.parts.length === 0) at(['plan', name])('states neither growth nor levels', [], 'add growth: or levels:, or remove the entry')
  }
  for (const [name, h] of Object.entries(s.history)) for (const y of Object.keys(h)) if (Number(y) > t0) at(['history', name, y])(`observed year ${y} is after the base year ${t0}`, [], 'history holds years up to the base year; plan years go under plan', true)
}

function checkPaths(s: Scenario<Num>, at: (p: Path) => Report): void {
  for (const [name, path] of Object.entries(s.region)) {
    if (path.kind === 'growth' && path.base === undefined) at(['region', name])('a region growth path needs its base-year value', [], `write {base: x, growth: ${path.growth.kind === 'constant' ? String(path.growth.value) : 'g'}}`)
  }
}

function checkModel(m: ModelInput<Num>, report: Report, base: Record<string, Num>): void {
  // a {growth} path starts from the quantity's base-year value: there must be one
  const needsBase = (path: ModelInput<Num>['expansion'], key: (string | number)[], baseKeys: string[], hint: string) => {
    if (path?.kind === 'growth' && path.base === undefined && !baseKeys.some((k) => base[k] !== undefined)) report('a growth path needs a value to start from', key, hint)
  }
  needsBase(m.infrastructure, ['infrastructure'], ['infrastructure'], 'write {base: x, growth: g}, or give base.infrastructure')
  needsBase(m.attraction, ['attraction'], ['project_investment', 'investment'], 'write {base: x, growth: g}, or give base.project_investment or base.investment')
  needsBase(m.expansion, ['expansion'], [], 'write {base: x, growth: g}')
  needsBase(m.finance?.grants, ['finance', 'grants'], [], 'write {base: x, growth: g}')
  if (m.land) {
    const { planned, serviced, used } = m.land
    if (typeof planned === 'number' && typeof serviced === 'number' && serviced > planned) report(`serviced land ${serviced} km² exceeds the planned area ${planned} km²`, ['land', 'serviced'])
    if (typeof serviced === 'number' && typeof used === 'number' && used > serviced) report(`land in use ${used} km² exceeds the serviced land ${serviced} km²`, ['land', 'used'])
    if (m.servicingCost === undefined) report('a land block needs servicing_cost', ['land'], 'add model.servicing_cost, e.g. "1.2 yiyuan/km2"')
    if (m.investmentIntensity === undefined) report('a land block needs investment_intensity', ['land'], 'add model.investment_intensity, e.g. "110 wanyuan/mu"')
  }
}

// a list's ids are keys: compare and charts name their columns and series by them
function checkUniqueIds(list: 'targets' | 'variants', what: string, items: readonly { id: string }[], at: (p: Path) => Report): void {
  const seen = new Map<string, number>()
  items.forEach((t, i) => {
    const first = seen.get(t.id)
    if (first !== undefined) at([list, i, 'id'])(`${what} id "${t.id}" is used twice (also ${list}[${first}])`, [], `give each ${what} its own id`)
    else seen.set(t.id, i)
  })
}

function buildTarget(t: TargetBlock, s: Scenario<Num>, sc: SchemaContext, report: Report): Target | undefined {
  const { base: t0, end: T } = s.years
  let ok = true
  const fail: Report = (m, p, h) => {
    ok = false
    report(m, p, h)
  }
  const seriesOk = (ref: string, key: string, scope?: 'region') => checkSeriesRef(ref, key, s, fail, scope)
  const yearOk = (y: number, key: string, from = t0) => {
    if (y < from || y > T) fail(`year ${y} is outside ${from}–${T}`, [key], `the scenario runs ${t0}–${T}`)
  }
  switch (t.kind) {
    case 'cagr':
    case 'cumulative':
      seriesOk(t.series, 'series')
      yearOk(t.from, 'from')
      yearOk(t.to, 'to')
      if (t.kind === 'cagr' ? t.from >= t.to : t.from > t.to) fail(`from ${t.from} is not before to ${t.to}`, ['to'])
      break
    case 'growth':
      seriesOk(t.series, 'series')
      yearOk(t.year, 'year', t0 + 1)
      break
    case 'level':
      seriesOk(t.series, 'series')
      yearOk(t.year, 'year')
      break
    case 'share':
      seriesOk(t.series, 'series')
      seriesOk(t.of, 'of', 'region')
      yearOk(t.year, 'year')
      break
    case 'ratio':
      seriesOk(t.series, 'series')
      seriesOk(t.per, 'per')
      yearOk(t.year, 'year')
      break
    case 'expr':
      try {
        const compiled = compileExpr(t.expr)
        for (const ref of compiled.seriesRefs) seriesOk(ref, 'expr')
      } catch (e) {
        if (!(e instanceof ExprError)) throw e
        fail(e.message, ['expr'])
      }
      break
  }
  if (t.min === undefined && t.max === undefined) fail('a target needs min, max or both', [], 'e.g. min: 0.21')
  const kind = boundKind(t, s)
  const bound = (key: 'min' | 'max') => {
    const v = t[key]
    if (v === undefined) return undefined
    const n = readQuantity(v, kind, sc, fail, [key])
    return n
  }
  const min = bound('min')
  const max = bound('max')
  if (min !== undefined && max !== undefined && min > max) fail(`min ${min} is above max ${max}`, ['min'])
  if (!ok) return undefined
  const { min: _a, max: _b, label, ...rest } = t
  return { ...rest, ...(label ? { label } : {}), ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } as Target
}

/** Units of a target's bounds: rates for rate-like kinds, the series' unit for levels and sums. */
function boundKind(t: TargetBlock, s: Scenario<Num>) {
  if (t.kind === 'cagr' || t.kind === 'growth' || t.kind === 'share') return 'ratio' as const
  if (t.kind === 'level' || t.kind === 'cumulative') {
    const info = s.series[parseSeriesRef(t.series).series]
    return info?.dimension ?? 'money'
  }
  return 'ratio' as const
}

/** Reports a series reference that names nothing the scenario gives. */
function checkSeriesRef(ref: string, key: string, s: Scenario<Num>, report: Report, scope?: 'region'): void {
  const parsed = parseSeriesRef(ref)
  const isRegion = scope === 'region' || parsed.scope === 'region'
  const name = parsed.series
  // own keys only: `toString` or `hasOwnProperty` in an expr must not find Object.prototype's
  const info = Object.hasOwn(s.series, name) ? s.series[name] : undefined
  if (!info) {
    report(`unknown series "${ref}"`, [key], `${suggest(name, Object.keys(s.series))}; declare new series under series:`)
    return
  }
  if (isRegion) {
    if (!s.region[name]) report(`the region has no ${name} path`, [key], `add region.${name}, e.g. {base: x, growth: g}`)
    return
  }
  if (!s.plan[name] && s.base[name] === undefined && !info.modelled) report(`the scenario gives no ${name} for the zone`, [key], `add plan.${name} or base.${name}`)
}

function toModelInput(m: ModelBlock): ModelInput<Num> {
  const out: Record<string, unknown> = {}
  const put = (key: string, v: unknown) => {
    if (v !== undefined) out[key] = v
  }
  put('capitalOutputRatio', m.capital_output_ratio)
  put('gestationYears', m.gestation_years)
  put('incumbentGrowth', m.incumbent_growth)
  put('expansion', m.expansion)
  put('infrastructure', m.infrastructure)
  put('attraction', m.attraction)
  if (m.land) put('land', m.land)
  put('servicingCost', m.servicing_cost)
  put('investmentIntensity', m.investment_intensity)
  if (m.tax) {
    const h = m.tax.holiday
    put('tax', {
      ...(m.tax.buoyancy === undefined ? {} : { buoyancy: m.tax.buoyancy }),
      ...(h === undefined ? {} : { holiday: h === null ? null : defined({ freeYears: h.free_years, halfYears: h.half_years, halfRate: h.half_rate, eligibleShare: h.eligible_share }) })
    })
  }
  if (m.finance) {
    const f = m.finance
    put('finance', defined({ budgetShare: f.budget_share, landPrice: f.land_price, grants: f.grants, interestRate: f.interest_rate, interestSubsidy: f.interest_subsidy, debt: f.debt, debtLimit: f.debt_limit }))
  }
  put('industryShareDrift', m.industry_share_drift)
  put('growthShockSd', m.growth_shock_sd)
  return out as ModelInput<Num>
}
