import type { MathNode } from 'mathjs'
import { MAX_YEAR, MIN_YEAR } from '../../scenario/schema/read-year'
import { checkExprTree } from './check-expr-tree'
import { ExprError } from './expr-error'
import { HELPER_NAMES, HELPER_SIGNATURES } from './expr-helpers'
import type { ExprHelpers } from './expr-helpers'
import { exprMath } from './expr-math'

/** An `expr` target, checked and compiled, ready to evaluate on any path. */
export interface CompiledExpr {
  /** the expression as written */
  source: string
  /** every series the expression names (`gdp`, `region.gdp`), in order of first mention */
  seriesRefs: string[]
  /**
   * The value of the expression with `helpers` reading the series, in the units the helpers
   * return. Errors thrown by a helper pass through unchanged.
   *
   * @throws {ExprError} when the result is not one finite real number
   */
  evaluate(helpers: ExprHelpers): number
}

/** mathjs reports the failing position as "(char N)" at the end of a syntax error. */
const CHAR_POSITION = /\s*\(char (\d+)\)\s*$/

/** Longest expression: ten times the longest a plan needs (the seeds' are under 100 characters). */
export const MAX_EXPR_CHARS = 1000
/** Most nodes of a parsed expression: each costs a call per evaluation, and Monte Carlo evaluates per draw. */
export const MAX_EXPR_NODES = 300
/**
 * Deepest nesting of an expression (parentheses, calls, operators): mathjs parses, checks and
 * compiles recursively, and a long chain such as 1+1+…+1 would overflow the stack.
 */
export const MAX_EXPR_DEPTH = 40

/**
 * Compiles the expression of an `expr` target (shared/MODEL.md §5) in the sandboxed mathjs
 * instance. Series are named by string or bare symbol, `region.gdp` for a region series:
 * `at("gdp", 2010) / at(region.gdp, 2010)`, `cagr(gdp, 2005, 2010) - cagr(region.gdp, 2005, 2010)`.
 * Only the helpers of `ExprHelpers`, the whitelisted functions, arithmetic, comparisons,
 * and/or/not and `? :` are allowed; the tree is checked before anything runs.
 *
 * @throws {ExprError} on a syntax error (with its character position), a name or construct
 *   that is not allowed, or a helper called with the wrong number of arguments
 * @example compileExpr("at(gdp, 2010) / at(region.gdp, 2010)").seriesRefs // => ["gdp", "region.gdp"]
 * @example compileExpr("cagr(gdp, 2005, 2010) * 100").evaluate({ ...helpers, cagr: () => 0.21 }) // => 21
 */
export function compileExpr(source: string): CompiledExpr {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new ExprError('empty target expression', 'write an expression such as at(gdp, 2010) / at(region.gdp, 2010)')
  }
  if (source.length > MAX_EXPR_CHARS) throw new ExprError(`the expression has ${source.length} characters, more than ${MAX_EXPR_CHARS}`, 'split it into several targets')
  if (parenDepth(source) > MAX_EXPR_DEPTH) throw new ExprError(`parentheses nest deeper than ${MAX_EXPR_DEPTH} levels`, 'write the expression with fewer nested parts')
  const math = exprMath()
  const parsed = parseOrExplain(math.parse, source)
  checkSize(parsed)
  const { node, seriesRefs } = checkExprTree(parsed, math.constant)
  const code = node.compile()
  return {
    source,
    seriesRefs,
    evaluate(helpers: ExprHelpers): number {
      const thrownByHelpers = new WeakSet<object>()
      let result: unknown
      try {
        result = code.evaluate(helperScope(helpers, thrownByHelpers))
      } catch (err) {
        if (err instanceof ExprError || (typeof err === 'object' && err !== null && thrownByHelpers.has(err))) throw err
        throw new ExprError(`cannot evaluate "${source}": ${lowerFirst(err instanceof Error ? err.message : String(err))}`)
      }
      if (typeof result === 'number' && Number.isFinite(result)) return result
      throw new ExprError(`target expression "${source}" gives ${describe(result)}, not a finite number`)
    }
  }
}

/** Deepest nesting of ( and [ in the text, before the recursive parser sees it. */
function parenDepth(source: string): number {
  let depth = 0
  let deepest = 0
  for (const c of source) {
    if (c === '(' || c === '[') deepest = Math.max(deepest, ++depth)
    else if (c === ')' || c === ']') depth--
  }
  return deepest
}

/** Refuses a tree of more than `MAX_EXPR_NODES` nodes or deeper than `MAX_EXPR_DEPTH`, walked without recursion. */
function checkSize(root: MathNode): void {
  let count = 0
  const stack: [MathNode, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (++count > MAX_EXPR_NODES) throw new ExprError(`the expression has more than ${MAX_EXPR_NODES} parts (numbers, names, operators, calls)`, 'split it into several targets')
    if (depth > MAX_EXPR_DEPTH) throw new ExprError(`the expression nests deeper than ${MAX_EXPR_DEPTH} levels`, 'write it with fewer nested operations')
    node.forEach((child) => stack.push([child, depth + 1]))
  }
}

/** Parses, rewording mathjs's syntax errors as "syntax error at character N of …". */
function parseOrExplain(parse: (s: string) => MathNode, source: string): MathNode {
  try {
    return parse(source)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const at = CHAR_POSITION.exec(message)
    const what = lowerFirst(message.replace(CHAR_POSITION, ''))
    const where = at?.[1] === undefined ? '' : ` at character ${Math.min(Number(at[1]), source.length)}`
    throw new ExprError(`syntax error${where} of "${source}": ${what}`)
  }
}

/** The helpers as the scope the compiled expression calls, checking the arguments each gets. */
function helperScope(helpers: ExprHelpers, thrownByHelpers: WeakSet<object>): Map<string, unknown> {
  const scope = new Map<string, unknown>()
  for (const name of HELPER_NAMES) {
    const sig = HELPER_SIGNATURES[name]
    scope.set(name, (...args: unknown[]) => {
      args.forEach((arg, i) => {
        const param = sig.params[i] ?? '?'
        if (sig.series.includes(i)) return
        if (typeof arg !== 'number' || !Number.isInteger(arg)) {
          throw new ExprError(`the ${param} argument of ${name}() must be a whole year, got ${describe(arg)}`)
        }
        // bounds the years a helper walks (sum, cagr) however the year was computed
        if (arg < MIN_YEAR || arg > MAX_YEAR) throw new ExprError(`the ${param} argument of ${name}() is ${arg}, outside the years ${MIN_YEAR}–${MAX_YEAR}`)
      })
      const fn = helpers[name] as (...a: unknown[]) => unknown
      try {
        return fn.apply(helpers, args)
      } catch (err) {
        if (typeof err === 'object' && err !== null) thrownByHelpers.add(err)
        throw err
      }
    })
  }
  return scope
}

/** A value in words, for messages. */
function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN (not a number)' : String(value)
  if (typeof value === 'boolean') return `a true/false value (${value})`
  if (typeof value === 'string') return `text "${value}"`
  if (value === null || value === undefined) return 'no value'
  const v = value as { isMatrix?: boolean; isComplex?: boolean; type?: string }
  if (v.isMatrix === true || Array.isArray(value)) return 'a matrix'
  if (v.isComplex === true) return 'a complex number'
  if (typeof value === 'function') return 'a function'
  return `a value of type ${typeof v.type === 'string' ? v.type : typeof value}`
}

/** "Unexpected end" → "unexpected end". */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}
