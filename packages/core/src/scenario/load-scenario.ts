/**
 * Loads a scenario from its text (YAML or JSON): parse with positions, validate, convert units,
 * check cross-key rules. Every problem is reported at once, located by file, line and column.
 */
import { InputError } from '../errors'
import type { InputIssue } from '../errors'
import { buildScenario } from './build-scenario'
import { describeIssue } from './describe-issue'
import { withHistoryFile } from '../history/with-history-file'
import { nameDistributions } from './name-distributions'
import { applyOverrides, attributeIssue } from './overrides'
import type { Override } from './overrides'
import { readHeader } from './read-header'
import { scenarioSchema } from './schema/scenario-schema'
import type { Num, Scenario } from './types'
import { parseScenarioSource } from './yaml-source'
import type { ScenarioSource } from './yaml-source'

/** Issues listed before the rest are summarised: enough to fix in one pass, not a wall of text. */
const MAX_ISSUES_SHOWN = 20

/** What to change in the file before it is validated, and what it refers to. */
export interface LoadOptions {
  /** applied in order (`--set`, a variant's `set`, lever values); a problem they cause is reported against them */
  overrides?: readonly Override[]
  /** the text of the data file `history: {file}` names (the caller reads it); its series join `history` */
  history?: { text: string; file: string }
}

/**
 * Parses and validates scenario text; `file` names it in messages.
 *
 * @throws InputError listing every problem found, each with file, line, column and key path
 * @example loadScenario("id: x\nyears: {base: 2005, end: 2010}\n", "x.yaml").years // => { base: 2005, end: 2010 }
 */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): Scenario<Num> {
  if (text.includes('\u0000')) throw new InputError([{ file, path: [], message: 'looks like a binary file, not YAML or JSON', hint: 'give a scenario written as YAML or JSON text' }])
  if (text.trim() === '') throw new InputError([{ file, path: [], message: 'the file is empty', hint: 'a scenario needs at least id and years; `zonecast init` writes a starter file' }])
  const source = parseScenarioSource(text, file)
  const root = source.value
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new InputError([{ file, ...source.locate([]), path: [], message: `the document is ${Array.isArray(root) ? 'a list' : `a single ${root === null ? 'null' : typeof root}`}, not a map of scenario keys`, hint: 'start with keys such as id:, years:, plan:' }])
  }
  const overrides = options.overrides ?? []
  const applied = overrides.length > 0 ? applyOverrides(root as Record<string, unknown>, overrides) : { root: root as Record<string, unknown>, issues: [] }
  if (applied.issues.length > 0) throw located(applied.issues, source, file, [])
  const doc = applied.root
  const sc = readHeader(doc)
  // the schema is built for this file and parsed once: zod's compiled fast path (new Function per
  // object schema) would cost more to compile than it saves (~20 ms of a cold `check`)
  const parsed = scenarioSchema(sc).safeParse(doc, { jitless: true })
  if (!parsed.success) throw located(parsed.error.issues.map((i) => describeIssue(i, doc)), source, file, overrides)
  const { scenario, issues } = buildScenario(parsed.data, sc)
  if (issues.length > 0) throw located(issues, source, file, overrides)
  nameDistributions(scenario)
  return options.history ? withHistoryFile(scenario, options.history.text, options.history.file, file) : scenario
}

/** Issues with their file, line and column; an override's problems at the override. */
function located(issues: InputIssue[], source: ScenarioSource, file: string, overrides: readonly Override[]): InputError {
  const unique = new Map<string, InputIssue>()
  for (const found of issues) {
    const issue = attributeIssue(found, overrides) ?? found
    const { key, ...rest } = issue
    // a command-line override's problem has no place in the file
    const withPos = issue.commandLine ? rest : { ...rest, file, ...source.locate(issue.path, key ?? false) }
    unique.set(`${withPos.line}:${withPos.col}:${issue.message}`, withPos)
  }
  const sorted = [...unique.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0))
  const shown = sorted.slice(0, MAX_ISSUES_SHOWN)
  if (sorted.length > shown.length) shown.push({ file, path: [], message: `and ${sorted.length - shown.length} more problems` })
  return new InputError(shown)
}
