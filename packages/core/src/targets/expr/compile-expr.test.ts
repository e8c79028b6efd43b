import { describe, expect, it } from 'vitest'
import { compileExpr } from './compile-expr'
import { ExprError } from './expr-error'
import type { ExprHelpers } from './expr-helpers'
import { fakeHelpers } from './fake-helpers'

/** Compiles and evaluates on the fake table (see fake-helpers.ts). */
function run(source: string): number {
  return compileExpr(source).evaluate(fakeHelpers().helpers)
}

/** Runs `f`, expecting an ExprError, and returns its message. */
function exprError(f: () => unknown): string {
  try {
    f()
  } catch (err) {
    expect(err).toBeInstanceOf(ExprError)
    return (err as ExprError).message
  }
  throw new Error('expected an ExprError')
}

describe('compileExpr: helpers', () => {
  it('at reads a level', () => {
    expect(run('at(gdp, 2006)')).toBe(121)
    // zone GDP over region GDP in 2006: 121 / 440 = 0.275
    expect(run('at("gdp", 2006) / at("region.gdp", 2006)')).toBe(0.275)
    expect(run('at(gdp, 2006) / at(region.gdp, 2006)')).toBe(0.275)
  })

  it('cagr reads a growth rate', () => {
    // (146.41 / 100)^(1/2) - 1 = 1.21 - 1 = 0.21
    expect(run('cagr(gdp, 2005, 2007)')).toBeCloseTo(0.21, 14)
    // zone growth minus region growth: 0.21 - 0.10 = 0.11
    expect(run('cagr(gdp, 2005, 2007) - cagr(region.gdp, 2005, 2007)')).toBeCloseTo(0.11, 14)
  })

  it('sum adds a series over years, both ends included', () => {
    // 100 + 121 + 146.41 = 367.41
    expect(run('sum(gdp, 2005, 2007)')).toBeCloseTo(367.41, 12)
    // 10 + 12 + 15 = 37
    expect(run('sum("fiscal_revenue", 2005, 2007)')).toBe(37)
  })

  it('share divides by a second series', () => {
    // 146.41 / 484 = 0.3025
    expect(run('share(gdp, region.gdp, 2007)')).toBeCloseTo(0.3025, 15)
  })

  it('real and nominal reach their helpers', () => {
    expect(run('real(gdp, 2007)')).toBe(146.41)
    // 146.41 × 1.03² = 146.41 × 1.0609 = 155.326369
    expect(run('nominal(gdp, 2007)')).toBeCloseTo(155.326369, 12)
  })

  it('passes series names as text and years as numbers', () => {
    const { helpers, calls } = fakeHelpers()
    compileExpr('share(gdp, region.gdp, 2007) + cagr("gdp", 2005, 2007) + real(fiscal_revenue, 2006) + nominal(gdp, 2005) + sum(gdp, 2005, 2006)').evaluate(helpers)
    expect(calls).toEqual([
      ['share', 'gdp', 'region.gdp', 2007],
      ['cagr', 'gdp', 2005, 2007],
      ['real', 'fiscal_revenue', 2006],
      ['nominal', 'gdp', 2005],
      ['sum', 'gdp', 2005, 2006]
    ])
  })

  it('computes years, and compiles once to evaluate on many paths', () => {
    expect(run('at(gdp, 2000 + 7)')).toBe(146.41)
    const compiled = compileExpr('at(gdp, 2006) * 2')
    const { helpers } = fakeHelpers()
    expect(compiled.evaluate(helpers)).toBe(242)
    expect(compiled.evaluate({ ...helpers, at: () => 5 })).toBe(10)
  })
})

describe('compileExpr: arithmetic and the whitelisted functions', () => {
  it.each([
    ['1 + 2 * 3 - 4 / 2', 5], // 1 + 6 - 2
    ['2^10', 1024],
    ['pow(2, 10)', 1024],
    ['-3 + +1', -2],
    ['7 mod 4', 3],
    ['21%', 0.21], // percent: 21 / 100
    ['abs(-2.5)', 2.5],
    ['sqrt(16)', 4],
    ['exp(0)', 1],
    ['log(e)', 1],
    ['log10(1000)', 3],
    ['log2(8)', 3],
    ['round(2.567, 2)', 2.57],
    ['round(2.5)', 3],
    ['floor(1.7)', 1],
    ['ceil(1.2)', 2],
    ['sign(-3)', -1],
    ['min(4, 2, 3)', 2],
    ['max(4, 2, 3)', 4],
    ['mean(1, 2, 6)', 3], // 9 / 3
    ['at(gdp, 2006) > 120 ? 1 : 0', 1], // 121 > 120
    ['1 < 2 and 2 < 3 ? 5 : 6', 5],
    ['not (1 > 2) or false ? 1 : 0', 1],
    ['1 < 2 < 3 ? 1 : 0', 1], // a chained comparison
    ['1 == 1 and 1 != 2 and 2 >= 2 and 2 <= 3 ? 1 : 0', 1],
    ['true xor false ? 1 : 0', 1]
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBeCloseTo(expected, 12)
  })

  it('knows pi', () => {
    expect(run('pi')).toBe(Math.PI)
  })
})

describe('compileExpr: seriesRefs', () => {
  it('lists every series named, once, in order of first mention', () => {
    expect(compileExpr('at(gdp, 2010) / at(region.gdp, 2010)').seriesRefs).toEqual(['gdp', 'region.gdp'])
    expect(compileExpr('at("gdp", 2006) - at(gdp, 2005)').seriesRefs).toEqual(['gdp'])
    expect(compileExpr('share(industrial_va, region.industrial_va, 2010) + cagr(fiscal_revenue, 2005, 2010)').seriesRefs).toEqual([
      'industrial_va',
      'region.industrial_va',
      'fiscal_revenue'
    ])
    expect(compileExpr('max(at(debt, 2008), sum(investment, 2006, 2010) / 5)').seriesRefs).toEqual(['debt', 'investment'])
    expect(compileExpr('1 + 2').seriesRefs).toEqual([])
  })

  it('finds series inside year arguments too', () => {
    expect(compileExpr('at(gdp, round(at(base_year, 2005)))').seriesRefs).toEqual(['gdp', 'base_year'])
  })

  it('keeps the source', () => {
    expect(compileExpr(' at(gdp, 2010) ').source).toBe(' at(gdp, 2010) ')
  })
})

describe('compileExpr: errors', () => {
  it('rewords syntax errors with the character position', () => {
    expect(exprError(() => compileExpr('at(gdp, 2010'))).toBe('syntax error at character 12 of "at(gdp, 2010": parenthesis ) expected')
    expect(exprError(() => compileExpr('1 +'))).toBe('syntax error at character 3 of "1 +": unexpected end of expression')
    expect(exprError(() => compileExpr('at(gdp,, 2010)'))).toMatch(/^syntax error at character \d+ of "at\(gdp,, 2010\)": /)
  })

  it('names unknown functions with a did-you-mean', () => {
    expect(exprError(() => compileExpr('cgar(gdp, 2005, 2010)'))).toBe('unknown function "cgar" (did you mean "cagr"?)')
    expect(exprError(() => compileExpr('sun(gdp, 2005, 2010)'))).toBe('unknown function "sun" (did you mean "sum"?)')
    expect(exprError(() => compileExpr('mx(1, 2)'))).toBe('unknown function "mx" (did you mean "max"?)')
    expect(exprError(() => compileExpr('cos(1)'))).toBe('unknown function "cos"')
  })

  it('checks the number of arguments of helpers and functions', () => {
    expect(exprError(() => compileExpr('at(gdp)'))).toBe('at() takes 2 arguments (series, year), got 1')
    expect(exprError(() => compileExpr('cagr(gdp, 2005)'))).toBe('cagr() takes 3 arguments (series, from, to), got 2')
    expect(exprError(() => compileExpr('share(gdp, 2010)'))).toBe('share() takes 3 arguments (series, of, year), got 2')
    expect(exprError(() => compileExpr('sum(gdp, 2005, 2008, 2010)'))).toBe('sum() takes 3 arguments (series, from, to), got 4')
    expect(exprError(() => compileExpr('real(gdp, 2005, 1)'))).toBe('real() takes 2 arguments (series, year), got 3')
    expect(exprError(() => compileExpr('nominal()'))).toBe('nominal() takes 2 arguments (series, year), got 0')
    expect(exprError(() => compileExpr('round(1, 2, 3)'))).toBe('round() takes 1 or 2 arguments, got 3')
    expect(exprError(() => compileExpr('sqrt()'))).toBe('sqrt() takes 1 argument, got 0')
    expect(exprError(() => compileExpr('max()'))).toBe('max() takes at least 1 argument, got 0')
  })

  it('wants a series name where a helper reads a series', () => {
    expect(exprError(() => compileExpr('at(1 + 2, 2010)'))).toBe('the series argument of at() must be a series name, such as gdp, region.gdp or "gdp"')
    expect(exprError(() => compileExpr('share(gdp, 0.5, 2010)'))).toBe('the of argument of share() must be a series name, such as gdp, region.gdp or "gdp"')
    expect(exprError(() => compileExpr('at("", 2010)'))).toBe('"" is not a series name')
  })

  it('wants whole years', () => {
    expect(exprError(() => run('at(gdp, 2006.5)'))).toBe('the year argument of at() must be a whole year, got 2006.5')
    expect(exprError(() => run('cagr(gdp, 2005, 1 < 2)'))).toBe('the to argument of cagr() must be a whole year, got a true/false value (true)')
  })

  it('rejects series and functions used as values', () => {
    expect(exprError(() => compileExpr('gdp * 2'))).toMatch(/^"gdp" is not a number: read a series with a helper/)
    expect(exprError(() => compileExpr('region.gdp * 2'))).toBe('"region.gdp" is not a number: read a series with a helper, e.g. at(region.gdp, 2010)')
    expect(exprError(() => compileExpr('at + 1'))).toBe('function "at" must be called, e.g. at(…)')
    expect(exprError(() => compileExpr('"gdp"'))).toBe('text "gdp" may only name a series in a helper call')
  })

  it('rejects an empty expression', () => {
    expect(exprError(() => compileExpr(''))).toBe('empty target expression')
    expect(exprError(() => compileExpr('  '))).toBe('empty target expression')
  })

  it('words every message lowercase, without a trailing period', () => {
    for (const source of ['at(gdp, 2010', 'cgar(gdp, 2005, 2010)', 'at(gdp)', 'gdp', 'a = 1', '[1, 2]', '{a: 1}', '1:3', '5!', 'x.y', 'import(1)']) {
      const message = exprError(() => compileExpr(source))
      expect(message).toMatch(/^[a-z"]/)
      expect(message).not.toMatch(/\.$/)
    }
  })
})

describe('compileExpr: results that are not one finite number', () => {
  const { helpers } = fakeHelpers()
  /** Helpers whose at() returns `value`, as a buggy caller might. */
  const returning = (value: unknown): ExprHelpers => ({ ...helpers, at: () => value as number })

  it.each([
    ['at(gdp, 2006) > 100', 'a true/false value (true)'],
    ['sqrt(-1)', 'NaN (not a number)'], // number-only instance: no complex results
    ['1 / 0', 'Infinity'],
    ['log(0)', '-Infinity'],
    ['at(gdp, 2006) * 0 / 0', 'NaN (not a number)']
  ])('%s gives %s', (source, what) => {
    expect(exprError(() => run(source))).toBe(`target expression "${source}" gives ${what}, not a finite number`)
  })

  it('rejects matrices, text and complex numbers from a misbehaving helper', () => {
    const compiled = compileExpr('at(gdp, 2006)')
    expect(exprError(() => compiled.evaluate(returning([1, 2])))).toBe('target expression "at(gdp, 2006)" gives a matrix, not a finite number')
    expect(exprError(() => compiled.evaluate(returning({ isMatrix: true })))).toContain('gives a matrix')
    expect(exprError(() => compiled.evaluate(returning('12')))).toContain('gives text "12"')
    expect(exprError(() => compiled.evaluate(returning({ re: 0, im: 1, isComplex: true })))).toContain('gives a complex number')
    expect(exprError(() => compiled.evaluate(returning(undefined)))).toContain('gives no value')
  })

  it('matrices and text cannot be written in the first place', () => {
    expect(() => compileExpr('[1, 2]')).toThrow(ExprError)
    expect(() => compileExpr('"12"')).toThrow(ExprError)
    expect(() => compileExpr('1:3')).toThrow(ExprError)
  })

  it('lets errors thrown by helpers through unchanged', () => {
    const boom = new RangeError('year 2030 is after the end year 2010')
    const compiled = compileExpr('at(gdp, 2030) + 1')
    expect(() => compiled.evaluate({ ...helpers, at: () => { throw boom } })).toThrow(boom)
    expect(() => run('at(no_such_series, 2006)')).toThrow('no value of no_such_series in 2006')
  })

  it('rewords mathjs evaluation errors', () => {
    const message = exprError(() => run('round(2.5, 0.5)'))
    expect(message).toMatch(/^cannot evaluate "round\(2\.5, 0\.5\)": [a-z]/)
  })
})
