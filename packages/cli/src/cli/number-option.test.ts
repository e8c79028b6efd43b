import { describe, expect, it } from 'vitest'
import yargs from 'yargs'
import { numberOption } from './number-option'

describe('numberOption', () => {
  const parse = (args: string[]) => yargs(args).option('seed', numberOption('seed', 'random seed')).strict().exitProcess(false).fail((m, e) => { throw e ?? new Error(m) }).parseSync()

  it('reads numbers as Number does, exponents and signs included', () => {
    expect(parse(['--seed', '7']).seed).toBe(7)
    expect(parse(['--seed', '2e3']).seed).toBe(2000)
    expect(parse(['--seed', '-1']).seed).toBe(-1)
    // a fraction goes on to the command's own check (a seed is whole), which names it as typed
    expect(parse(['--seed', '1.5']).seed).toBe(1.5)
  })

  it('refuses text and empty values as written, where yargs alone gave NaN and 0', () => {
    expect(() => parse(['--seed', 'abc'])).toThrow('--seed: "abc" is not a number')
    expect(() => parse(['--seed', ''])).toThrow('--seed: an empty value is not a number')
    expect(() => parse(['--seed', '  '])).toThrow('--seed: an empty value is not a number')
  })

  it('refuses the option given twice', () => {
    expect(() => parse(['--seed', '1', '--seed', '2'])).toThrow('--seed is given 2 times; give it once')
  })
})
