/**
 * A tornado chart's data in shared/INTERFACE.md's `tornado` shape, made up for the renderer's
 * tests (the core's lever sensitivity is issue 6): the Jilin GDP-growth target (base 11.9%, the
 * model path's CAGR in `zonecast check`) with four levers whose values are illustrative.
 */
import type { ChartSpec, Lang } from '../../packages/plot/src/index'

/**
 * The fixture as a chart spec in a language.
 *
 * @example tornadoFixture('en').data.levers.length // => 4
 */
export function tornadoFixture(lang: Lang): ChartSpec {
  const zh = lang === 'zh'
  return {
    kind: 'tornado',
    lang,
    subtitle: zh ? '吉林省開發區“十一五”時期發展目標(2006-2010年)，2005–2010年' : 'Jilin province development zones, 11th Five-Year Plan targets (2006-2010), 2005–2010',
    scenarios: ['jilin-2006-2010'],
    data: {
      target: 'gdp-cagr',
      targetLabel: zh ? '開發區地區生產總值年均增長21%' : 'Zone GDP growth >= 21% a year, 2006-2010',
      base: 0.119,
      valueUnit: { kind: 'percent' },
      min: 0.21,
      levers: [
        { lever: 'infrastructure-growth', label: zh ? '基礎設施投資增速' : 'Infrastructure growth', low: 0.05, high: 0.35, value_low: 0.101, value_high: 0.128, swing: 0.027 },
        { lever: 'icor', label: zh ? '增量資本產出比' : 'ICOR', low: 2.59, high: 4.31, value_low: 0.158, value_high: 0.098, swing: 0.06 },
        { lever: 'land-planned', label: zh ? '規劃面積(平方公里)' : 'Planned land (km²)', low: 311, high: 1000, value_low: 0.097, value_high: 0.121, swing: 0.024 },
        { lever: 'intensity', label: zh ? '投資強度(萬元/畝)' : 'Investment intensity (萬元/畝)', low: 44, high: 110, value_low: 0.112, value_high: 0.123, swing: 0.011 }
      ]
    }
  }
}
