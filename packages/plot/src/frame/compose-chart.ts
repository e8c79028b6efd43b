import type { Lang } from '../chart-types'
import type { PlotModule } from '../load/load-libraries'
import { ink, mutedInk, paper } from '../style/palette'
import { fontFamily, fontSize, lineHeight, pagePadding } from '../style/typography'
import { wrapText } from '../text/wrap-text'
import type { ChartParts } from './chart-parts'
import { drawLegend } from './draw-legend'
import { element } from './svg-element'

/** Space between the header (title, subtitle, legend), the panels and the source note. */
const blockGap = 10

/** Text baselines sit this far below the top of their line, as a share of the font size. */
const ascent = 0.92

/** The HTML `lang` of each chart language: Chinese labels are in traditional script. */
const langTags: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-Hant' }

/** The page a chart is drawn on: size, language and text. */
export interface Page {
  /** the width laid out, in px: the viewBox's */
  width: number
  /** the width the SVG is shown at, in px (its `width`); default `width` (see `layoutWidth`) */
  shownWidth?: number
  lang: Lang
  subtitle: string
}

/**
 * Builds the whole standalone SVG of a chart: a white page; `<title>` and `<desc>` for screen
 * readers; title, subtitle and legend as text and marks at the top; the panels Plot draws;
 * the source note at the bottom. Plot's own `title` and `legend` options are not used: they
 * wrap the SVG in an HTML `<figure>`, which a standalone .svg file cannot hold.
 *
 * @param document jsdom's document, given to Plot explicitly
 * @example composeChart(document, Plot, parts, { width: 720, lang: 'en', subtitle: 'Jilin, 2005–2010' }).getAttribute('height') // => "472"
 */
export function composeChart(document: Document, Plot: PlotModule, parts: ChartParts, page: Page): SVGElement {
  const shownWidth = page.shownWidth ?? page.width
  const svg = element(document, 'svg', { width: shownWidth, role: 'img', lang: langTags[page.lang], 'font-family': fontFamily, 'font-size': fontSize.axis, fill: ink })
  const title = element(document, 'title', {})
  title.textContent = parts.title
  const desc = element(document, 'desc', {})
  desc.textContent = `${page.subtitle}. ${parts.description}`
  svg.append(title, desc)
  const background = element(document, 'rect', { width: '100%', height: '100%', fill: paper })
  svg.append(background)
  const textWidth = page.width - 2 * pagePadding
  let y = pagePadding
  y = writeLines(svg, wrapText(parts.title, fontSize.title, textWidth, 2), y, { size: fontSize.title, weight: 'bold', fill: ink })
  y = writeLines(svg, wrapText(page.subtitle, fontSize.subtitle, textWidth, 2), y + 2, { size: fontSize.subtitle, fill: mutedInk })
  if (parts.legend.length > 0) {
    const legend = drawLegend(document, parts.legend, textWidth)
    legend.group.setAttribute('transform', `translate(${pagePadding},${y + 8})`)
    svg.append(legend.group)
    y += 8 + legend.height
  }
  y += blockGap
  for (const panel of parts.panels) {
    const plotted = Plot.plot({ ...panel.options, document, width: page.width, height: panel.height })
    svg.append(adoptPlot(document, plotted, y))
    y += panel.height
  }
  y = writeLines(svg, wrapText(parts.source, fontSize.note, textWidth, 3), y + blockGap, { size: fontSize.note, fill: mutedInk })
  // whole pixels as shown (a wide chart is its layout enlarged): the viewBox takes the fraction
  const shownHeight = Math.ceil(((y + pagePadding) * shownWidth) / page.width)
  svg.setAttribute('height', String(shownHeight))
  svg.setAttribute('viewBox', `0 0 ${page.width} ${round((shownHeight * page.width) / shownWidth)}`)
  return svg
}

// writes left-aligned lines from `top` down; returns the bottom of the last line
function writeLines(svg: SVGElement, lines: readonly string[], top: number, style: { size: number; fill: string; weight?: string }): number {
  const document = svg.ownerDocument
  let y = top
  for (const line of lines) {
    const text = element(document, 'text', { x: pagePadding, y: round(y + style.size * ascent), 'font-size': style.size, fill: style.fill, ...(style.weight ? { 'font-weight': style.weight } : {}) })
    text.textContent = line
    svg.append(text)
    y += style.size * lineHeight
  }
  return y
}

// Plot's SVG as a group placed at `top`: its page style and class go (the page sets fonts and
// colours), its marks stay
function adoptPlot(document: Document, plotted: Element, top: number): SVGGElement {
  const group = element(document, 'g', { transform: `translate(0,${round(top)})`, 'text-anchor': 'middle' }) as SVGGElement
  for (const child of [...plotted.childNodes]) {
    if (child.nodeName.toLowerCase() === 'style') continue
    group.append(child)
  }
  return group
}

// pixels to two decimals: no visible difference, and no float noise in the file
function round(x: number): number {
  return Math.round(x * 100) / 100
}
