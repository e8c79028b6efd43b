/**
 * yargs-assert stands in for node:assert in the bundle: it must pass and fail where node:assert's
 * strictEqual and notStrictEqual do (the oracle), and throw the Error it is given.
 */
import * as nodeAssert from 'node:assert'
import { describe, expect, it } from 'vitest'
import { notStrictEqual, strictEqual } from './yargs-assert'

const pairs: [unknown, unknown][] = [[1, 1], [1, 2], ['a', 'a'], [NaN, NaN], [0, -0], [null, undefined], [{}, {}], [undefined, undefined]]

const throws = (f: () => void): boolean => {
  try {
    f()
    return false
  } catch {
    return true
  }
}

describe('yargs-assert', () => {
  it('passes and fails as node:assert does', () => {
    for (const [a, b] of pairs) {
      expect(throws(() => strictEqual(a, b)), `strictEqual(${String(a)}, ${String(b)})`).toBe(throws(() => nodeAssert.strictEqual(a, b)))
      expect(throws(() => notStrictEqual(a, b)), `notStrictEqual(${String(a)}, ${String(b)})`).toBe(throws(() => nodeAssert.notStrictEqual(a, b)))
    }
  })

  it('throws the message, or the Error, it is given', () => {
    expect(() => strictEqual(1, 2, 'one is not two')).toThrow('one is not two')
    const error = new TypeError('given')
    expect(() => notStrictEqual(1, 1, error)).toThrow(error)
  })
})
