import type * as PlotApi from '@observablehq/plot'

/** How a legend entry shows its mark. */
export type Swatch =
  | { kind: 'line'; colour: string; dash?: string; width?: number }
  | { kind: 'box'; colour: string }
  | { kind: 'diamond'; colour: string }
  | { kind: 'tick'; colour: string }

/** One legend entry. */
export interface LegendItem {
  label: string
  swatch: Swatch
}

/** A plot area: Observable Plot's options (without document, width and height) and its height. */
export interface Panel {
  height: number
  options: PlotApi.PlotOptions
}

/**
 * What a chart kind produces; `composeChart` puts it in a page with title, subtitle, legend and
 * source note, all inside the one SVG.
 */
export interface ChartParts {
  title: string
  /** what a screen reader says for the chart (`<desc>`), after the subtitle */
  description: string
  legend: readonly LegendItem[]
  panels: readonly Panel[]
  source: string
}
