/**
 * The mathjs instance `expr` targets run in: number-only implementations (no matrices, units,
 * big numbers or strings) of an explicit whitelist of functions, with the functions the mathjs
 * security page names (and a few more that reconfigure or re-enter the parser) replaced by ones
 * that throw.
 */
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  log2Dependencies,
  logDependencies,
  maxDependencies,
  meanDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies
} from 'mathjs/number'
import type { ConfigOptions, FactoryFunctionMap, MathNode } from 'mathjs'
import { ExprError } from './expr-error'

/** Least and most arguments a whitelisted function takes (`Infinity`: any number). */
export interface Arity {
  min: number
  max: number
}

/**
 * Functions an expression may call by name, with their arities.
 *
 * @example ALLOWED_FUNCTIONS.round // => { min: 1, max: 2 }
 */
export const ALLOWED_FUNCTIONS: Readonly<Record<string, Arity>> = Object.freeze({
  abs: { min: 1, max: 1 },
  ceil: { min: 1, max: 2 },
  exp: { min: 1, max: 1 },
  floor: { min: 1, max: 2 },
  log: { min: 1, max: 2 },
  log10: { min: 1, max: 1 },
  log2: { min: 1, max: 1 },
  max: { min: 1, max: Infinity },
  mean: { min: 1, max: Infinity },
  min: { min: 1, max: Infinity },
  mod: { min: 2, max: 2 },
  pow: { min: 2, max: 2 },
  round: { min: 1, max: 2 },
  sign: { min: 1, max: 1 },
  sqrt: { min: 1, max: 1 }
})

/**
 * mathjs functions behind the operators an expression may use (`+`, `<`, `and`, `%`…).
 *
 * @example ALLOWED_OPERATORS.includes("factorial") // => false
 */
export const ALLOWED_OPERATORS: readonly string[] = Object.freeze([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'not', 'xor'
])

/**
 * Named constants an expression may use.
 *
 * @example ALLOWED_CONSTANTS // => ["pi", "e"]
 */
export const ALLOWED_CONSTANTS: readonly string[] = Object.freeze(['pi', 'e'])

/**
 * Functions disabled on the instance: those the mathjs security page names (import, createUnit,
 * reviver, evaluate, parse, simplify, derivative, resolve) and others that reconfigure the
 * instance or reach the parser (compile, config, create). `import` comes last, so the others
 * are replaced before it is.
 *
 * @example DISABLED_FUNCTIONS.includes("evaluate") // => true
 */
export const DISABLED_FUNCTIONS: readonly string[] = Object.freeze([
  'createUnit', 'reviver', 'evaluate', 'parse', 'compile', 'simplify', 'derivative', 'resolve', 'config', 'create', 'import'
])

/** The sandbox: its parser (taken before `parse` was disabled) and a view of its configuration. */
export interface ExprMath {
  parse(source: string): MathNode
  /** a constant node holding `value`, to put a series name where its symbol was */
  constant(value: string): MathNode
  /** a copy of the instance's configuration, to show it is never changed */
  config(): ConfigOptions
}

let instance: ExprMath | undefined

/**
 * The sandboxed instance, built on first use so importing this module costs nothing.
 *
 * @example exprMath().parse("1 + 2").compile().evaluate(new Map()) // => 3
 */
export function exprMath(): ExprMath {
  if (instance !== undefined) return instance
  const math = create({
    absDependencies, addDependencies, andDependencies, ceilDependencies, divideDependencies,
    eDependencies, equalDependencies, expDependencies, floorDependencies, largerDependencies,
    largerEqDependencies, log10Dependencies, log2Dependencies, logDependencies, maxDependencies,
    meanDependencies, minDependencies, modDependencies, multiplyDependencies, notDependencies,
    orDependencies, parseDependencies, piDependencies, powDependencies, roundDependencies,
    signDependencies, smallerDependencies, smallerEqDependencies, sqrtDependencies,
    subtractDependencies, unaryMinusDependencies, unaryPlusDependencies, unequalDependencies,
    xorDependencies
  } as FactoryFunctionMap)
  const parse = math.parse
  const config = math.config as unknown as () => ConfigOptions
  // mathjs builds functions lazily from the namespace; build ours before it is altered
  const namespace = math as unknown as Record<string, unknown>
  for (const name of [...Object.keys(ALLOWED_FUNCTIONS), ...ALLOWED_OPERATORS, ...ALLOWED_CONSTANTS]) {
    if (namespace[name] === undefined) throw new Error(`expr sandbox lacks "${name}"`)
  }
  const disabled: Record<string, () => never> = {}
  for (const name of DISABLED_FUNCTIONS) {
    disabled[name] = () => {
      throw new ExprError(`function "${name}" is disabled in target expressions`)
    }
  }
  math.import(disabled, { override: true })
  const ConstantNode = math.ConstantNode
  instance = { parse: (source) => parse(source), constant: (value) => new ConstantNode(value), config: () => config() }
  return instance
}
