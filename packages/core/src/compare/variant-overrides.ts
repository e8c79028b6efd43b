/** A variant's `set` (INTERFACE.md `variants`) as overrides, reported at the variant's key in the file. */
import type { Override } from '../scenario/overrides'
import type { Scenario, Num } from '../scenario/types'

/**
 * The overrides of variant `index` of the scenario.
 *
 * @example variantOverrides(s, 0) // => [{ path: "model.tax.holiday", value: null, origin: {…} }]
 */
export function variantOverrides(s: Scenario<Num>, index: number): Override[] {
  const v = s.variants[index]!
  return Object.entries(v.set).map(([path, value]) => ({ path, value, origin: { kind: 'file', path: ['variants', index, 'set', path], what: `variant "${v.id}" sets` } }))
}
