/**
 * Golden-file comparison for chart SVGs, after Observable Plot's snapshot tests: numbers are
 * rounded to 3 decimals before comparing (so floating-point noise below a thousandth of a pixel
 * is no difference), a mismatch writes `<name>-changed.svg` beside the golden (git-ignored) to
 * diff by eye, and a missing golden is an error unless ZONECAST_UPDATE_SNAPSHOTS=1 asks to write it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Where the goldens live. */
export const goldenDir = fileURLToPath(new URL('../output/', import.meta.url))

/** Set to 1 to write (or rewrite) goldens instead of comparing. */
const updateVariable = 'ZONECAST_UPDATE_SNAPSHOTS'

/**
 * Rounds every decimal number in the text to 3 decimals, as the comparison sees it.
 *
 * @example normaliseSvg('<path d="M1.23456,2"/>') // => '<path d="M1.235,2"/>'
 */
export function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
}

/**
 * Compares an SVG with `test/output/<name>.svg`.
 *
 * @returns undefined when they match, else a message naming the changed file to look at
 */
export function compareWithGolden(name: string, svg: string): string | undefined {
  const golden = `${goldenDir}${name}.svg`
  const changed = `${goldenDir}${name}-changed.svg`
  if (process.env[updateVariable] === '1') {
    writeFileSync(golden, svg)
    rmSync(changed, { force: true })
    return undefined
  }
  if (!existsSync(golden)) return `test/output/${name}.svg is missing; run the tests with ${updateVariable}=1 to write it, look at it, and commit it`
  if (normaliseSvg(readFileSync(golden, 'utf8')) === normaliseSvg(svg)) {
    rmSync(changed, { force: true })
    return undefined
  }
  writeFileSync(changed, svg)
  return `test/output/${name}.svg differs; see test/output/${name}-changed.svg (rerun with ${updateVariable}=1 to accept it)`
}
