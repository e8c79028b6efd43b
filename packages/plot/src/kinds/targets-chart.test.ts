import { beforeAll, describe, expect, it } from 'vitest'
import type { TargetsData } from '../chart-types'
import { loadChartRenderer } from '../render/chart-renderer'
import type { ChartRenderer } from '../render/chart-renderer'
import { fontSize } from '../style/typography'
import { textWidth } from '../text/text-width'
import { marginOf } from './targets-chart'

describe('marginOf', () => {
  it('is the distance past the bound as a share of the bound', () => {
    // (0.119 − 0.21) / 0.21 = −0.4333…
    expect(marginOf(0.119, { min: 0.21 })).toBeCloseTo(-0.43333, 5)
    // (1.0 − 0.8) / 1.0 = 0.2 under a maximum of 1
    expect(marginOf(0.8, { max: 1 })).toBeCloseTo(0.2, 12)
    // both bounds: the nearer, (0.5 − 0.45) / 0.5 = 0.1 against (1 − 0.45) / 1
    expect(marginOf(0.45, { min: 0.5, max: 1 })).toBeCloseTo(-0.1, 12)
  })

  it('has no margin without a value or a bound, and takes a zero bound as a scale of 1', () => {
    expect(marginOf(null, { min: 1 })).toBeNull()
    expect(marginOf(3, {})).toBeNull()
    expect(marginOf(0.25, { min: 0 })).toBe(0.25)
  })
})

describe('targetsChart', () => {
  let renderer: ChartRenderer
  beforeAll(async () => {
    renderer = await loadChartRenderer()
  }, 30_000)

  const money = { kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2015 } as const
  const data: TargetsData = {
    targets: [
      { id: 'gdp-2020', label: 'GDP of 1.5 trillion yuan by 2020', min: 15000, plan: 15100, model: 15996, met: true, valueUnit: money },
      { id: 'share', label: 'More than 55% of the city GDP', min: 0.55, plan: 0.6, model: 0.69, met: true, valueUnit: { kind: 'percent' } }
    ]
  }
  // the value-against-bound texts as drawn, each as its lines
  const texts = (width: number): string[][] => {
    const svg = renderer.svg({ kind: 'targets', data, lang: 'en', width, subtitle: 'Test zone', scenarios: ['test'] })
    return [...svg.matchAll(/<text[^>]*>((?:(?!<\/text>).)*against(?:(?!<\/text>).)*)<\/text>/g)].map((m) => {
      const spans = [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!)
      return spans.length > 0 ? spans : [m[1]!]
    })
  }

  it('writes the value against the bound on one line where the column fits in 30% of the width', () => {
    // "15,996 億元 against ≥ 15,000 億元" is about 190 px + 12 px of gaps, under 0.3 × 720 = 216 px
    expect(texts(720)).toEqual([['15,996 億元 against ≥ 15,000 億元'], ['69.0% against ≥ 55.0%']])
  })

  it('breaks it after the value in a narrow chart, so the bars keep their room', () => {
    // over 0.3 × 480 = 144 px on one line
    const lines = texts(480)
    expect(lines).toEqual([['15,996 億元', 'against ≥ 15,000 億元'], ['69.0%', 'against ≥ 55.0%']])
    for (const line of lines.flat()) expect(textWidth(line, fontSize.label) + 12).toBeLessThanOrEqual(480 * 0.3)
  })
})
