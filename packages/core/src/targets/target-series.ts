import { regionRef } from '../scenario/series-ref'
import type { Target } from '../scenario/types'
import { compileExpr } from './expr'

/**
 * The series references a target reads; a share's `of` is a region series.
 *
 * @example targetSeries({ id: "s", kind: "share", series: "gdp", of: "gdp", year: 2010, min: 0.5 }) // => ["gdp", "region.gdp"]
 */
export function targetSeries(t: Target): string[] {
  switch (t.kind) {
    case 'share':
      return [t.series, regionRef(t.of)]
    case 'ratio':
      return [t.series, t.per]
    case 'expr':
      return compileExpr(t.expr).seriesRefs
    default:
      return [t.series]
  }
}
