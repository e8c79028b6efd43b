/**
 * SVG snapshots of every chart kind: each seed scenario (scenarios/*.yaml) drawn as each kind it
 * can show, in English and in Chinese, against the goldens in test/output/; the compare chart of
 * the seeds and of Jilin's variants, and the tornado of Jilin's levers (and one from plain data,
 * test/support/tornado-fixture.ts, whose order and labels are fixed by hand).
 */
import { readFileSync } from 'node:fs'
import { loadScenario } from '../packages/core/src/index'
import { loadChartRenderer } from '../packages/plot/src/index'
import type { ChartRenderer, ChartSpec } from '../packages/plot/src/index'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartSpec } from '../packages/cli/src/chart/build-chart-spec'
import { chartScenario } from '../packages/cli/src/chart/chart-scenario'
import { variantChartScenarios } from '../packages/cli/src/chart/variant-chart-scenarios'
import type { ChartScenario } from '../packages/cli/src/chart/chart-scenario'
import type { ChartRequest } from '../packages/cli/src/chart/chart-request'
import { compareWithGolden } from './support/chart-snapshot'
import { repoRoot } from './support/run-cli'
import { tornadoFixture } from './support/tornado-fixture'

const seeds = ['jilin-2006-2010', 'tengzhou-2010', 'huainan-2010'] as const
const langs = ['en', 'zh'] as const
/** Kinds drawn for every seed (compare and tornado below). */
const perSeed = ['projection', 'fan', 'land', 'finance', 'targets'] as const

let renderer: ChartRenderer
const scenarios = new Map<string, ChartScenario>()

beforeAll(async () => {
  renderer = await loadChartRenderer()
  for (const seed of seeds) {
    const file = `scenarios/${seed}.yaml`
    const text = readFileSync(`${repoRoot}${file}`, 'utf8')
    scenarios.set(seed, chartScenario(file, loadScenario(text, file), { text, overrides: [] }))
  }
}, 60_000)

// the spec of a request on seeds
function spec(names: readonly string[], request: ChartRequest): ChartSpec {
  return buildChartSpec(
    names.map((n) => scenarios.get(n)!),
    request
  )
}

describe('chart snapshots', () => {
  for (const seed of seeds) {
    for (const kind of perSeed) {
      for (const lang of langs) {
        it(`${kind} of ${seed} in ${lang}`, () => {
          const svg = renderer.svg(spec([seed], { kind, lang }))
          expect(compareWithGolden(`${kind}-${seed}-${lang}`, svg)).toBeUndefined()
        })
      }
    }
  }

  for (const lang of langs) {
    it(`compare of the three seeds' investment in ${lang}`, () => {
      const svg = renderer.svg(spec(seeds, { kind: 'compare', lang, series: 'investment' }))
      expect(compareWithGolden(`compare-seeds-investment-${lang}`, svg)).toBeUndefined()
    })

    it(`compare of Jilin beside its variants in ${lang}`, () => {
      const jilin = scenarios.get('jilin-2006-2010')!
      const variants = variantChartScenarios({ text: jilin.source!.text, file: jilin.file }, jilin.loaded, [], undefined)
      expect(variants.map((v) => v.variant?.id)).toEqual([null, 'no-tax-holiday', 'fast-infrastructure', 'dear-money'])
      const svg = renderer.svg(buildChartSpec(variants, { kind: 'compare', lang }))
      expect(compareWithGolden(`compare-jilin-variants-${lang}`, svg)).toBeUndefined()
    })

    it(`tornado of Jilin's levers in ${lang}`, () => {
      const svg = renderer.svg(spec(['jilin-2006-2010'], { kind: 'tornado', lang }))
      expect(compareWithGolden(`tornado-jilin-2006-2010-${lang}`, svg)).toBeUndefined()
    })

    it(`tornado from plain data in ${lang}`, () => {
      expect(compareWithGolden(`tornado-fixture-${lang}`, renderer.svg(tornadoFixture(lang)))).toBeUndefined()
    })
  }
})

describe('chart determinism', () => {
  it('draws the same bytes twice in one process, whatever was drawn between', () => {
    const request = { kind: 'fan', lang: 'zh' } as const
    const first = renderer.svg(spec(['jilin-2006-2010'], request))
    // other charts advance Plot's process-wide clip-path counter
    renderer.svg(spec(['tengzhou-2010'], { kind: 'projection', lang: 'en' }))
    renderer.svg(tornadoFixture('en'))
    expect(renderer.svg(spec(['jilin-2006-2010'], request))).toBe(first)
  })

  it('writes a standalone SVG: namespace, size, accessible title and description, no currentColor, no stylesheet', () => {
    const svg = renderer.svg(spec(['jilin-2006-2010'], { kind: 'projection', lang: 'en', width: 900 }))
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="900" [^>]*height="\d+"[^>]*viewBox="0 0 900 \d+"/)
    expect(svg).toContain('<title>GDP: plan, model path and targets</title><desc>Jilin province development zones')
    expect(svg).not.toContain('currentColor')
    expect(svg).not.toContain('<style')
    expect(svg).not.toContain('<figure')
    // the axis says its unit and price basis
    expect(svg).toContain('>億元, 2005 prices</text>')
  })

  it('says the unit and price basis in Chinese', () => {
    const svg = renderer.svg(spec(['jilin-2006-2010'], { kind: 'projection', lang: 'zh' }))
    expect(svg).toContain('>億元，2005年價格</text>')
    expect(svg).toContain('>年</text>')
    const land = renderer.svg(spec(['huainan-2010'], { kind: 'land', lang: 'zh' }))
    expect(land).toContain('>平方公里</text>')
  })
})
