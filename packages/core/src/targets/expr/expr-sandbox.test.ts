import { describe, expect, it } from 'vitest'
import { compileExpr } from './compile-expr'
import { ExprError } from './expr-error'
import { DISABLED_FUNCTIONS, exprMath } from './expr-math'
import { fakeHelpers } from './fake-helpers'

/**
 * Known ways out of a mathjs sandbox, each of which must be refused with an ExprError when the
 * expression is compiled, before any of it runs.
 */
const ESCAPES: [string, RegExp][] = [
  // constructor access: reaching Function through a function, a list or a string
  ['cos.constructor("return process")()', /^syntax error|property access/],
  ['cos.constructor("return process")', /property access "\.constructor"/],
  ['at.constructor("return process")', /property access "\.constructor"/],
  ['[].map.constructor("return process")()', /^syntax error|property access|matrices/],
  ['[].map.constructor("return process")', /property access "\.constructor"/],
  ['"".constructor', /property access "\.constructor"/],
  ['"".constructor.constructor("return process")', /property access "\.constructor"/],
  ['max["constructor"]', /property access "\.constructor"/],
  ['pi.constructor', /property access "\.constructor"/],
  ['{}.constructor', /property access|objects/],
  // prototype chains
  ['at.__proto__', /property access "\.__proto__"/],
  ['at.prototype', /property access "\.prototype"/],
  ['at(__proto__, 2010)', /"__proto__" is not a series name/],
  ['at("__proto__", 2010)', /"__proto__" is not a series name/],
  ['at(region.__proto__, 2010)', /"region\.__proto__" is not a series name/],
  ['at(region.prototype, 2010)', /"region\.prototype" is not a series name/],
  ['at("constructor", 2010)', /"constructor" is not a series name/],
  ['region.__proto__', /property access "\.__proto__"/],
  // functions the mathjs security page says to disable, and others that reconfigure mathjs
  ['import({pi: 4}, {override: true})', /^function "import" is disabled in target expressions$/],
  ['import', /^function "import" is disabled in target expressions$/],
  ['config({number: "BigNumber"})', /^function "config" is disabled in target expressions$/],
  ['config({matrix: "Array", predictable: true})', /^function "config" is disabled/],
  ['createUnit("x")', /^function "createUnit" is disabled/],
  ['evaluate("1+1")', /^function "evaluate" is disabled/],
  ['parse("x")', /^function "parse" is disabled/],
  ['compile("x")', /^function "compile" is disabled/],
  ['simplify("x")', /^function "simplify" is disabled/],
  ['derivative("x^2", "x")', /^function "derivative" is disabled/],
  ['resolve("x")', /^function "resolve" is disabled/],
  ['reviver("x", 1)', /^function "reviver" is disabled/],
  ['create()', /^function "create" is disabled/],
  // other namespace members that are no function of ours
  ['typed("f", {})', /^unknown function "typed"/],
  ['matrix(1)', /^unknown function "matrix"/],
  ['on("config", 1)', /^unknown function "on"/],
  // assignments: an expression, not a program
  ['at = 1', /^assignments are not allowed/],
  ['f(x) = x', /^assignments are not allowed/],
  ['at(s, y) = 1', /^assignments are not allowed/],
  ['pi = 3', /^assignments are not allowed/],
  ['a.b = 1', /^assignments are not allowed/],
  ['x = 1; x', /^a target expression is one expression/],
  ['1\n2', /^a target expression is one expression/],
  // calls of computed functions (mathjs does not even parse these)
  ['(at)(gdp, 2010)', /^syntax error|only functions called by name/],
  ['max.apply(null, 1)', /property access "\.apply"/]
]

describe('the expr sandbox refuses known escapes', () => {
  it.each(ESCAPES)('%s', (source, message) => {
    const { helpers, calls } = fakeHelpers()
    let thrown: unknown
    try {
      compileExpr(`at(gdp, 2006) + (${source})`).evaluate(helpers)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ExprError)
    // refused while compiling: not even the helper before it ran
    expect(calls).toEqual([])
    expect(() => compileExpr(source)).toThrow(ExprError)
    expect(() => compileExpr(source)).toThrow(message)
  })

  it('leaves the instance working and its configuration unchanged', () => {
    const before = exprMath().config()
    for (const [source] of ESCAPES) expect(() => compileExpr(source)).toThrow(ExprError)
    expect(exprMath().config()).toEqual(before)
    expect(before.number).toBe('number')
    expect(compileExpr('2^10 + pi * 0').evaluate(fakeHelpers().helpers)).toBe(1024)
    // pi was not overridden by the import attempt
    expect(compileExpr('pi').evaluate(fakeHelpers().helpers)).toBe(Math.PI)
  })
})

describe('the expr sandbox instance itself', () => {
  /** Bypasses compileExpr's checks, to show the instance refuses on its own. */
  const rawEvaluate = (source: string): unknown => exprMath().parse(source).compile().evaluate(new Map())

  it.each(DISABLED_FUNCTIONS.map((name) => [name]))('%s() throws an ExprError inside the instance', (name) => {
    expect(() => rawEvaluate(`${name}("1 + 1")`)).toThrow(new ExprError(`function "${name}" is disabled in target expressions`))
  })

  it('keeps its configuration after attempts to change it', () => {
    const before = exprMath().config()
    expect(() => rawEvaluate('config({number: "BigNumber"})')).toThrow(ExprError)
    expect(() => rawEvaluate('import({add: 1}, {override: true})')).toThrow(ExprError)
    expect(exprMath().config()).toEqual(before)
    expect(rawEvaluate('1 + 2')).toBe(3)
  })

  it('has no matrices, units or trigonometry', () => {
    expect(() => rawEvaluate('[1, 2]')).toThrow()
    expect(() => rawEvaluate('cos(1)')).toThrow(/Undefined function cos/)
    expect(() => rawEvaluate('5 cm')).toThrow(/Undefined symbol cm/)
  })

  it('refuses constructor access on its own too (mathjs safety checks)', () => {
    expect(() => rawEvaluate('cos.constructor("return process")')).toThrow()
    expect(() => rawEvaluate('"".constructor')).toThrow()
  })
})
