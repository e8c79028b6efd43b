/**
 * Keeps docs/guide.md honest: every `zonecast` command in its `sh` blocks runs, in order, in a
 * scratch folder holding the seed scenarios and the test data, with the exit code it is marked
 * with (`# exit 1`, `# exit 0|69`) or, unmarked, anything but 2; each quoted output still matches
 * (first line exactly, every other line still printed, a line ending in `…` as a prefix); the
 * charts it draws equal docs/images; and every finding code in the source has a row in its table.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from './support/run-cli'

const guide = readFileSync(join(repoRoot, 'docs/guide.md'), 'utf8')

/** A guide's image must stay small enough to read in a repository browser. */
const MAX_IMAGE_BYTES = 60_000

/** One command quoted in an `sh` block, with the exit codes it may end with and its quoted output. */
interface QuotedCommand {
  line: string
  args: string[]
  exits: number[] | null
  output: string[] | null
}

const commands = quotedCommands(guide)

const scratch = mkdtempSync(join(tmpdir(), 'zonecast-guide-'))
symlinkSync(join(repoRoot, 'scenarios'), join(scratch, 'scenarios'))
mkdirSync(join(scratch, 'test'))
symlinkSync(join(repoRoot, 'test/calibrate-data'), join(scratch, 'test/calibrate-data'))
mkdirSync(join(scratch, 'docs/images'), { recursive: true })
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('docs/guide.md commands', () => {
  it('quotes commands for every kind of user', () => {
    for (const word of ['init', 'check', 'run', 'compare', 'tornado', 'sweep', 'solve', 'simulate', 'calibrate', 'chart', 'report']) {
      expect(commands.map((c) => c.args[0]), word).toContain(word)
    }
  })

  // in order: `check my-zone.yaml` reads what `init my-zone` wrote
  for (const c of commands) {
    it(c.line, () => {
      const r = runCli(c.args, { cwd: scratch })
      const shown = `${r.stdout}${r.stderr}`
      if (c.exits) expect(c.exits, `exit code ${r.status}:\n${shown}`).toContain(r.status)
      else expect(r.status, shown).not.toBe(2)
      if (c.output) expectQuoted(c.output, r.stdout, r.stderr)
    })
  }

  it('shows the charts the quoted commands draw, each under 60 KB', () => {
    const images = [...guide.matchAll(/!\[[^\]]*\]\(images\/([^)]+\.svg)\)/g)].map((m) => m[1]!)
    expect(images.length).toBeGreaterThanOrEqual(7)
    for (const name of images) {
      const inRepo = join(repoRoot, 'docs/images', name)
      expect(statSync(inRepo).size, name).toBeLessThan(MAX_IMAGE_BYTES)
      // drawn by the chart commands above; rerun them from the repository root (with --force) to update
      expect(readFileSync(join(scratch, 'docs/images', name), 'utf8'), `docs/images/${name} differs from what its command draws now`).toBe(readFileSync(inRepo, 'utf8'))
    }
  })
})

describe('docs/guide.md findings', () => {
  const codes = findingCodesInSource()
  const table = new Set([...guide.matchAll(/^\| `([a-z]+(?:-[a-z]+)+)` \|/gm)].map((m) => m[1]!))

  it('finds the codes in the source', () => {
    // MODEL.md §4 lists 12 codes (parts-exceed-total and parts-short-of-total count as two here)
    expect(codes.size).toBeGreaterThanOrEqual(12)
  })

  it('explains every finding code the source emits', () => {
    expect([...codes].filter((c) => !table.has(c))).toEqual([])
  })

  it('explains no code the source does not emit', () => {
    expect([...table].filter((c) => !codes.has(c))).toEqual([])
  })
})

// every `zonecast …` line of the guide's sh blocks, with the text block right after a block of one command as its output
function quotedCommands(text: string): QuotedCommand[] {
  const out: QuotedCommand[] = []
  const fence = /```(sh|text)\n([\s\S]*?)```\n/g
  let previous: { kind: string; end: number; commands: QuotedCommand[] } | undefined
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const [, kind, body] = m as unknown as [string, string, string]
    if (kind === 'sh') {
      const found = body.split('\n').filter((l) => l.startsWith('zonecast ')).map(readCommand)
      out.push(...found)
      previous = { kind, end: m.index + m[0].length, commands: found }
    } else {
      const between = previous ? text.slice(previous.end, m.index) : 'x'
      if (previous?.kind === 'sh' && previous.commands.length === 1 && between.trim() === '') previous.commands[0]!.output = body.replace(/\n$/, '').split('\n')
      previous = { kind, end: m.index + m[0].length, commands: [] }
    }
  }
  return out
}

// `zonecast check x.yaml   # exit 1` → its arguments and the exit codes it is marked with
function readCommand(line: string): QuotedCommand {
  const [command = '', comment = ''] = line.split('#')
  const marked = /exit ([\d|]+)/.exec(comment)
  return { line: line.trim(), args: command.trim().split(/\s+/).slice(1), exits: marked ? marked[1]!.split('|').map(Number) : null, output: null }
}

// the quoted lines against what the command printed (standard output, then standard error)
function expectQuoted(quoted: readonly string[], stdout: string, stderr: string): void {
  const printed = `${stdout}${stderr}`.split('\n').map((l) => l.trimEnd())
  const first = (stdout === '' ? stderr : stdout).split('\n')[0]!.trimEnd()
  const head = quoted[0]!
  if (head.endsWith('…')) expect(first.startsWith(head.slice(0, -1)), `the first line starts "${head}"; it is "${first}"`).toBe(true)
  else expect(head, 'the first line of the quoted output').toBe(first)
  for (const line of quoted) {
    if (line === '…') continue
    if (line.endsWith('…')) expect(printed.some((p) => p.startsWith(line.slice(0, -1))), `a line starting "${line}"`).toBe(true)
    else expect(printed, 'a quoted line of output').toContain(line.trimEnd())
  }
}

// codes in `code: …` of the core's checks, and `severity code:` lines the CLI prints itself (history-outlier)
function findingCodesInSource(): Set<string> {
  const codes = new Set<string>()
  const kebab = /'([a-z]+(?:-[a-z]+)+)'/g
  const checks = join(repoRoot, 'packages/core/src/checks')
  for (const name of readdirSync(checks).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(checks, name), 'utf8').matchAll(/\bcode:\s*([^,\n}]+)/g)) for (const k of m[1]!.matchAll(kebab)) codes.add(k[1]!)
  }
  for (const file of sourceFiles(join(repoRoot, 'packages'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/[`'"](?:error|warning|info) ([a-z]+(?:-[a-z]+)+): /g)) codes.add(m[1]!)
  }
  return codes
}

// the non-test TypeScript files under packages/*/src
function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') files.push(...sourceFiles(path))
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && path.includes('/src/')) files.push(path)
  }
  return files
}
