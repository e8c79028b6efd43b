/**
 * @zonecast/plot — charts for zonecast: plain chart data in (see `ChartSpec`), a standalone SVG
 * out, drawn with Observable Plot under jsdom; PNG through @resvg/resvg-js. The libraries load
 * on first use (`loadChartRenderer`, `loadPngRenderer`), never on import.
 */
export type * from './chart-types'
export { CHART_KINDS } from './chart-types'
export { loadChartRenderer } from './render/chart-renderer'
export type { ChartRenderer } from './render/chart-renderer'
export { ChartDataError } from './render/chart-data-error'
export { loadPngRenderer, PNG_SCALE } from './png/png-renderer'
export type { PngRenderer } from './png/png-renderer'
export { findChartFont } from './png/find-chart-font'
export type { FontSearch } from './png/find-chart-font'
export type { ChartFont } from './png/chart-font'
export { fontCandidates, fontFileVariable, fontFamilyVariable } from './png/chart-font'
export { MissingFontError } from './png/missing-font-error'
export { DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH } from './style/typography'
export { unitLabel, unitSuffix } from './format/unit-label'
