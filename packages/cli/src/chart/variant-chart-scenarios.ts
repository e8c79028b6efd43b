import { loadScenario, variantOverrides } from '@zonecast/core'
import type { ComparedEntry, Num, Override, Scenario } from '@zonecast/core'
import { CliError } from '../cli/cli-error'
import type { InputText } from '../io/io'
import { chartScenario } from './chart-scenario'
import type { ChartScenario } from './chart-scenario'

/** What the scenario itself is called beside its variants. */
const AS_WRITTEN = { en: 'As written', zh: '原方案' }

/**
 * A scenario and each of its variants (INTERFACE.md `variants`) as chart scenarios, as `zonecast
 * compare --variants` loads them: each variant is the file loaded again with the command line's
 * `--set` and then the variant's `set` (so a variant's error names its key in the file).
 *
 * @throws {CliError} exit 2 when the scenario has no variants
 * @throws {InputError} exit 2 when a variant's `set` is invalid
 * @example variantChartScenarios(input, base, [], undefined).map((c) => c.variant?.id) // => [null, "no-tax-holiday", …]
 */
export function variantChartScenarios(input: InputText, base: Scenario<Num>, overrides: Override[], history: InputText | undefined): ChartScenario[] {
  if (base.variants.length === 0) throw new CliError(`${input.file}: --variants, but the scenario has no variants; add e.g. variants: [{id: no-holiday, set: {model.tax.holiday: null}}]`)
  const source = (o: Override[]) => ({ text: input.text, overrides: o, ...(history ? { history } : {}) })
  const charts: ChartScenario[] = [{ ...chartScenario(input.file, base, source(overrides)), variant: { id: null, label: AS_WRITTEN } }]
  base.variants.forEach((v, i) => {
    const all = [...overrides, ...variantOverrides(base, i)]
    const loaded = loadScenario(input.text, input.file, { overrides: all, ...(history ? { history } : {}) })
    charts.push({ ...chartScenario(input.file, loaded, source(all)), variant: { id: v.id, label: v.label ?? v.id } })
  })
  return charts
}

/**
 * A chart scenario as an entry of core's `compareScenarios`: a variant by its id and label, a
 * scenario (or the scenario beside its variants) by its own id and title.
 *
 * @example comparedEntry(variants[1]) // => { id: "no-tax-holiday", label: "Without the FIE tax holiday", variant: "no-tax-holiday", … }
 */
export function comparedEntry(c: ChartScenario): ComparedEntry {
  const variant = c.variant?.id ?? null
  return { id: variant ?? c.realised.id, label: variant !== null ? c.variant!.label : c.realised.title, file: c.file, variant, scenario: c.realised }
}
