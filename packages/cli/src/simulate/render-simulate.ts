import type { SimulateResult } from '@zonecast/core'
import type { Lang } from '../cli/global-options'
import { formatNumber } from '../format/format-number'
import { formatTable } from '../format/format-table'
import { simulateWords } from './simulate-words'

/** Decimals of a probability and its standard error: 62.5% ± 1.1. */
const percentDecimals = 1
/** Series shown as fan rows in the terminal; the JSON has every series. */
const headline = ['gdp', 'fiscal_revenue', 'debt', 'share_gdp'] as const

/**
 * A simulation for people: each target's probability with its standard error, then the 10th,
 * 50th and 90th percentiles of a few headline series per year; the fixed words in the chosen
 * language (simulate-words.ts), target ids, series names and quantile keys as the JSON has them.
 *
 * @example renderSimulate(result, 'en') // => "2,000 draws, seed 20260101\n\ntarget  probability  ± se\n..."
 */
export function renderSimulate(r: SimulateResult, lang: Lang): string {
  const w = simulateWords(lang)
  const pct = (x: number) => formatNumber(x, { style: 'percent', decimals: percentDecimals })
  const head = `${w.heading(formatNumber(r.draws, { style: 'level', decimals: 0 }), r.seed, r.stopped)}\n`
  const targets =
    r.targets.length === 0
      ? `${w.noTargets}\n`
      : formatTable({ header: w.targetHeader, rows: r.targets.map((t) => [t.id, pct(t.probability), pct(t.se)]), align: ['left', 'right', 'right'] })
  const rows: string[][] = []
  for (const name of headline) {
    const q = r.quantiles[name]
    if (!q || q.p50.every((v) => v === null)) continue
    const ratio = name === 'share_gdp'
    const cell = (v: number | null) => (v === null ? '–' : ratio ? pct(v) : formatNumber(v, { style: 'level', decimals: 1 }))
    for (const key of ['p10', 'p50', 'p90'] as const) rows.push([name, key, ...q[key].map(cell)])
  }
  const fan = rows.length === 0 ? '' : formatTable({ header: [...w.fanHeader, ...r.years.map(String)], rows, align: ['left', 'left', ...r.years.map(() => 'right' as const)] })
  return [head, targets, fan].filter(Boolean).join('\n')
}
