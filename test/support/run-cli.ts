/**
 * Runs the bundled `zonecast` CLI (packages/cli/bin/zonecast.js → packages/cli/dist) in a child
 * process, the way a user's shell would: build it first with `node scripts/build.mjs`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository root: relative scenario paths in the tests are resolved against it. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The launcher users run. */
export const cliBin = fileURLToPath(new URL('../../packages/cli/bin/zonecast.js', import.meta.url))

const bundle = fileURLToPath(new URL('../../packages/cli/dist/zonecast.js', import.meta.url))

/** A child process killed after this long is a hang, not a slow run (a run takes ~0.4 s). */
const SPAWN_TIMEOUT_MS = 15_000

/** What the CLI did: its exit code (null if killed by a signal) and both output streams. */
export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Options of `runCli`. */
export interface RunCliOptions {
  /** working folder of the child; default the repository root */
  cwd?: string
  /** standard input: text, or raw bytes (to test encodings) */
  input?: string | Buffer
}

/**
 * Spawns `node packages/cli/bin/zonecast.js ...args` and waits for it.
 *
 * @throws Error when the CLI is not built: its launcher would exit 2 then, which a test of
 *   bad input must not mistake for the right answer
 * @example runCli(['check', 'scenarios/tengzhou-2010.yaml']).status // => 0
 */
export function runCli(args: readonly string[], options: RunCliOptions = {}): CliResult {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node scripts/build.mjs\` before the end-to-end tests`)
  // a developer's ZONECAST_DEBUG=1 would add stack traces that the tests forbid
  const env = { ...process.env }
  delete env.ZONECAST_DEBUG
  const r = spawnSync(process.execPath, [cliBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: SPAWN_TIMEOUT_MS
  })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
