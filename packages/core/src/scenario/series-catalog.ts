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
  land_used: { dimension: 'area', prices: 'none', modelled: true, label: { en: 'Land in use', zh: '已用地面積' } },
  interest: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Interest paid', zh: '利息支出' } },
  relieved_output: { dimension: 'money', prices: 'real', modelled: true, label: { en: 'Output under tax relief', zh: '享受稅收優惠的產出' } },
  land_sales: { dimension: 'money', prices: 'nominal', modelled: true, label: { en: 'Land sales', zh: '土地出讓收入' } },
  // indicators of MODEL.md M11: produced by the model path, readable by targets
  debt_ratio: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Debt ratio (debt / revenue)', zh: '債務率' } },
  interest_burden: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Interest burden (interest / revenue)', zh: '利息負擔率' } },
  output_per_km2: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Output per km² in use', zh: '地均產出' } },
  revenue_per_mu: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Revenue per mu in use', zh: '畝均稅收' } },
  investment_per_mu: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Investment per mu in use', zh: '畝均投資' } },
  share_gdp: { dimension: 'ratio', prices: 'none', modelled: true, label: { en: 'Share of regional GDP', zh: '佔全區域生產總值比重' } }
}

/** Series that are indicators (MODEL.md M11), computed from the others. */
export const indicatorNames = ['debt_ratio', 'interest_burden', 'output_per_km2', 'revenue_per_mu', 'investment_per_mu', 'share_gdp'] as const

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
