import { createBigNumberClass, createComplexClass, createFractionClass, createUnitClass } from 'mathjs'
import type { Unit, UnitCtor } from 'mathjs'
import { UNIT_NAMES } from './unit-names'
import type { UnitDimension } from './unit-names'

/** Base dimension of Chinese money in the unit system (a new one: money is not physical). */
const CNY_DIMENSION = 'CNY'
/** Base dimension of US dollars, kept apart because the exchange rate is set per scenario. */
const USD_DIMENSION = 'USD'
/** mathjs's own base dimension that areas are built from. */
const LENGTH_DIMENSION = 'LENGTH'
/** Letters of unit names: Latin, and CJK ideographs (basic block, extension A, compatibility). */
const UNIT_LETTER = /^[a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/

/** A unit expression read by the unit system: its parts and its dimension. */
export interface ParsedUnit {
  /** each unit name written, with its power (`wanyuan/mu` → wanyuan^1, mu^-1) */
  parts: { name: string; power: number }[]
  /** exponent of yuan, of US dollars and of length (km² is length²) */
  cny: number
  usd: number
  length: number
  /** true when some other physical dimension (mass, time…) appears */
  other: boolean
}

/** Definitions handed to mathjs: only the dimension matters there, sizes come from UNIT_NAMES. */
const MATHJS_BASE: Record<UnitDimension, string> = { cny: 'yuan', usd: 'usd', area: 'km2' }

let instance: { Unit: UnitCtor; cny: number; usd: number; length: number } | undefined

/**
 * Scalar arithmetic for the Unit class. Scenario units only ever carry plain numbers, so the class
 * gets number functions instead of mathjs's typed functions (which accept BigNumber, Fraction and
 * Complex too): building those took ~90 ms of every cold start, these take nothing.
 */
const NUMBER_SCALARS = {
  addScalar: (a: number, b: number): number => a + b,
  subtractScalar: (a: number, b: number): number => a - b,
  multiplyScalar: (a: number, b: number): number => a * b,
  divideScalar: (a: number, b: number): number => a / b,
  pow: (a: number, b: number): number => a ** b,
  abs: Math.abs,
  fix: Math.trunc,
  round: (x: number, digits = 0): number => Number(x.toFixed(digits)),
  equal: (a: number, b: number): boolean => a === b,
  isNumeric: (x: unknown): boolean => typeof x === 'number',
  format: (x: number): string => String(x),
  number: (x: unknown): number => Number(x)
}

/** Builds the dedicated unit system on first use, so importing the module costs nothing. */
function unitSystem(): NonNullable<typeof instance> {
  if (instance !== undefined) return instance
  // mathjs's Unit class built from its factory with number-only scalars (see NUMBER_SCALARS)
  // the Unit class reads `number` and `predictable` from mathjs's configuration (its defaults here);
  // building a whole mathjs instance for them cost ~4 ms
  const config = { number: 'number', predictable: false, precision: 64 }
  const Unit = createUnitClass({
    config,
    ...NUMBER_SCALARS,
    Complex: createComplexClass({}),
    BigNumber: createBigNumberClass({ config }),
    Fraction: createFractionClass({})
  }) as UnitCtor & UnitStatics
  Unit.isValidAlpha = (c: string) => UNIT_LETTER.test(c)
  // mathjs already knows some names (m2); ours replace them
  const override = { override: true }
  Unit.createUnit({ yuan: { baseName: CNY_DIMENSION }, usd: { baseName: USD_DIMENSION }, km2: '1e6 m^2' }, override)
  for (const [name, def] of Object.entries(UNIT_NAMES)) {
    if (name === MATHJS_BASE[def.dimension]) continue
    Unit.createUnit({ [name]: `${def.num / def.den} ${MATHJS_BASE[def.dimension]}` }, override)
  }
  const dims = Unit.BASE_DIMENSIONS
  instance = { Unit, cny: dims.indexOf(CNY_DIMENSION), usd: dims.indexOf(USD_DIMENSION), length: dims.indexOf(LENGTH_DIMENSION) }
  return instance
}

/** The static members of mathjs's Unit class used here, which its type declarations leave out. */
interface UnitStatics {
  createUnit(defs: Record<string, string | { baseName: string }>, options: { override: boolean }): void
  BASE_DIMENSIONS: string[]
}

/**
 * Reads a unit expression such as `wanyuan/mu` or `億元 / 平方公里` with the dedicated mathjs
 * unit system, or returns undefined when mathjs cannot read it (the caller words the error).
 * Names should already be checked against `UNIT_NAMES`.
 *
 * @example parseUnit("wanyuan/mu") // => { parts: [{ name: "wanyuan", power: 1 }, { name: "mu", power: -1 }], cny: 1, usd: 0, length: -2, other: false }
 */
export function parseUnit(text: string): ParsedUnit | undefined {
  const sys = unitSystem()
  let unit: Unit
  try {
    unit = sys.Unit.parse(text)
  } catch {
    return undefined
  }
  const d = unit.dimensions
  const at = (i: number): number => d[i] ?? 0
  const other = d.some((x, i) => x !== 0 && i !== sys.cny && i !== sys.usd && i !== sys.length)
  return {
    parts: unit.units.map((u) => ({ name: u.unit.name, power: u.power })),
    cny: at(sys.cny),
    usd: at(sys.usd),
    length: at(sys.length),
    other
  }
}
