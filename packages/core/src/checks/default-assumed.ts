/**
 * `default-assumed` (MODEL.md §4): one finding per model parameter that fell back to its
 * default, so a planner sees every assumption that was not theirs.
 *
 * @param money the scenario's money unit, which a default amount is in (the finding's `money`)
 */
import type { Defaulted } from '../model/model-params'
import type { Finding } from '../results'

export function defaultAssumed(defaulted: readonly Defaulted[], money: string): Finding[] {
  return defaulted.map((d) => ({
    code: 'default-assumed',
    severity: 'info',
    message: `${d.parameter} is not given; zonecast assumes ${typeof d.value === 'number' ? d.value : d.value}: ${d.reason}. State it in the scenario if you know better.`,
    parameter: d.parameter,
    value: d.value,
    reason: d.reason,
    money
  }))
}
