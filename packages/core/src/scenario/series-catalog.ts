/**
 * The series zonecast knows by name, with what they measure and their default price basis
 * (MODEL.md "Time, money, prices"). A scenario may declare more in its `series` block.
 */
import type { Dimension, Label, PriceBasis, SeriesInfo } from './types'

interface CatalogEntry {
  dimension: Dimension
  prices: PriceBasis
  modelled: boolean
  label: Label
}

export const seriesCatalog: Readonly<Record<string, CatalogEntry>> = {
  gdp: { dimension: 'money', prices: 'real', modelled: true, label: { en: 'GDP', zh: '生產總值' } },
  industrial_va: { dimension: 'money', prices: 'real', modelled: true, label: { en: 'Industrial value added', zh: '工業增加值' } },
  industrial_output: { dimension: 'money', prices: 'real', modelled: false, label: { en: 'Industrial output', zh: '工業總產值' } },
  fiscal_revenue: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Fiscal revenue', zh: '財政收入' } },
  investment: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Fixed-asset investment', zh: '固定資產投資' } },
  infrastructure: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Infrastructure investment', zh: '基礎設施投資' } },
  project_investment: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Project investment', zh: '項目投資' } },
  foreign_capital: { dimension: 'money', prices: 'nominal', modelled: false, label: { en: 'Foreign capital used', zh: '實際利用外資' } },
  domestic_inflows: { dimension: 'money', prices: 'nominal', modelled: false, label: { en: 'Domestic inflows', zh: '引進內資' } },
  profits_taxes: { dimension: 'money', prices: 'nominal', modelled: false, label: { en: 'Profits and taxes', zh: '利稅' } },
  debt: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Debt', zh: '債務' } },
  land_planned: { dimension: 'area', prices: 'none', modelled: false, label: { en: 'Planned area', zh: '規劃面積' } },
  land_serviced: { dimension: 'area', prices: 'none', modelled: true, label: { en: 'Serviced land', zh: '已開發面積' } },
  land_used: { dimension: 'area', prices: 'none', modelled: true, label: { en: 'Land in use', zh: '已用地面積' } }
}

/**
 * The catalog as `SeriesInfo` records, before a scenario's own declarations are merged in.
 *
 * @example catalogSeries().gdp.prices // => "real"
 */
export function catalogSeries(): Record<string, SeriesInfo> {
  const out: Record<string, SeriesInfo> = {}
  for (const [name, e] of Object.entries(seriesCatalog)) {
    out[name] = { name, dimension: e.dimension, prices: e.prices, regionPrices: e.prices, label: e.label, modelled: e.modelled }
  }
  return out
}
