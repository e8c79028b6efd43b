import type { ChartSpec, ChartUnit } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import { pickLabel } from '../cli/pick-label'
import type { ChartRequest } from './chart-request'
import type { ChartScenario } from './chart-scenario'
import { chartUnit } from './chart-unit'
import { pickSeries } from './pick-series'

/**
 * The `compare` chart: one series' model path in each scenario, labelled with the scenario's
 * title — or, for a scenario beside its variants (`--variants`), with each variant's label under
 * the scenario's title. The series is `--series`, else the first scenario's default (see `pickSeries`); every
 * scenario must have a model path for it, in the same unit.
 *
 * @throws {CliError} exit 2 when a scenario lacks the series or states it in another unit
 * @example compareSpec([jilin, tengzhou], { kind: 'compare', lang: 'en', series: 'gdp' }).data.lines.length // => 2
 */
export function compareSpec(scenarios: readonly ChartScenario[], r: ChartRequest): ChartSpec {
  const first = scenarios[0]!
  const modelled = (c: ChartScenario): string[] => Object.keys(c.run.model)
  const series = pickSeries(first, r.series, undefined, modelled(first))
  for (const c of scenarios.slice(1)) pickSeries(c, series, undefined, modelled(c))
  const units = scenarios.map((c) => chartUnit(c.run.meta[series], c.realised.years.base))
  return {
    kind: 'compare',
    lang: r.lang,
    width: r.width,
    subtitle: first.variant ? pickLabel(first.realised.title, r.lang, first.realised.id) : scenarios.map((c) => c.realised.id).join(r.lang === 'zh' ? '；' : '; '),
    scenarios: scenarios.map((c) => (c.variant ? (c.variant.id ?? c.realised.id) : c.realised.id)),
    data: {
      series: pickLabel(first.run.meta[series]?.label, r.lang, series),
      unit: commonUnit(units, scenarios),
      lines: scenarios.map((c) => ({ label: c.variant ? pickLabel(c.variant.label, r.lang, c.variant.id ?? c.realised.id) : pickLabel(c.realised.title, r.lang, c.realised.id), years: c.run.years, values: c.run.model[series] ?? [] }))
    }
  }
}

// the unit all scenarios share; real money at different base years is said to be so
function commonUnit(units: readonly ChartUnit[], scenarios: readonly ChartScenario[]): ChartUnit {
  const first = units[0]!
  const key = (u: ChartUnit): string => (u.kind === 'money' ? `money ${u.money}` : u.kind)
  units.forEach((u, i) => {
    if (key(u) !== key(first)) throw new CliError(`${scenarios[i]!.file} states the series in ${key(u)}, ${scenarios[0]!.file} in ${key(first)}; compare scenarios with one money unit (the "money" key)`)
  })
  if (first.kind !== 'money') return first
  const real = units.filter((u) => u.kind === 'money' && u.prices === 'real')
  if (real.length === 0) return first
  if (real.length < units.length) {
    const nominal = scenarios[units.findIndex((u) => !(u.kind === 'money' && u.prices === 'real'))]!
    throw new CliError(`${nominal.file} has the series in current prices, ${scenarios[units.indexOf(real[0]!)]!.file} in constant prices; set the same "prices" for it in both (the "series" block)`)
  }
  const bases = new Set(real.map((u) => (u.kind === 'money' && u.prices === 'real' ? u.baseYear : 0)))
  if (real.length === units.length && bases.size === 1) return first
  return { kind: 'money', money: first.money, prices: 'real-each-base' }
}
