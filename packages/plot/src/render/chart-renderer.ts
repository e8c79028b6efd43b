import type { ChartSpec } from '../chart-types'
import { composeChart } from '../frame/compose-chart'
import { wordsFor } from '../format/words'
import { importLibrary } from '../load/load-libraries'
import type { JsdomModule, PlotModule } from '../load/load-libraries'
import { layoutWidth } from '../style/layout-width'
import { DEFAULT_WIDTH } from '../style/typography'
import { finishSvg } from '../svg/finish-svg'
import { serializeSvg } from '../svg/serialize-svg'
import { straightQuotes } from '../text/straight-quotes'
import { chartPartsFor } from './chart-parts-for'
import { checkWidth } from './check-width'

/** Draws charts as standalone SVG text; one per process is enough (see `loadChartRenderer`). */
export interface ChartRenderer {
  /**
   * The chart as a standalone SVG file's text: the same bytes for the same spec, in any process.
   *
   * @throws {ChartDataError} when the spec cannot be drawn (too narrow, no data)
   */
  svg(spec: ChartSpec): string
}

/**
 * Loads Observable Plot and jsdom (about a second on a cold start, which is why nothing else in
 * zonecast imports them) and returns a renderer that draws with one jsdom document, passed to
 * Plot explicitly as its `document` option.
 *
 * @example const svg = (await loadChartRenderer()).svg(spec) // => '<?xml version="1.0" …'
 */
export async function loadChartRenderer(): Promise<ChartRenderer> {
  const [Plot, jsdom] = await Promise.all([importLibrary<PlotModule>('@observablehq/plot'), importLibrary<JsdomModule>('jsdom')])
  const { window } = new jsdom.JSDOM('')
  const serializer = new window.XMLSerializer()
  return {
    svg(given) {
      const spec = given.lang === 'en' ? straightQuotes(given) : given
      const shownWidth = checkWidth(spec.width ?? DEFAULT_WIDTH)
      // a wide chart is laid out narrower and shown enlarged, so that its text grows with it
      const width = layoutWidth(shownWidth)
      const words = wordsFor(spec.lang)
      const parts = chartPartsFor(spec, { lang: spec.lang, words, width, scenarios: spec.scenarios, Plot })
      const svg = composeChart(window.document, Plot, parts, { width, shownWidth, lang: spec.lang, subtitle: spec.subtitle })
      return finishSvg(serializeSvg(svg) ?? serializer.serializeToString(svg))
    }
  }
}
