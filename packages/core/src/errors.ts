/**
 * One problem found in the input, located by key path (and, once the loader has mapped it,
 * by file, line and column).
 */
export interface InputIssue {
  /** key path into the scenario, e.g. `["targets", 2, "kind"]` */
  path: (string | number)[]
  /** what is wrong, lowercase, no trailing period */
  message: string
  /** how to fix it, when there is something to say */
  hint?: string
  /** the problem is the key at `path` itself (a misspelt key, a bad year), not its value */
  key?: boolean
  /** the problem is in the command line (`--set`), not in the file: it has no line and column */
  commandLine?: boolean
  file?: string
  line?: number
  col?: number
}

/**
 * The input (a scenario file or the command line) is wrong. The CLI maps it to exit code 2.
 *
 * @example throw new InputError([{ path: ["years", "end"], message: "end year 2004 is before the base year 2005" }])
 */
export class InputError extends Error {
  readonly exitCode = 2
  readonly issues: InputIssue[]
  constructor(issues: InputIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'InputError'
    this.issues = issues
  }
}

/**
 * Formats an issue as `file:line:col key.path: message (hint)`.
 *
 * @example formatIssue({ file: "x.yaml", line: 3, col: 5, path: ["years", "end"], message: "must be a year" })
 * // => "x.yaml:3:5 years.end: must be a year"
 */
export function formatIssue(issue: InputIssue): string {
  const where = issue.file === undefined ? '' : issue.line === undefined ? `${issue.file} ` : `${issue.file}:${issue.line}:${issue.col ?? 1} `
  const path = formatPath(issue.path)
  const hint = issue.hint ? `; ${issue.hint}` : ''
  return `${where}${path ? path + ': ' : ''}${issue.message}${hint}`
}

/**
 * Formats a key path as the user would type it.
 *
 * @example formatPath(["targets", 2, "kind"]) // => "targets[2].kind"
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`
    else out += out ? `.${p}` : p
  }
  return out
}
