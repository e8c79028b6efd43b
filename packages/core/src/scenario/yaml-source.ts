/**
 * Parses scenario text (YAML 1.2, of which JSON is a subset) into plain data while keeping the
 * positions of every key and value, so that any later error can name its line and column.
 */
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node } from 'yaml'
import { InputError } from '../errors'

/** Alias expansions allowed when converting: stops "billion laughs" documents early. */
const MAX_ALIAS_COUNT = 1000

export interface ScenarioSource {
  value: unknown
  /** 1-based line and column of the value (or, with `key`, of the key) at a path, or of its nearest parent */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; col: number }
}

/**
 * Parses text; throws `InputError` with located issues on syntax errors or duplicate keys.
 *
 * @example parseScenarioSource("years: {base: 2005}\n", "x.yaml").locate(["years", "base"]) // => { line: 1, col: 16 }
 */
export function parseScenarioSource(text: string, file: string): ScenarioSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true })
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset)
    return { line: p.line, col: p.col }
  }
  if (doc.errors.length > 0) {
    const seen = new Set<string>()
    const issues = doc.errors.slice(0, 5).flatMap((e) => {
      const { message, hint, offset } = describeYamlError(e.code, e.message, text, e.pos)
      const at = pos(offset)
      const id = `${at.line}:${at.col}:${message}`
      if (seen.has(id)) return []
      seen.add(id)
      return [{ file, ...at, path: [], message, hint }]
    })
    throw new InputError(issues)
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    throw new InputError([{ file, line: 1, col: 1, path: [], message: `cannot read the document: ${(e as Error).message.toLowerCase()}`, hint: 'expand YAML aliases by hand or use fewer of them' }])
  }
  return { value, locate: (path, key = false) => pos(offsetOf(doc, path, key)) }
}

/** Offset of the node at `path`, or of the nearest parent that exists. */
function offsetOf(doc: Document, path: readonly (string | number)[], key: boolean): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (let i = 0; i < path.length; i++) {
    node = resolveAlias(doc, node)
    const seg = path[i]
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(seg))
      if (!pair) return offset
      if (last && key) return rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg]
    } else {
      return offset
    }
    offset = rangeStart(node) ?? offset
  }
  return offset
}

function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node
}

function keyString(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range
  return range ? range[0] : undefined
}

/** Rewords the parser's messages for a planner, and moves the place to where the mistake is. */
function describeYamlError(code: string, message: string, text: string, at: [number, number]): { message: string; hint: string; offset: number } {
  const syntax = 'fix the YAML (or JSON) syntax there'
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `duplicate key "${keyAt(text, at[0])}"`, hint: 'each key may appear once in a map: merge the two entries', offset: at[0] }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { message: 'a key is indented deeper than the key above it, or a value runs on to this line', hint: 'line up the keys of one map in the same column, and quote values that contain ": "', offset: nextLineStart(text, at[0]) }
    case 'BLOCK_IN_FLOW':
      return { message: 'inside { } or [ ], a comma is missing or a value needs quotes', hint: 'separate items with commas, e.g. {"base": 2005, "end": 2010}', offset: at[0] }
    case 'MISSING_CHAR':
      if (/^Missing , between flow/.test(message)) return { message: 'inside { } or [ ], a comma is missing between items', hint: 'separate items with commas', offset: at[0] }
      break
    case 'BAD_INDENT':
      if (/must start at the same column/.test(message)) return { message: 'the keys of this map do not start in the same column', hint: 'indent every key of one map by the same number of spaces', offset: at[0] }
      if (/^Flow (map|sequence)/.test(message)) return { message: `a ${message.startsWith('Flow map') ? '{ … } map' : '[ … ] list'} is not closed, or its next line is not indented enough`, hint: `close it with ${message.startsWith('Flow map') ? '}' : ']'}`, offset: at[0] }
      break
  }
  const first = message.split('\n')[0] ?? message
  return { message: first.charAt(0).toLowerCase() + first.slice(1).replace(/\.$/, '').replace(/ at line \d+, column \d+:?$/, ''), hint: syntax, offset: at[0] }
}

/** The first non-blank character of the line after `offset` (or `offset` on the last line). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  if (nl < 0) return offset
  const m = /[^ \t]/.exec(text.slice(nl + 1))
  return m ? nl + 1 + m.index : offset
}

/** The key written at `offset`: a quoted string or a plain word up to the colon. */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset)
  const m = /^"([^"]*)"|^'([^']*)'|^([^:\n]+?)\s*:/.exec(rest)
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? rest.split(/\s/)[0] ?? '').trim()
}
