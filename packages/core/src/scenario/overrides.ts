/**
 * Overrides of a scenario's keys before it is validated: `--set PATH=VALUE` on the command line,
 * a variant's `set`, a lever's value (MODEL.md §7). Paths are the file's own dotted key paths
 * (`model.capital_output_ratio`, `model.tax.holiday`); a problem with an overridden value is
 * reported against the override, not the file.
 */
import { formatPath } from '../errors'
import type { InputIssue } from '../errors'
import { RESERVED_KEYS } from '../util/reserved-keys'

/** Where an override came from, for its messages. */
export type OverrideOrigin =
  /** the command line: `text` is the option as typed, e.g. `--set model.x=4` */
  | { kind: 'command-line'; text: string }
  /** a key of the scenario file itself (a variant's `set`, a lever), reported at that key */
  | { kind: 'file'; path: (string | number)[]; what: string }

export interface Override {
  /** dotted key path into the file, e.g. `model.tax.holiday` */
  path: string
  /** the new value, as YAML would give it; null removes the key (but see NULL_MEANS_NONE) */
  value: unknown
  origin: OverrideOrigin
}

/**
 * Keys where null is a value of its own, kept as it is rather than removing the key:
 * `model.tax.holiday: null` states that there is no holiday, where leaving it out assumes none
 * (and says so in a default-assumed finding).
 */
const NULL_MEANS_NONE = new Set(['model.tax.holiday'])

/**
 * Splits a dotted path into keys; a key that is a whole number indexes a list (`targets.0.min`),
 * and so does `[0]`, as messages write the path (`targets[0].min`).
 *
 * @example splitOverridePath("model.tax.holiday") // => ["model", "tax", "holiday"]
 * @example splitOverridePath("targets[0].min") // => ["targets", "0", "min"]
 */
export function splitOverridePath(path: string): string[] {
  return path.replace(/(?<=.)\[(\d+)\]/g, '.$1').split('.')
}

/**
 * Applies overrides, in order, to a deep copy of a parsed document; the document is unchanged.
 * Missing maps along a path are created; a path through a value that is not a map is reported.
 *
 * @returns the copy, and the problems found (with the path of the override in the document)
 * @example applyOverrides({ model: {} }, [{ path: "model.capital_output_ratio", value: 4, origin }]).root // => { model: { capital_output_ratio: 4 } }
 */
export function applyOverrides(root: Record<string, unknown>, overrides: readonly Override[]): { root: Record<string, unknown>; issues: InputIssue[] } {
  const copy = structuredClone(root)
  const issues: InputIssue[] = []
  for (const o of overrides) {
    const keys = splitOverridePath(o.path)
    const bad = keys.find((k) => k === '' || RESERVED_KEYS.has(k))
    if (bad !== undefined) {
      issues.push(overrideIssue(o, [], bad === '' ? `"${o.path}" is not a dotted key path` : `"${bad}" cannot be a key`, 'write the path as keys joined by dots, e.g. model.capital_output_ratio'))
      continue
    }
    let node: unknown = copy
    let ok = true
    for (let i = 0; i < keys.length - 1; i++) {
      const parent = node as Record<string, unknown> | unknown[]
      const key = keyOf(parent, keys[i]!)
      const outside = listIndexIssue(parent, key, keys.slice(0, i))
      if (outside) {
        issues.push(overrideIssue(o, [], outside.message, outside.hint))
        ok = false
        break
      }
      let next = (parent as Record<string | number, unknown>)[key]
      if (next === undefined || next === null) {
        next = {}
        ;(parent as Record<string | number, unknown>)[key] = next
      }
      if (typeof next !== 'object') {
        const at = keys.slice(0, i + 1).join('.')
        issues.push(overrideIssue(o, [], `${at} is ${typeof next === 'string' ? `"${next}"` : String(next)} in the file, not a map, so it has no key "${keys[i + 1]}"`, `set ${at} itself, or write it as a map in the file`))
        ok = false
        break
      }
      node = next
    }
    if (!ok) continue
    const parent = node as Record<string | number, unknown>
    const last = keyOf(parent, keys.at(-1)!)
    const outside = listIndexIssue(parent, last, keys.slice(0, -1))
    if (outside) issues.push(overrideIssue(o, [], outside.message, outside.hint))
    else if (o.value === null && Array.isArray(parent)) parent.splice(last as number, 1)
    else if (o.value === null && !NULL_MEANS_NONE.has(o.path)) delete parent[last]
    else parent[last] = o.value
  }
  return { root: copy, issues }
}

/**
 * Re-addresses a problem found under an overridden path to the override that caused it, or
 * returns null when the problem is the file's own.
 *
 * @example attributeIssue({ path: ["model", "capital_output_ratio"], message: "must be positive" }, overrides)?.message // => "--set model.capital_output_ratio=-4: must be positive"
 */
export function attributeIssue(issue: InputIssue, overrides: readonly Override[]): InputIssue | null {
  // the last override that wrote at or above the issue's path caused it
  for (let k = overrides.length - 1; k >= 0; k--) {
    const o = overrides[k]!
    const keys = splitOverridePath(o.path)
    const under = keys.length <= issue.path.length && keys.every((key, i) => String(issue.path[i]) === key)
    if (under) return overrideIssue(o, issue.path.slice(keys.length), issue.message, issue.hint, issue.key)
    // the override made the value above it a map (checks.icor_range.1 where the file has no list)
    const above = issue.path.length > 0 && issue.path.length < keys.length && issue.path.every((key, i) => String(key) === keys[i])
    if (above) return overrideIssue(o, [], `${formatPath(issue.path)}: ${issue.message}`, issue.hint, issue.key)
  }
  return null
}

/** An issue of override `o`, `rest` being the path below the override's own. */
function overrideIssue(o: Override, rest: (string | number)[], message: string, hint?: string, key?: boolean): InputIssue {
  const inner = rest.length > 0 ? `${o.path}.${rest.join('.')}` : o.path
  if (o.origin.kind === 'command-line') {
    return { path: [], commandLine: true, message: `${o.origin.text}: ${inner === o.path ? '' : `${inner}: `}${message}`, ...(hint ? { hint } : {}) }
  }
  return { path: o.origin.path, message: `${o.origin.what} ${inner}: ${message}`, ...(hint ? { hint } : {}), ...(key ? { key } : {}) }
}

/**
 * Why `key` cannot address an item of `parent` when it is a list, or undefined: only the index
 * of an item that is there, or the next one. A word or -1 was set as a property of the list and
 * silently lost; an index past the end left holes, which a check of 100,000,000 items took
 * minutes over (and 1,000,000 overflowed the stack).
 */
function listIndexIssue(parent: unknown, key: string | number, at: readonly string[]): { message: string; hint: string } | undefined {
  // the index just past the end adds an item (a notebook appends a target so)
  if (!Array.isArray(parent) || (typeof key === 'number' && key <= parent.length)) return undefined
  const list = at.join('.')
  const items = parent.length === 1 ? '1 item' : `${parent.length} items`
  return {
    message: `${list} is a list of ${items}, so it has no item "${key}"`,
    hint: `${parent.length === 0 ? '' : `give an index from 0 to ${parent.length - 1}, or `}${parent.length} to add an item, e.g. ${list}.0 (or ${list}[0])`
  }
}

/** A list index for a whole-number key into a list, else the key. */
function keyOf(parent: unknown, key: string): string | number {
  return Array.isArray(parent) && /^\d+$/.test(key) ? Number(key) : key
}
