/**
 * Parses scenario text (YAML 1.2, of which JSON is a subset) into plain data while keeping the
 * positions of every key and value, so that any later error can name its line and column.
 */
import { Composer, Document, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { CST, Node } from 'yaml'
import { InputError } from '../errors'
import { groupDigits } from '../util/format'
import { RESERVED_KEYS } from '../util/reserved-keys'
import type { InputIssue } from '../errors'

/** Alias expansions allowed when converting: stops "billion laughs" documents early. */
export const MAX_ALIAS_COUNT = 1000
/**
 * Deepest nesting of maps and lists: a scenario nests 6 deep at most (variants[0].set.model.tax…);
 * the parser recurses per level and would overflow the stack near 900.
 */
export const MAX_NESTING_DEPTH = 64
/**
 * Most lexical tokens (keys, values, brackets, spaces) in a document, 15 times the Jilin seed's
 * 3,445: the yaml library keeps a heavy object per node (a 1 MB list of numbers took 5 s and
 * 1 GB to parse), so a huge document is refused before it is parsed.
 */
export const MAX_YAML_TOKENS = 50_000
/** yaml's CST markers (DOCUMENT, FLOW_END, SCALAR) that the lexer yields without consuming text. */
const LEXER_CONTROL_TOKENS: ReadonlySet<string> = new Set(['\x02', '\x18', '\x1f'])

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
  const doc = composeDocument(text, file, lineCounter)
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
  const reserved = reservedKeys(doc, file, pos)
  if (reserved.length > 0) throw new InputError(reserved)
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const message = (e as Error).message
    // the yaml library's words for an expansion past maxAliasCount ("excessive alias count …")
    const what = /alias count/i.test(message) ? `its aliases (*name) expand past ${MAX_ALIAS_COUNT} nodes` : message.toLowerCase()
    throw new InputError([{ file, line: 1, col: 1, path: [], message: `cannot read the document: ${what}`, hint: 'expand YAML aliases by hand or use fewer of them' }])
  }
  return { value, locate: (path, key = false) => pos(offsetOf(doc, path, key)) }
}

/**
 * What `yaml.parseDocument` does, in one pass of the lexer, with the limits checked on the way:
 * refuses text of more than `MAX_YAML_TOKENS` tokens or nested deeper than `MAX_NESTING_DEPTH`
 * before the recursive composer sees it — first as the lexer goes (stopping at the first token too
 * many or `[`/`{` level too deep), then maps and lists of either style in the parser's concrete
 * syntax tree (built without recursion). The tree is then composed into the document as
 * parseDocument would (a second document in the text is an error).
 */
function composeDocument(text: string, file: string, lineCounter: LineCounter): Document.Parsed {
  const tooDeep = (offset: number): InputError => {
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    const col = offset - before.lastIndexOf('\n')
    return new InputError([{ file, line, col, path: [], message: `maps and lists nest deeper than ${MAX_NESTING_DEPTH} levels`, hint: 'a scenario nests a few levels deep: check the indentation, and for an unclosed [ or {' }])
  }
  const parser = new Parser(lineCounter.addNewLine)
  lineCounter.addNewLine(0)
  const tree: CST.Token[] = []
  let flow = 0
  let offset = 0
  let count = 0
  for (const lexeme of new Lexer().lex(text)) {
    if (++count > MAX_YAML_TOKENS) throw new InputError([{ file, path: [], message: `the document has more than ${groupDigits(MAX_YAML_TOKENS, 0)} keys, values and brackets; a scenario has a few thousand`, hint: 'keep data tables out of the scenario: history can be read from a CSV file with history: {file: data.csv}' }])
    if (lexeme === '[' || lexeme === '{') flow++
    else if (lexeme === ']' || lexeme === '}') flow--
    if (flow > MAX_NESTING_DEPTH) throw tooDeep(offset)
    // the lexer's control tokens (document start, scalar start, flow end) are not in the text
    if (!LEXER_CONTROL_TOKENS.has(lexeme)) offset += lexeme.length
    for (const token of parser.next(lexeme)) tree.push(token)
  }
  for (const token of parser.end()) tree.push(token)
  for (const top of tree) {
    const stack: [CST.Token | null | undefined, number][] = [[top, 0]]
    while (stack.length > 0) {
      const [token, depth] = stack.pop()!
      if (!token) continue
      if (depth > MAX_NESTING_DEPTH) throw tooDeep(token.offset)
      if (token.type === 'document') stack.push([token.value, depth])
      else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
        for (const item of token.items) stack.push(['key' in item ? item.key : undefined, depth + 1], [item.value, depth + 1])
      }
    }
  }
  let doc: Document.Parsed | undefined
  for (const next of new Composer({ uniqueKeys: true, prettyErrors: false, strict: true }).compose(tree, true, text.length)) {
    if (doc === undefined) doc = next
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'))
      break
    }
  }
  // compose(…, forceDoc = true) always yields a document, empty text included
  return doc!
}

/** Every map key that is `__proto__`, `constructor` or `prototype`, located, with its key path. */
function reservedKeys(doc: Document, file: string, pos: (offset: number) => { line: number; col: number }): InputIssue[] {
  const issues: InputIssue[] = []
  const stack: [unknown, (string | number)[]][] = [[doc.contents, []]]
  while (stack.length > 0) {
    const [node, path] = stack.pop()!
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyString(pair.key)
        if (RESERVED_KEYS.has(key)) issues.push({ file, ...pos(rangeStart(pair.key) ?? 0), path: [...path, key], message: `"${key}" cannot be a key: the name is reserved in JavaScript`, hint: 'rename or remove the key' })
        else stack.push([pair.value, [...path, key]])
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => stack.push([item, [...path, i]]))
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0))
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
