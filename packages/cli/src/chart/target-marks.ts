import type { Target } from '@zonecast/core'
import { didYouMean } from '@zonecast/core/did-you-mean'
import type { TargetMark } from '@zonecast/plot'
import { CliError } from '../cli/cli-error'
import type { Lang } from '../cli/global-options'
import { pickLabel } from '../cli/pick-label'
import type { ChartScenario } from './chart-scenario'

/** Target kinds that ask for a level of their series in one year, so a level chart can mark them. */
const levelKinds: readonly Target['kind'][] = ['level', 'cagr', 'growth', 'share']

/**
 * Whether a target can be drawn as a level on its series' chart.
 *
 * @example drawableTarget({ id: 'x', kind: 'cumulative', series: 'gdp', from: 2006, to: 2010 }) // => false
 */
export function drawableTarget(t: Target): boolean {
  return levelKinds.includes(t.kind)
}

/**
 * The targets on `series` as levels to mark (or only `--target`): a level target at its bound;
 * a `cagr` target at the level its rate reaches from its start year; a `growth` target at the
 * previous year's level times the rate; a `share` target at its share of the region's level.
 * Rates need their start year's level observed (base year or history), since plan and model
 * paths differ after it; a target whose start is not observed is left out.
 *
 * @throws {CliError} exit 2 when `--target` names no target, one on another series, or a kind a level chart cannot show
 * @example targetMarks(jilin, 'gdp', undefined, 'en')[0] // => { label: "Zone GDP growth >= 21% a year, 2006-2010", year: 2010, value: 3184.57… }
 */
export function targetMarks(c: ChartScenario, series: string, target: string | undefined, lang: Lang): TargetMark[] {
  const targets = target === undefined ? c.realised.targets : [findTarget(c, target)]
  if (target !== undefined) {
    const t = targets[0]!
    if (!drawableTarget(t)) throw new CliError(`--target ${t.id} is a ${t.kind} target, which a level chart cannot mark; draw it with --kind targets`)
    if ('series' in t && t.series !== series) throw new CliError(`--target ${t.id} is on ${t.series}, not ${series}; drop --series or name ${t.series}`)
  }
  const marks: TargetMark[] = []
  for (const t of targets) {
    if (!('series' in t) || t.series !== series) continue
    const value = impliedLevel(c, t)
    if (value !== null && Number.isFinite(value)) marks.push({ label: pickLabel(t.label, lang, t.id), year: 'year' in t ? t.year : 'to' in t ? t.to : c.realised.years.end, value })
  }
  return marks
}

/**
 * A target by id.
 *
 * @throws {CliError} exit 2 with a did-you-mean when there is none
 * @example findTarget(jilin, 'gdp-cagr').kind // => "cagr"
 */
export function findTarget(c: ChartScenario, id: string): Target {
  const found = c.realised.targets.find((t) => t.id === id)
  if (found) return found
  const ids = c.realised.targets.map((t) => t.id)
  const best = didYouMean(id, ids)
  throw new CliError(`--target "${id}": ${c.file} has no such target${best ? `; did you mean "${best}"?` : ''}${ids.length > 0 ? ` (targets: ${ids.join(', ')})` : ' (it has no targets)'}`)
}

// the level a target asks of its series in its year, or null when it cannot say
function impliedLevel(c: ChartScenario, t: Target): number | null {
  const bound = t.min ?? t.max
  if (bound === undefined || !('series' in t)) return null
  switch (t.kind) {
    case 'level':
      return bound
    case 'cagr': {
      const start = observed(c, t.series, t.from)
      return start === null ? null : start * (1 + bound) ** (t.to - t.from)
    }
    case 'growth': {
      const previous = observed(c, t.series, t.year - 1)
      return previous === null ? null : previous * (1 + bound)
    }
    case 'share': {
      const i = c.run.years.indexOf(t.year)
      const region = c.run.region[t.of]?.[i]
      if (region === null || region === undefined) return null
      // a share of series in different price bases is taken in nominal terms (README, Targets)
      const zoneBasis = c.run.meta[t.series]?.prices
      const regionBasis = c.run.meta[`region.${t.of}`]?.prices
      const mixed = zoneBasis !== regionBasis
      const toNominal = (basis: string | undefined): number => (mixed && basis === 'real' ? (c.run.price_index[i] ?? 1) : 1)
      return (region * toNominal(regionBasis) * bound) / toNominal(zoneBasis)
    }
    default:
      return null
  }
}

// an observed level: the base year's, or a history year's
function observed(c: ChartScenario, series: string, year: number): number | null {
  if (year === c.realised.years.base) return c.run.plan[series]?.[0] ?? c.run.model[series]?.[0] ?? null
  return c.realised.history[series]?.[year] ?? null
}
