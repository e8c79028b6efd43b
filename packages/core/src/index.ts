/**
 * @zonecast/core — the zone model: scenario loading, units, plan paths, targets and checks.
 * Pure: no I/O, no clock, no global randomness.
 */
export { InputError, formatIssue, formatPath } from './errors'
export type { InputIssue } from './errors'
export type * from './scenario/types'
export type * from './results'
export { Distribution } from './scenario/distribution'
export { loadScenario } from './scenario/load-scenario'
export { realiseScenario } from './scenario/realise-scenario'
export { runScenario } from './run-scenario'
export { checkScenario } from './check-scenario'
export type { Requirements } from './requirements/requirements'
export { simulate, simulatePart, combineParts, QUANTILE_LEVELS } from './montecarlo/simulate'
export type { SimulateOptions, SimulateResult, SimulationPart, QuantileKey } from './montecarlo/simulate'
export { attachProbabilities } from './montecarlo/attach-probabilities'
export { DEFAULT_SEED, MAX_DRAWS } from './montecarlo/draw-limits'
