import type { Lang } from '../cli/global-options'

/** A run of text: plain, code (ids, keys, finding codes) or strong (a status to notice). */
export interface Span {
  text: string
  style?: 'code' | 'strong'
}

/** Inline text: spans in order. A plain string is one plain span. */
export type Inline = string | readonly (string | Span)[]

/** A table: header and rows of inline cells, each column left- or right-aligned. */
export interface ReportTable {
  kind: 'table'
  header: readonly string[]
  rows: readonly (readonly Inline[])[]
  align: readonly ('left' | 'right')[]
}

/** A chart: its SVG file's name in the report folder, its text, and a caption. */
export interface ReportFigure {
  kind: 'figure'
  /** the file name, e.g. `projection.svg`, which the Markdown links to */
  file: string
  /** the standalone SVG file's text, as `zonecast chart` writes it */
  svg: string
  caption: string
}

/** One block of a section. */
export type ReportBlock =
  | { kind: 'paragraph'; text: Inline }
  | { kind: 'list'; items: readonly Inline[] }
  | ReportTable
  | ReportFigure

/** A section under a second-level heading; `id` anchors it in HTML. */
export interface ReportSection {
  id: string
  heading: string
  blocks: readonly ReportBlock[]
}

/**
 * The report's content, written once and rendered twice: as Markdown (`writeMarkdown`) and as
 * HTML (`writeHtml`). Everything in it is already in the report's language and formatted.
 */
export interface ReportDocument {
  lang: Lang
  title: string
  sections: readonly ReportSection[]
}

/**
 * The spans of inline text.
 *
 * @example spans('a') // => [{ text: "a" }]
 */
export function spans(text: Inline): Span[] {
  return (typeof text === 'string' ? [text] : text).map((s) => (typeof s === 'string' ? { text: s } : s))
}

/**
 * The figures of a document, in order: the chart files the report writes beside it.
 *
 * @example reportFigures(doc).map((f) => f.file) // => ["targets.svg", "projection.svg", …]
 */
export function reportFigures(doc: ReportDocument): ReportFigure[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is ReportFigure => b.kind === 'figure'))
}

/**
 * Text whose `backquoted` parts are code, as spans: the report's fixed sentences name commands
 * and keys that way.
 *
 * @example codeSpans('run `zonecast check`') // => ["run ", { text: "zonecast check", style: "code" }]
 */
export function codeSpans(text: string): (string | Span)[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? { text: part, style: 'code' as const } : part)).filter((s) => (typeof s === 'string' ? s !== '' : true))
}
