/** Display units of series whose values are fractions, shown as percentages. */
const fractionUnits: ReadonlySet<string> = new Set(['ratio', 'share', 'rate', 'fraction', '%'])

/**
 * Whether a series' unit (`SeriesMeta.unit`) makes its values fractions to show as percentages,
 * such as the share of the region's GDP or the debt ratio.
 *
 * @example isFractionUnit('ratio') // => true
 * @example isFractionUnit('yiyuan') // => false
 */
export function isFractionUnit(unit: string): boolean {
  return fractionUnits.has(unit)
}
