import { beforeAll, describe, expect, it } from 'vitest'
import type { ChartRenderer } from '../render/chart-renderer'
import { loadChartRenderer } from '../render/chart-renderer'

let renderer: ChartRenderer
beforeAll(async () => {
  renderer = await loadChartRenderer()
}, 30_000)

// the text of the land chart's end labels
const endLabels = (svg: string): string[] => [...svg.matchAll(/>((?:Planned|Serviced|In use) [\d.,]+[^<]*)</g)].map((m) => m[1]!)

describe('landChart', () => {
  it('writes every end label with the same decimals', () => {
    // a county zone: 2 km² planned, 1.3312 serviced, 0.8901 in use. On its own each would take
    // levelDecimals' 2, 2 and 3 decimals ("1.33" beside "0.890"); shared: 3, the smallest's
    const data = { years: [2020, 2021, 2022], planned: [2, 2, 2], serviced: [1, 1.2, 1.3312], used: [0.5, 0.7, 0.8901] }
    const svg = renderer.svg({ kind: 'land', data, lang: 'en', subtitle: 'County zone', scenarios: ['county'] })
    const labels = endLabels(svg)
    expect(labels).toHaveLength(3)
    expect(labels.map((l) => l.replace(/^\D+/, ''))).toEqual(['2.000', '1.331', '0.890'])
  })
})
