import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runModel } from '../model/run-model'
import { pathReader, scenarioPaths } from '../plan/scenario-paths'
import { loadScenario } from '../scenario/load-scenario'
import { realiseScenario } from '../scenario/realise-scenario'
import type { Target } from '../scenario/types'
import { evaluateTarget } from '../targets/evaluate-target'
import { meetsBounds } from '../targets/tolerance'
import { compileTargets } from './compile-targets'

const seeds = ['jilin-2006-2010', 'huainan-2010', 'tengzhou-2010']

function seed(name: string) {
  const file = `scenarios/${name}.yaml`
  const realised = realiseScenario(loadScenario(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'), file))
  return { realised, paths: scenarioPaths(realised) }
}

/** Growth shocks for a model run: year i's output times 1 + amplitude·sin(i). */
const shocksOf = (n: number, amplitude: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 1 + amplitude * Math.sin(i)))

describe('compileTargets', () => {
  for (const name of seeds) {
    it(`${name}: every target's value and status equal evaluateTarget's and meetsBounds', on the model path under shocks`, () => {
      const { realised, paths } = seed(name)
      for (const amplitude of [-0.3, -0.05, 0, 0.05, 0.3]) {
        const run = runModel(realised, paths, shocksOf(paths.years.length, amplitude))
        const reader = pathReader(realised, paths, run.zone)
        const compiled = compileTargets(realised.targets, realised, paths, run.zone)
        realised.targets.forEach((t, k) => {
          if (!compiled.compiled(k)) return
          const expected = evaluateTarget(t, reader)
          expect(compiled.value(k)).toBe(expected ?? NaN)
          expect(compiled.met(k)).toBe(meetsBounds(expected, t))
        })
      }
    })
  }

  it('a CAGR bound is tested on the growth factor: the same status as the root at and around the bound', () => {
    const { realised, paths } = seed('jilin-2006-2010')
    const run = runModel(realised, paths)
    const base: Target = { id: 'g', kind: 'cagr', series: 'gdp', from: 2005, to: 2010 } as Target
    const value = compileTargets([base], realised, paths, run.zone).value(0)
    // bounds at the value, and a relative 1e-6 and 1e-12 either side (inside and outside the 1e-9 tolerance)
    for (const delta of [0, 1e-12, -1e-12, 1e-6, -1e-6]) {
      const bound = value * (1 + delta)
      for (const t of [{ ...base, min: bound }, { ...base, max: bound }, { ...base, min: bound - 0.01, max: bound }] as Target[]) {
        expect(compileTargets([t], realised, paths, run.zone).met(0)).toBe(meetsBounds(value, t))
      }
    }
    // a fall of more than 100% a year is met by any path; a rise bounded below −100% by none
    expect(compileTargets([{ ...base, min: -2 } as Target], realised, paths, run.zone).met(0)).toBe(true)
    expect(compileTargets([{ ...base, max: -1.5 } as Target], realised, paths, run.zone).met(0)).toBe(false)
  })

  it('an expr target is left to the general evaluation', () => {
    const { realised, paths } = seed('jilin-2006-2010')
    const t = { id: 'e', kind: 'expr', expr: '1', min: 0 } as unknown as Target
    expect(compileTargets([t], realised, paths, runModel(realised, paths).zone).compiled(0)).toBe(false)
  })
})
