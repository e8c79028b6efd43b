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

describe('a wide chart', () => {
  it('is laid out narrower and shown enlarged, so its 12 px text shows at about 18 px', () => {
    const svg = renderer.svg({ ...land('en'), width: 1600 })
    const [, width, height, viewWidth, viewHeight] = /<svg[^>]* width="(\d+)"[^>]* height="([\d.]+)" viewBox="0 0 (\d+) ([\d.]+)"/.exec(svg)!.map(Number)
    // layoutWidth(1600) = 1067: shown 1600 / 1067 = 1.4995 times, the height alike, in whole
    // pixels (the viewBox takes the fraction, to its 0.01)
    expect([width, viewWidth]).toEqual([1600, 1067])
    expect(Number.isInteger(height)).toBe(true)
    expect(viewHeight).toBeCloseTo((height! * 1067) / 1600, 2)
  })

  it('has a height of whole pixels at any width', () => {
    for (const width of [961, 1201, 1441, 4000]) expect(renderer.svg({ ...land('en'), width })).toMatch(/<svg[^>]* height="\d+" viewBox/)
  })

  it('up to 960 px is laid out at its own width', () => {
    expect(renderer.svg({ ...land('en'), width: 960 })).toMatch(/<svg[^>]* width="960"[^>]* height="(\d+)" viewBox="0 0 960 \1"/)
  })
})
