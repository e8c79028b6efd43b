import type { AccessorNode, ConditionalNode, ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, RelationalNode, SymbolNode } from 'mathjs'
import { didYouMeanSuffix } from '../../util/did-you-mean'
import { regionRef } from '../../scenario/series-ref'
import { ExprError } from './expr-error'
import { HELPER_NAMES, HELPER_SIGNATURES } from './expr-helpers'
import type { ExprHelpers } from './expr-helpers'
import { ALLOWED_CONSTANTS, ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, DISABLED_FUNCTIONS } from './expr-math'

/** A constant of any value type the parser produces. */
type AnyConstant = ConstantNode<string | number | boolean | bigint | null | undefined>

/** Property names that reach JavaScript internals; never part of a series name. */
const FORBIDDEN_NAMES: readonly string[] = ['__proto__', 'prototype', 'constructor', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']
/** Every name an expression may call, for did-you-mean. */
const CALLABLE: readonly string[] = [...HELPER_NAMES, ...Object.keys(ALLOWED_FUNCTIONS)]
/** Shown with errors that say what an expression looks like. */
const EXAMPLE = 'e.g. at(gdp, 2010) / at(region.gdp, 2010)'

/** A checked expression tree, with series symbols replaced by their names as text. */
export interface CheckedExpr {
  node: MathNode
  /** every series the expression names, in order of first mention */
  seriesRefs: string[]
}

/**
 * Checks a parsed `expr` target against the whitelist and rewrites the series arguments of
 * helper calls (`gdp`, `region.gdp`, `"gdp"`) into text constants. Anything not allowed
 * (assignments, property access, matrices, objects, unknown or disabled functions, bare series
 * symbols, strings outside series arguments) is an `ExprError`, found before anything runs.
 *
 * @param make a constant node holding a series name (from the sandbox instance)
 * @throws {ExprError} naming the first construct that is not allowed
 * @example checkExprTree(exprMath().parse("at(region.gdp, 2010)"), exprMath().constant).seriesRefs // => ["region.gdp"]
 */
export function checkExprTree(root: MathNode, make: (value: string) => MathNode): CheckedExpr {
  const refs = new Set<string>()

  const visit = (node: MathNode): void => {
    switch (node.type) {
      case 'ConstantNode':
        return checkConstant(node as AnyConstant)
      case 'SymbolNode':
        return checkSymbol(node as SymbolNode)
      case 'ParenthesisNode':
        return visit((node as ParenthesisNode).content)
      case 'ConditionalNode': {
        const c = node as ConditionalNode
        return [c.condition, c.trueExpr, c.falseExpr].forEach(visit)
      }
      case 'OperatorNode': {
        const op = node as OperatorNode<never, never>
        if (!ALLOWED_OPERATORS.includes(op.fn)) throw new ExprError(`operator "${String(op.op)}" is not allowed in target expressions`, 'use arithmetic (+ - * / ^ %), comparisons, and/or/not, and ? :')
        return op.args.forEach(visit)
      }
      case 'RelationalNode': {
        const r = node as RelationalNode
        for (const fn of r.conditionals) if (!ALLOWED_OPERATORS.includes(fn)) throw new ExprError(`comparison "${fn}" is not allowed in target expressions`)
        return r.params.forEach(visit)
      }
      case 'FunctionNode':
        return checkCall(node as FunctionNode<MathNode>)
      default:
        throw notAllowed(node)
    }
  }

  const checkCall = (call: FunctionNode<MathNode>): void => {
    if (call.fn.type === 'AccessorNode') throw propertyAccess(call.fn as AccessorNode)
    if (call.fn.type !== 'SymbolNode') throw new ExprError('only functions called by name are allowed, such as max(a, b)')
    if ((call as { optional?: boolean }).optional === true) throw new ExprError('optional calls (?.) are not allowed in target expressions')
    const name = (call.fn as SymbolNode).name
    if (Object.hasOwn(HELPER_SIGNATURES, name)) return checkHelperCall(name as keyof ExprHelpers, call)
    if (Object.hasOwn(ALLOWED_FUNCTIONS, name)) {
      const arity = ALLOWED_FUNCTIONS[name]
      if (arity !== undefined && (call.args.length < arity.min || call.args.length > arity.max)) {
        throw new ExprError(`${name}() takes ${arityText(arity.min, arity.max)}, got ${call.args.length}`)
      }
      return call.args.forEach(visit)
    }
    if (DISABLED_FUNCTIONS.includes(name)) throw new ExprError(`function "${name}" is disabled in target expressions`)
    throw new ExprError(`unknown function "${name}"${didYouMeanSuffix(name, CALLABLE)}`, `target expressions may call ${CALLABLE.join(', ')}`)
  }

  const checkHelperCall = (name: keyof ExprHelpers, call: FunctionNode<MathNode>): void => {
    const sig = HELPER_SIGNATURES[name]
    if (call.args.length !== sig.params.length) {
      throw new ExprError(`${name}() takes ${sig.params.length} arguments (${sig.params.join(', ')}), got ${call.args.length}`, `e.g. ${name}(${sig.params.map((p) => (p === 'series' ? 'gdp' : p === 'of' ? 'region.gdp' : '2010')).join(', ')})`)
    }
    call.args.forEach((arg, i) => {
      if (!sig.series.includes(i)) return visit(arg)
      const series = seriesName(arg, name, sig.params[i] ?? 'series')
      // share()'s denominator is a region series whether or not it is written `region.x`
      refs.add(sig.params[i] === 'of' ? regionRef(series) : series)
      call.args[i] = make(series)
    })
  }

  visit(root)
  return { node: root, seriesRefs: [...refs] }
}

/** A series argument as text: a string, a symbol, or a dotted symbol path such as region.gdp. */
function seriesName(node: MathNode, helper: string, param: string): string {
  const name = pathOf(node)
  if (name === undefined) {
    throw new ExprError(`the ${param} argument of ${helper}() must be a series name, such as gdp, region.gdp or "gdp"`)
  }
  for (const part of name.split('.')) {
    if (part === '' || FORBIDDEN_NAMES.includes(part)) throw new ExprError(`"${name}" is not a series name`, 'name a series of the scenario, such as gdp or region.gdp')
  }
  return name
}

/** The dotted name a node spells, or undefined when it is not a name. */
function pathOf(node: MathNode): string | undefined {
  if (node.type === 'ConstantNode') {
    const value = (node as AnyConstant).value
    return typeof value === 'string' ? value : undefined
  }
  if (node.type === 'SymbolNode') return (node as SymbolNode).name
  if (node.type !== 'AccessorNode') return undefined
  const acc = node as AccessorNode
  const dims = acc.index.dimensions
  const prop = dims[0]
  if (acc.optionalChaining || !acc.index.dotNotation || dims.length !== 1 || prop?.type !== 'ConstantNode') return undefined
  const object = pathOf(acc.object)
  const key = (prop as AnyConstant).value
  return acc.object.type === 'ConstantNode' || object === undefined || typeof key !== 'string' ? undefined : `${object}.${key}`
}

/** Numbers and true/false may appear anywhere; text only as a series argument. */
function checkConstant(node: AnyConstant): void {
  const v = node.value
  if (typeof v === 'number' || typeof v === 'boolean') return
  if (typeof v === 'string') throw new ExprError(`text "${v}" may only name a series in a helper call`, EXAMPLE)
  throw new ExprError(`${String(v)} is not allowed in target expressions`)
}

/** A bare symbol outside a series argument: only pi and e are allowed. */
function checkSymbol(node: SymbolNode): void {
  const name = node.name
  if (ALLOWED_CONSTANTS.includes(name)) return
  if (Object.hasOwn(HELPER_SIGNATURES, name) || Object.hasOwn(ALLOWED_FUNCTIONS, name)) {
    throw new ExprError(`function "${name}" must be called, e.g. ${name}(…)`)
  }
  if (DISABLED_FUNCTIONS.includes(name)) throw new ExprError(`function "${name}" is disabled in target expressions`)
  throw new ExprError(`"${name}" is not a number: read a series with a helper, ${EXAMPLE}`, `helpers: ${HELPER_NAMES.join(', ')}; constants: ${ALLOWED_CONSTANTS.join(', ')}`)
}

/** The error for a node of a kind target expressions never contain. */
function notAllowed(node: MathNode): ExprError {
  switch (node.type) {
    case 'AccessorNode': {
      const name = pathOf(node)
      if (name !== undefined && !name.split('.').some((p) => FORBIDDEN_NAMES.includes(p))) return new ExprError(`"${name}" is not a number: read a series with a helper, e.g. at(${name}, 2010)`)
      return propertyAccess(node as AccessorNode)
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return new ExprError('assignments are not allowed: a target expression computes one value', EXAMPLE)
    case 'BlockNode':
      return new ExprError('a target expression is one expression, without ";" or line breaks between parts', EXAMPLE)
    case 'ArrayNode':
    case 'IndexNode':
    case 'RangeNode':
      return new ExprError('matrices, lists and indexing are not allowed in target expressions', EXAMPLE)
    case 'ObjectNode':
      return new ExprError('objects are not allowed in target expressions', EXAMPLE)
    default:
      return new ExprError(`${node.type} is not allowed in target expressions`, EXAMPLE)
  }
}

/** The error for reading a property such as `.constructor`. */
function propertyAccess(node: AccessorNode): ExprError {
  const prop = node.index.dimensions[0]
  const key = prop?.type === 'ConstantNode' ? String((prop as AnyConstant).value) : undefined
  return new ExprError(`property access${key === undefined ? '' : ` ".${key}"`} is not allowed in target expressions`, 'only series paths such as region.gdp, inside a helper call')
}

/** "2 arguments", "1 or 2 arguments", "at least 1 argument". */
function arityText(min: number, max: number): string {
  const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`
  if (max === Infinity) return `at least ${plural(min)}`
  if (min === max) return plural(min)
  return `${min} or ${plural(max)}`
}
