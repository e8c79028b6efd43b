import * as Plot from '@observablehq/plot'
import { describe, expect, it } from 'vitest'
import type { ChartUnit } from '../chart-types'
import { lineFrame } from './line-frame'
import { targetLabels } from './target-labels'

const unit: ChartUnit = { kind: 'money', money: 'yiyuan', prices: 'real', baseYear: 2015 }
const frameAt = (width: number) => lineFrame(Plot, { years: [2010, 2025], values: [5000, 25000], unit, lang: 'en', width, height: width / 2, marginRight: 100 })
const long = 'GDP of 1.5 trillion yuan by 2020 (13th Five-Year Plan milestone)'
const target = (year: number, value: number) => ({ label: long, year, value })

describe('targetLabels', () => {
  it('wraps a lone target label to two lines of words and its level', () => {
    const [label] = targetLabels([target(2020, 15000)], frameAt(720), unit, 'en')
    expect(label!.lines).toHaveLength(3)
    expect(label!.lines[2]).toBe('15,000 億元')
    expect(label!.side).toBe('left')
  })

  it('cuts the words to one line when the labels would fill more than 60% of the plot area', () => {
    // 480 px: plot area 240 − 28 − 40 = 172 px high; four labels of 3 lines × 15.6 px = 187 px > 0.6 × 172 = 103 px
    const four = [target(2020, 15000), target(2020, 12757), target(2025, 24000), target(2025, 24044)]
    const labels = targetLabels(four, frameAt(480), unit, 'en')
    expect(labels.map((l) => l.lines.length)).toEqual([2, 2, 2, 2])
    expect(labels[0]!.lines[0]).toMatch(/…$/)
    // the same four at 1000 px: 500 − 68 = 432 px high, 187 px < 0.6 × 432 = 259 px
    expect(targetLabels(four, frameAt(1000), unit, 'en').map((l) => l.lines.length)).toEqual([3, 3, 3, 3])
  })

  it('puts a label right of its point when it does not fit left of it', () => {
    const [label] = targetLabels([target(2010, 5000)], frameAt(720), unit, 'en')
    expect(label!.side).toBe('right')
  })
})
