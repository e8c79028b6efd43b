/**
 * Reads a distribution leaf (MODEL.md U1) such as `{dist: triangular, min: 3, mode: 4, max: 6}`.
 * Location parameters carry the leaf's units; `sd_log` and `weights` are plain numbers.
 */
import type { QuantityKind } from '../../units'
import { suggest } from '../../util/did-you-mean'
import { Distribution, distributionKinds, LEVER_MARK } from '../distribution'
import type { DistributionKind, DistributionSpec } from '../distribution'
import type { Report } from './issue'
import { checkBounds, describeValue, readQuantity } from './leaf'
import type { LeafOptions } from './leaf'
import type { SchemaContext } from './schema-context'

/** Tolerance on weights summing to one: rounding of hand-typed decimals, not a different total. */
const WEIGHT_SUM_TOLERANCE = 1e-6

const keysOf: Record<DistributionKind, readonly string[]> = {
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sd_log'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  discrete: ['values', 'weights']
}

/**
 * Reads and checks a distribution; reports every problem and returns undefined if any.
 */
export function readDistribution(v: Record<string, unknown>, kind: QuantityKind, sc: SchemaContext, report: Report, opts: LeafOptions): Distribution | undefined {
  const name = v.dist
  if (typeof name !== 'string' || !(distributionKinds as readonly string[]).includes(name)) {
    report(`unknown distribution ${typeof name === 'string' ? `"${name}"` : describeValue(name)}`, ['dist'], suggest(String(name), distributionKinds))
    return undefined
  }
  const d = name as DistributionKind
  const wanted = keysOf[d]
  let ok = true
  for (const key of Object.keys(v)) {
    if (key !== 'dist' && !wanted.includes(key)) {
      report(`unknown key "${key}" for a ${d} distribution`, [key], `${suggest(key, wanted)} (a ${d} distribution takes ${wanted.join(', ')})`)
      ok = false
    }
  }
  for (const key of wanted) {
    if (v[key] === undefined) {
      report(`a ${d} distribution needs "${key}"`, [], `write {dist: ${d}, ${wanted.map((k) => `${k}: …`).join(', ')}}`)
      ok = false
    }
  }
  if (!ok) return undefined
  const readAt = (value: unknown, path: (string | number)[]) => readQuantity(value, kind, sc, report, path)
  const spec = buildSpec(d, v, readAt, report)
  if (!spec) return undefined
  if (!checkSupport(spec, report, opts)) return undefined
  const dist = new Distribution(spec)
  dist.integer = opts.integer ?? false
  const lever = (v as Record<symbol, unknown>)[LEVER_MARK]
  if (typeof lever === 'string') dist.lever = lever
  return dist
}

function buildSpec(d: DistributionKind, v: Record<string, unknown>, readAt: (value: unknown, path: (string | number)[]) => number | undefined, report: Report): DistributionSpec | undefined {
  const q = (key: string) => readAt(v[key], [key])
  switch (d) {
    case 'normal': {
      const mean = q('mean')
      const sd = q('sd')
      if (mean === undefined || sd === undefined) return undefined
      if (sd < 0) return void report(`sd ${sd} is negative`, ['sd'], 'a standard deviation is ≥ 0')
      return { dist: 'normal', mean, sd }
    }
    case 'lognormal': {
      const median = q('median')
      const sdLog = typeof v.sd_log === 'number' && Number.isFinite(v.sd_log) ? v.sd_log : undefined
      if (sdLog === undefined) report(`sd_log must be a plain number, got ${describeValue(v.sd_log)}`, ['sd_log'])
      if (median === undefined || sdLog === undefined) return undefined
      if (median <= 0) return void report(`median ${median} must be positive for a lognormal distribution`, ['median'])
      if (sdLog < 0) return void report(`sd_log ${sdLog} is negative`, ['sd_log'], 'a standard deviation is ≥ 0')
      return { dist: 'lognormal', median, sdLog }
    }
    case 'uniform': {
      const min = q('min')
      const max = q('max')
      if (min === undefined || max === undefined) return undefined
      if (min > max) return void report(`min ${min} is greater than max ${max}`, ['min'], 'swap them')
      return { dist: 'uniform', min, max }
    }
    case 'triangular':
    case 'pert': {
      const min = q('min')
      const mode = q('mode')
      const max = q('max')
      if (min === undefined || mode === undefined || max === undefined) return undefined
      if (min > max) return void report(`min ${min} is greater than max ${max}`, ['min'], 'swap them')
      if (mode < min || mode > max) return void report(`mode ${mode} is outside [${min}, ${max}]`, ['mode'], 'the mode lies between min and max')
      return { dist: d, min, mode, max }
    }
    case 'discrete':
      return buildDiscrete(v, readAt, report)
  }
}

function buildDiscrete(v: Record<string, unknown>, readAt: (value: unknown, path: (string | number)[]) => number | undefined, report: Report): DistributionSpec | undefined {
  const { values, weights } = v
  if (!Array.isArray(values) || values.length === 0) return void report('values must be a non-empty list', ['values'])
  if (!Array.isArray(weights)) return void report('weights must be a list', ['weights'])
  if (weights.length !== values.length) return void report(`${weights.length} weights for ${values.length} values`, ['weights'], 'give one weight per value')
  const ws: number[] = []
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) return void report(`weight ${describeValue(w)} is not a number ≥ 0`, ['weights', i])
    ws.push(w)
  }
  const total = ws.reduce((a, b) => a + b, 0)
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) return void report(`weights sum to ${total}, not 1`, ['weights'], 'make the weights add up to 1')
  const vs: number[] = []
  for (let i = 0; i < values.length; i++) {
    const x = readAt(values[i], ['values', i])
    if (x === undefined) return undefined
    vs.push(x)
  }
  return { dist: 'discrete', values: vs, weights: ws }
}

/** Checks that the distribution's support respects the leaf's bounds. */
function checkSupport(spec: DistributionSpec, report: Report, opts: LeafOptions): boolean {
  const lows: [number, string][] = []
  switch (spec.dist) {
    case 'normal':
      lows.push([spec.mean, 'mean'])
      break
    case 'lognormal':
      lows.push([spec.median, 'median'])
      break
    case 'uniform':
    case 'triangular':
    case 'pert':
      lows.push([spec.min, 'min'], [spec.max, 'max'])
      break
    case 'discrete':
      spec.values.forEach((x, i) => lows.push([x, `values[${i}]`]))
      break
  }
  return lows.every(([x, key]) => checkBounds(x, report, { ...opts, integer: opts.integer && spec.dist === 'discrete' }, key.includes('[') ? ['values', Number(key.slice(7, -1))] : [key]))
}
