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
    throw new InputError(
      doc.errors.slice(0, 5).map((e) => ({
        file,
        ...pos(e.pos[0]),
        path: [],
        message: describeYamlError(e.code, e.message),
        hint: 'fix the YAML syntax (or JSON) at that place'
      }))
    )
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

/** Rewords the parser's messages for a planner. */
function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a map'
  const first = message.split('\n')[0] ?? message
  return first.charAt(0).toLowerCase() + first.slice(1).replace(/\.$/, '').replace(/ at line \d+, column \d+:?$/, '')
}
