import { describe, expect, it } from 'vitest'
import { InputError } from '../errors'
import { realiseScenario } from './realise-scenario'
import { loadScenario } from './load-scenario'
import { splitOverridePath } from './overrides'
import type { Override } from './overrides'

const text = `id: x
years: {base: 2005, end: 2010}
base: {gdp: 100, investment: 40, infrastructure: 10}
model:
  capital_output_ratio: 4
  tax: {holiday: {free_years: 2}}
variants:
  - {id: v, set: {model.capital_output_ratio: -1}}
`
const cli = (path: string, value: unknown): Override => ({ path, value, origin: { kind: 'command-line', text: `--set ${path}=${String(value)}` } })

function messages(overrides: Override[]): string[] {
  try {
    loadScenario(text, 'x.yaml', { overrides })
  } catch (e) {
    if (e instanceof InputError) return e.message.split('\n')
    throw e
  }
  return []
}

describe('overrides (--set, variants, levers)', () => {
  it('set a number, a value with a unit, a new key under a missing map', () => {
    const s = realiseScenario(loadScenario(text, 'x.yaml', { overrides: [cli('model.capital_output_ratio', 5), cli('model.investment_intensity', '110 wanyuan/mu'), cli('model.finance.debt', 7)] }))
    expect(s.model.capitalOutputRatio).toBe(5)
    // 110 萬元/畝 = 110 × 1e4 yuan × 1500 mu/km² = 1.65e9 yuan/km² = 16.5 億元/km²
    expect(s.model.investmentIntensity).toBeCloseTo(16.5, 12)
    expect(s.model.finance?.debt).toBe(7)
  })

  it('null removes a key, but states "none" where null means none (model.tax.holiday)', () => {
    expect(realiseScenario(loadScenario(text, 'x.yaml', { overrides: [cli('model.capital_output_ratio', null)] })).model.capitalOutputRatio).toBeUndefined()
    expect(realiseScenario(loadScenario(text, 'x.yaml', { overrides: [cli('model.tax.holiday', null)] })).model.tax?.holiday).toBeNull()
  })

  it('leaves the text and a load without overrides as they were', () => {
    loadScenario(text, 'x.yaml', { overrides: [cli('model.capital_output_ratio', 9)] })
    expect(realiseScenario(loadScenario(text, 'x.yaml')).model.capitalOutputRatio).toBe(4)
  })

  it('reports a problem an override causes against the override, with the did-you-mean', () => {
    expect(messages([cli('model.capital_outpt_ratio', 4)])).toEqual(['--set model.capital_outpt_ratio=4: unknown key "capital_outpt_ratio"; did you mean "capital_output_ratio"?'])
    expect(messages([cli('model.capital_output_ratio', -4)])[0]).toMatch(/^--set model.capital_output_ratio=-4: /)
    expect(messages([cli('years.base.x', 1)])).toEqual(['--set years.base.x=1: years.base is 2005 in the file, not a map, so it has no key "x"; set years.base itself, or write it as a map in the file'])
    expect(messages([cli('model.__proto__.x', 1)])[0]).toMatch(/"__proto__" cannot be a key/)
  })

  it('reports a variant’s problem at the variant in the file', () => {
    const o: Override = { path: 'model.capital_output_ratio', value: -1, origin: { kind: 'file', path: ['variants', 0, 'set'], what: 'variant "v" sets' } }
    const [m] = messages([o])
    // line 8, column 21: the set map of the variant
    expect(m).toMatch(/^x\.yaml:8:\d+ variants\[0\]\.set: variant "v" sets model\.capital_output_ratio: /)
  })

  it('adds an item at the index just past a list’s end, and refuses one further (holes)', () => {
    const fine = { id: 'w', set: { 'model.capital_output_ratio': 5 } }
    const r = loadScenario(text.replace('-1}}', '3}}'), 'x.yaml', { overrides: [cli('variants.1', fine)] })
    expect(r.variants.map((v) => v.id)).toEqual(['v', 'w'])
    expect(messages([cli('variants.2', fine)])).toContain('--set variants.2=[object Object]: variants is a list of 1 item, so it has no item "2"; give an index from 0 to 0, or 1 to add an item, e.g. variants.0 (or variants[0])')
  })

  it('reads [N] as a list index, as messages write paths', () => {
    expect(splitOverridePath('targets[0].min')).toEqual(['targets', '0', 'min'])
    expect(splitOverridePath('checks.icor_range[1]')).toEqual(['checks', 'icor_range', '1'])
    // a leading [0] names no list: kept as a key, refused as unknown
    expect(splitOverridePath('[0]')).toEqual(['[0]'])
  })
})
