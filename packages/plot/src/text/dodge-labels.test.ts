import { describe, expect, it } from 'vitest'
import { dodgeLabels } from './dodge-labels'

describe('dodgeLabels', () => {
  it('splits two overlapping labels evenly about their wanted centres', () => {
    // 14 px tall, 2 px gap: centres must be 16 apart; they are 4 apart, so each moves 6: 94 and 110
    expect(dodgeLabels([{ y: 100, height: 14 }, { y: 104, height: 14 }], 0, 300, 2)).toEqual([94, 110])
  })

  it('leaves labels that do not touch where they are, in input order', () => {
    expect(dodgeLabels([{ y: 200, height: 10 }, { y: 50, height: 10 }], 0, 300)).toEqual([200, 50])
  })

  it('keeps labels inside the bounds', () => {
    // the lower label wants 295 but must end by 300: centre 295 is fine for 10 px (ends at 300);
    // the upper is then pushed to 295 − 12 = 283
    expect(dodgeLabels([{ y: 299, height: 10 }, { y: 299, height: 10 }], 0, 300)).toEqual([283, 295])
  })
})
