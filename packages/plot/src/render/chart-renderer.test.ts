import { beforeAll, describe, expect, it } from 'vitest'
import type { ChartSpec, Lang } from '../chart-types'
import { loadChartRenderer } from './chart-renderer'
import type { ChartRenderer } from './chart-renderer'

let renderer: ChartRenderer
beforeAll(async () => {
  renderer = await loadChartRenderer()
}, 30_000)

const land = (lang: Lang): ChartSpec => ({
  kind: 'land',
  lang,
  subtitle: 'Binhai “13th Five-Year” plan, the city’s zone',
  scenarios: ['test'],
  data: { years: [2020, 2021], planned: [2, 2], serviced: [1, 1.2], used: [0.5, 0.7] }
})

describe('loadChartRenderer', () => {
  it('draws an English chart with straight quotes, which its PNG font draws narrow', () => {
    const svg = renderer.svg(land('en'))
    expect(svg).not.toMatch(/[“”‘’]/)
    expect(svg).toContain(`>Binhai "13th Five-Year" plan, the city's zone<`)
  })

  it('keeps the curly quotes of a Chinese chart', () => {
    expect(renderer.svg(land('zh'))).toContain('“13th Five-Year”')
  })
})
