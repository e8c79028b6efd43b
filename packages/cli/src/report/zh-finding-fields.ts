import type { Finding, Label } from '@zonecast/core'

/**
 * A finding lacks a data field its Chinese message needs, or holds it in another shape (a
 * finding from an older core, or made by hand): `zhFindingMessage` then keeps the English one.
 */
export class MissingFindingField extends Error {
  constructor(code: string, key: string) {
    super(`${code}: no usable "${key}"`)
    this.name = 'MissingFindingField'
  }
}

/** Typed access to a finding's data fields; each required read throws `MissingFindingField`. */
export interface FindingFields {
  /** a finite number */
  num(key: string): number
  /** a finite number, or null where the core writes null */
  numOrNull(key: string): number | null
  /** a finite number, or undefined when the key is absent */
  optNum(key: string): number | undefined
  str(key: string): string
  optStr(key: string): string | undefined
  strs(key: string): string[]
  /** two finite numbers (a range) */
  pair(key: string): [number, number]
  /** a map of names to finite numbers (a list of parts) */
  numberMap(key: string): Record<string, number>
  /** a label, or undefined when absent (the message then names the series by its key) */
  label(key: string): Label | undefined
  labels(key: string): (Label | undefined)[]
  /** a number or a string (a default's value) */
  numOrStr(key: string): number | string
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads a finding's data fields for a message written from them.
 *
 * @example findingFields({ code: 'land-short', severity: 'warning', message: '…', shortfall_km2: 2.21 }).num('shortfall_km2') // => 2.21
 */
export function findingFields(f: Finding): FindingFields {
  const missing = (key: string) => new MissingFindingField(f.code, key)
  const get = <T>(key: string, ok: (v: unknown) => v is T): T => {
    const v = f[key]
    if (!ok(v)) throw missing(key)
    return v
  }
  return {
    num: (key) => get(key, isNum),
    numOrNull: (key) => (f[key] === null ? null : get(key, isNum)),
    optNum: (key) => (f[key] === undefined ? undefined : get(key, isNum)),
    str: (key) => get(key, (v): v is string => typeof v === 'string'),
    optStr: (key) => (f[key] === undefined ? undefined : get(key, (v): v is string => typeof v === 'string')),
    strs: (key) => get(key, (v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')),
    pair: (key) => get(key, (v): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every(isNum)),
    numberMap: (key) => get(key, (v): v is Record<string, number> => isObject(v) && Object.values(v).every(isNum)),
    label: (key) => (isObject(f[key]) ? (f[key] as Label) : undefined),
    labels: (key) => (Array.isArray(f[key]) ? (f[key] as unknown[]).map((v) => (isObject(v) ? (v as Label) : undefined)) : []),
    numOrStr: (key) => get(key, (v): v is number | string => isNum(v) || typeof v === 'string')
  }
}
