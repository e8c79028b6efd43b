import { describe, expect, it } from 'vitest'
import { splitDraws } from './split-draws'

describe('splitDraws', () => {
  it('splits as evenly as can be, the larger shares first', () => {
    expect(splitDraws(10, 3)).toEqual([[0, 4], [4, 7], [7, 10]])
    expect(splitDraws(10, 2)).toEqual([[0, 5], [5, 10]])
    expect(splitDraws(1_000_000, 2)).toEqual([[0, 500_000], [500_000, 1_000_000]])
  })

  it('gives one share for one thread', () => {
    expect(splitDraws(7, 1)).toEqual([[0, 7]])
  })

  it('gives no more shares than draws, none of them empty', () => {
    expect(splitDraws(2, 5)).toEqual([[0, 1], [1, 2]])
    expect(splitDraws(1, 8)).toEqual([[0, 1]])
  })

  it('covers every draw once, in order, for any split', () => {
    for (let draws = 1; draws <= 40; draws++) {
      for (let threads = 1; threads <= 12; threads++) {
        const shares = splitDraws(draws, threads)
        expect(shares[0]![0]).toBe(0)
        expect(shares.at(-1)![1]).toBe(draws)
        shares.forEach(([from, to], i) => {
          if (i > 0) expect(from).toBe(shares[i - 1]![1])
          expect(to - from).toBeGreaterThanOrEqual(Math.floor(draws / shares.length))
          expect(to - from).toBeLessThanOrEqual(Math.ceil(draws / shares.length))
        })
      }
    }
  })

  it('leaves a bad draw count whole, for the core to refuse', () => {
    expect(splitDraws(0, 2)).toEqual([[0, 0]])
    expect(splitDraws(2.5, 2)).toEqual([[0, 2.5]])
  })
})
