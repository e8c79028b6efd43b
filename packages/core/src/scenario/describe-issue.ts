/**
 * Turns a zod issue into a planner's message: what is wrong at that key, and how to fix it.
 */
import type * as z from 'zod'
import type { InputIssue } from '../errors'
import { suggest } from '../util/did-you-mean'
import { describeValue } from './schema/leaf'
import { targetKinds } from './schema/target-schema'

type Path = (string | number)[]

/** The raw value at a path of the parsed document. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[p]
  }
  return v
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a map',
  record: 'a map',
  array: 'a list',
  tuple: 'a list',
  boolean: 'true or false'
}

/**
 * Describes one zod issue; `root` is the raw document, for quoting the offending value.
 */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): InputIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as Path
  const actual = valueAt(root, path)
  const params = (issue as { params?: { hint?: string; unknownKey?: boolean; known?: string[]; what?: string; atKey?: boolean } }).params
  switch (issue.code) {
    case 'custom':
      if (params?.unknownKey) {
        const key = String(path[path.length - 1])
        const what = params.what ?? 'key'
        const extra = what === 'series' ? ' (a new series is declared under series:)' : ''
        return { path, key: true, message: `unknown ${what} "${key}"`, hint: suggest(key, params.known ?? []) + extra }
      }
      return { path, message: issue.message, ...(params?.hint ? { hint: params.hint } : {}), ...(params?.atKey ? { key: true } : {}) }
    case 'invalid_type':
      if (actual === undefined) return { path, message: 'is missing', hint: `add it (${expectedNames[issue.expected] ?? issue.expected})` }
      if (issue.expected === 'int' && typeof actual === 'number') return { path, message: `${actual} is not a whole number` }
      return { path, message: `expected ${expectedNames[issue.expected] ?? issue.expected}, got ${describeValue(actual)}` }
    case 'invalid_value': {
      const allowed = issue.values.map(String)
      return { path, message: `${describeValue(actual)} is not allowed here`, hint: suggest(String(actual), allowed) }
    }
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator
      if (disc === 'kind') {
        // zod may point at the object or at its discriminator key
        const objPath = path[path.length - 1] === 'kind' ? path.slice(0, -1) : path
        const kind = valueAt(root, [...objPath, 'kind'])
        if (kind === undefined) return { path: objPath, message: 'a target needs a kind', hint: `one of ${targetKinds.join(', ')}` }
        return { path: [...objPath, 'kind'], message: `unknown target kind ${typeof kind === 'string' ? `"${kind}"` : describeValue(kind)}`, hint: suggest(String(kind), targetKinds) }
      }
      // a value of the right shape for one branch (a label map with zh: 5): that branch's own issue
      const inner = (issue as { errors?: z.core.$ZodIssue[][] }).errors?.flat().find((e) => e.path.length > 0)
      if (inner) return describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, root)
      return { path, message: `${describeValue(actual)} is not a valid value here` }
    }
    case 'too_small':
    case 'too_big': {
      const min = issue.code === 'too_small'
      const limit = Number(min ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum)
      if (issue.origin === 'string') return min ? { path, message: 'is empty' } : { path, message: `has ${String(actual).length} characters, more than ${limit}`, hint: 'shorten it' }
      const items = Array.isArray(actual) ? (actual.length === 1 ? '1 item' : `${actual.length} items`) : min ? 'too few items' : 'too many items'
      if (issue.origin === 'array') return { path, message: `has ${items}, ${min ? 'fewer' : 'more'} than ${limit}` }
      const inclusive = (issue as { inclusive?: boolean }).inclusive !== false
      const sign = min ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'
      return { path, message: `${String(actual)} is too ${min ? 'small' : 'large'}`, hint: `use a value ${sign} ${String(min ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum)}` }
    }
    case 'invalid_format':
      return { path, message: `${describeValue(actual)} is not allowed`, hint: issue.message.charAt(0).toLowerCase() + issue.message.slice(1) }
    default:
      return { path, message: issue.message.charAt(0).toLowerCase() + issue.message.slice(1) }
  }
}
