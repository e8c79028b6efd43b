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
