/**
 * The keys other keys depend on, read leniently before the full schema: the money unit, the
 * exchange rate and the series in play. The full schema reports any problem with them.
 */
import { isMoneyUnit } from '../units'
import { catalogSeries } from './series-catalog'
import { seriesNamePattern } from './schema/scenario-schema'
import type { SchemaContext } from './schema/schema-context'
import type { Dimension, PriceBasis, SeriesInfo } from './types'

/** 億元: what Chinese plans count money in. */
export const DEFAULT_MONEY = 'yiyuan'

const dimensions: readonly Dimension[] = ['money', 'area', 'count', 'ratio']

export function readHeader(root: Record<string, unknown>): SchemaContext {
  const money = typeof root.money === 'string' && isMoneyUnit(root.money) ? root.money : DEFAULT_MONEY
  const rate = root.exchange_rate
  const exchangeRate = typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : undefined
  const series = catalogSeries()
  const decl = root.series
  if (decl && typeof decl === 'object' && !Array.isArray(decl)) {
    for (const [name, d] of Object.entries(decl as Record<string, unknown>)) {
      if (!seriesNamePattern.test(name) || !d || typeof d !== 'object') continue
      series[name] = mergeDeclaration(series[name], name, d as Record<string, unknown>)
    }
  }
  return { units: exchangeRate === undefined ? { money } : { money, exchangeRate }, series }
}

function mergeDeclaration(known: SeriesInfo | undefined, name: string, d: Record<string, unknown>): SeriesInfo {
  const unit = dimensions.includes(d.unit as Dimension) ? (d.unit as Dimension) : undefined
  const dimension = known?.dimension ?? unit ?? 'money'
  const basis = (v: unknown): PriceBasis | undefined => (v === 'real' || v === 'nominal' ? v : undefined)
  const defaultPrices: PriceBasis = dimension === 'money' ? 'nominal' : 'none'
  const prices = dimension === 'money' ? (basis(d.prices) ?? known?.prices ?? defaultPrices) : 'none'
  const regionPrices = dimension === 'money' ? (basis(d.region_prices) ?? prices) : 'none'
  const label = d.label && typeof d.label === 'object' ? (d.label as SeriesInfo['label']) : typeof d.label === 'string' ? { en: d.label } : (known?.label ?? { en: name })
  return { name, dimension, prices, regionPrices, label, modelled: known?.modelled ?? false }
}
