// mathjs exports the factories of its classes at run time (lib/esm/factoriesAny.js), but its type
// declarations leave them out. unit-math.ts builds the Unit class from them with number-only scalars.
import 'mathjs'

declare module 'mathjs' {
  /** Builds mathjs's Unit class from its dependencies (scalar arithmetic, config, number classes). */
  export function createUnitClass(dependencies: Record<string, unknown>): unknown
  export function createComplexClass(dependencies: Record<string, unknown>): unknown
  export function createBigNumberClass(dependencies: Record<string, unknown>): unknown
  export function createFractionClass(dependencies: Record<string, unknown>): unknown
}
