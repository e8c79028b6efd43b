import { UsageError } from '../cli/usage-error'

/** The file `zonecast init` writes when no NAME is given: what `npm init` and `cargo init` do, in the current folder. */
export const DEFAULT_INIT_FILE = 'scenario.yaml'

/** Where `zonecast init` puts the starter: standard output, or a file (as the user would name it). */
export type InitDestination = { kind: 'stdout' } | { kind: 'file'; file: string }

/**
 * Reads `zonecast init [NAME]`'s NAME: none → `scenario.yaml`; `-` → standard output; a name
 * ending in `.yaml` or `.yml` → that file; any other name → that name plus `.yaml`.
 *
 * @throws {UsageError} for an empty name, a name ending in `.json` (init writes YAML), or a
 *   name with a line break (it is quoted in the file's comments)
 * @example initDestination('my-zone') // => { kind: "file", file: "my-zone.yaml" }
 * @example initDestination('-') // => { kind: "stdout" }
 */
export function initDestination(name: string | undefined): InitDestination {
  if (name === undefined) return { kind: 'file', file: DEFAULT_INIT_FILE }
  if (name === '-') return { kind: 'stdout' }
  if (name.trim() === '') throw new UsageError('the file name is empty; give a name such as my-zone, or leave it out for scenario.yaml')
  if (/[\r\n]/.test(name)) throw new UsageError(`the file name ${JSON.stringify(name)} has a line break; give a name without one`)
  if (/[\\/]$/.test(name)) throw new UsageError(`"${name}" names a folder; give a file name inside it, e.g. ${name}my-zone`)
  if (/\.json$/i.test(name)) {
    const stem = name.replace(/\.json$/i, '')
    throw new UsageError(`init writes YAML, not JSON; name the file ${stem}.yaml (or give ${stem} and zonecast adds .yaml)`)
  }
  return { kind: 'file', file: /\.ya?ml$/i.test(name) ? name : `${name}.yaml` }
}
