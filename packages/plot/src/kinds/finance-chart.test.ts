import { beforeAll, describe, expect, it } from 'vitest'
import type { FinanceData } from '../chart-types'
import type { ChartRenderer } from '../render/chart-renderer'
import { loadChartRenderer } from '../render/chart-renderer'
import { fontSize, lineHeight } from '../style/typography'
import { lineSpan } from '../text/clear-of-lines'
import { textWidth } from '../text/text-width'

let renderer: ChartRenderer
beforeAll(async () => {
  renderer = await loadChartRenderer()
}, 30_000)

const draw = (data: FinanceData, width = 480): string => renderer.svg({ kind: 'finance', data, lang: 'en', width, subtitle: 'Test zone', scenarios: ['test'] })
const money = { kind: 'money', money: 'yiyuan', prices: 'nominal' } as const

// the ratio panel's line as pixel points, its limit's rule, and its value labels' centres and texts (all in the panel's coordinates)
function ratioPanel(svg: string) {
  const path = /<g aria-label="line" fill="none" stroke="#D55E00"[^>]*><path d="M([^"]+)"/.exec(svg)![1]!.split('L').map((p) => p.split(',').map(Number) as [number, number])
  const rule = /<g aria-label="rule"[^>]*><line x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)"/.exec(svg)!.slice(1).map(Number)
  const group = /<g aria-label="text" fill="#D55E00"[^>]*>(.*?)<\/g>/.exec(svg)![1]!
  const labels = [...group.matchAll(/translate\(([\d.]+),([\d.]+)\)">([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }))
  return { path, rule: [[rule[0]!, rule[2]!], [rule[1]!, rule[2]!]] as [number, number][], labels }
}

describe('financeChart', () => {
  it('keeps the debt ratio labels clear of a steep line and of the limit', () => {
    // the declining scenario's shape: the ratio falls from 128.6% to 56% to 0 as the debt is repaid, limit 80%
    const data: FinanceData = { years: [2018, 2019, 2020, 2021, 2022], debt: [18, 7.82, 0, 0, 0], debtUnit: money, ratio: [1.286, 0.56, 0, 0, 0], limit: 0.8 }
    const { path, rule, labels } = ratioPanel(draw(data))
    expect(labels.map((l) => l.text)).toEqual(['128.6%', '56.0%', '0.0%', '0.0%', '0.0%'])
    const half = (fontSize.label * lineHeight) / 2
    for (const label of labels) {
      const width = textWidth(label.text, fontSize.label)
      for (const line of [path, rule]) {
        const span = lineSpan([line], label.x - width / 2, label.x + width / 2)
        if (span) expect(label.y + half <= span.top + 0.01 || label.y - half >= span.bottom - 0.01, `${label.text} against ${JSON.stringify(span)}`).toBe(true)
      }
    }
  })

  it('writes the debt with one number of decimals, and a debt paid off as 0', () => {
    const data: FinanceData = { years: [2018, 2019, 2020], debt: [18, 7.82, 0], debtUnit: money, ratio: [1.286, 0.56, 0], limit: 0.8 }
    const bars = /<g aria-label="text" fill="#222222" font-size="12"[^>]*>(.*?)<\/g>/.exec(draw(data, 720))![1]!
    expect([...bars.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['18.00', '7.82', '0'])
  })

  it('labels every other year when the labels would overlap, always the last', () => {
    // eleven years at 480 px: about 35 px a year, narrower than "12,542" and a gap
    const years = Array.from({ length: 11 }, (_, i) => 2015 + i)
    const data: FinanceData = { years, debt: years.map((_, i) => 3000 + 950 * i), debtUnit: money, ratio: years.map((_, i) => 2 + 0.05 * i), limit: 1 }
    const { labels } = ratioPanel(draw(data))
    expect(labels.map((l) => l.text)).toEqual(['200.0%', '210.0%', '220.0%', '230.0%', '240.0%', '250.0%'])
  })

  it('counts every other year back from the last year with a value', () => {
    // the same eleven years with no ratio in 2025 (no revenue that year): 2024 is labelled, then every other year back
    const years = Array.from({ length: 11 }, (_, i) => 2015 + i)
    const data: FinanceData = { years, debt: years.map((_, i) => 3000 + 950 * i), debtUnit: money, ratio: years.map((_, i) => (i === 10 ? null : 2 + 0.05 * i)), limit: 1 }
    const { labels } = ratioPanel(draw(data))
    expect(labels.map((l) => l.text)).toEqual(['205.0%', '215.0%', '225.0%', '235.0%', '245.0%'])
  })
})
