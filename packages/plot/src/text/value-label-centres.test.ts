import { describe, expect, it } from 'vitest'
import { lineSpan } from './clear-of-lines'
import { valueLabelCentres } from './value-label-centres'

const room = { height: 15, offset: 6, top: 0, bottom: 200 }

describe('valueLabelCentres', () => {
  it('puts a label just above its point where that is clear', () => {
    // a flat line at y = 100: centre 100 − 6 − 7.5 = 86.5
    const line = [[0, 100], [100, 100]] as const
    expect(valueLabelCentres([{ x: 50, y: 100, width: 30 }], { ...room, lines: [line] })).toEqual([86.5])
  })

  it('moves a label off a steep line, and the box it ends in crosses no line', () => {
    // the declining scenario's ratio: 128.6% to 56% to 0 in two years, 50 px a year, with a limit's rule at y = 60
    const path = [[0, 20], [50, 100], [100, 150], [150, 150]] as const
    const rule = [[0, 60], [150, 60]] as const
    const labels = [{ x: 50, y: 100, width: 40 }, { x: 100, y: 150, width: 30 }]
    const centres = valueLabelCentres(labels, { ...room, lines: [path, rule] })
    labels.forEach((l, i) => {
      const box = { top: centres[i]! - 7.5, bottom: centres[i]! + 7.5 }
      for (const line of [path, rule]) {
        const span = lineSpan([line], l.x - l.width / 2, l.x + l.width / 2)!
        expect(box.bottom <= span.top || box.top >= span.bottom).toBe(true)
      }
    })
    // at the wanted 86.5 (100 − 6 − 7.5) the segments over [30, 70] (y 68 to 120) are in the way; the
    // nearest clear centre is above them and the rule at 60: 60 − 2 − 7.5 = 50.5 (36 px away), not
    // below them at 120 + 2 + 7.5 = 129.5 (43 px away)
    expect(centres[0]).toBe(50.5)
  })

  it('keeps a label between a line and a rule when it fits there, not above both', () => {
    // a flat line at 150 under a rule at 100: 150 − 6 − 7.5 = 136.5 is clear of both
    const centres = valueLabelCentres([{ x: 50, y: 150, width: 30 }], { ...room, lines: [[[0, 150], [100, 150]], [[0, 100], [100, 100]]] })
    expect(centres).toEqual([136.5])
  })

  it('keeps a label off the labels placed before it', () => {
    // two points 10 px apart at the same height, labels 30 px wide: the second goes above the first
    const line = [[0, 100], [100, 100]] as const
    const [a, b] = valueLabelCentres([{ x: 40, y: 100, width: 30 }, { x: 50, y: 100, width: 30 }], { ...room, lines: [line] })
    expect(a).toBe(86.5)
    expect(b).toBe(86.5 - 7.5 - 2 - 7.5)
  })
})
