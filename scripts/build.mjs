// Bundles the CLI into one ES module so that a cold start loads only what it uses:
// mathjs is tree-shaken to the unit system and the expression sandbox (full import ~1 s,
// bundled ~0.1 s on the reference machine).
import { build } from 'esbuild'
import { readdirSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * yargs' help layout measures text with `string-width`, whose import builds an Intl.Segmenter
 * and Unicode-set regular expressions: 20–25 ms of every command's start. The CLI's own
 * measure (packages/cli/src/format/terminal-width.ts, checked against string-width 8) stands in.
 */
const lightStringWidth = {
  name: 'zonecast-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: join(root, 'packages/cli/src/format/terminal-width.ts') }))
  }
}

/**
 * yargs imports strictEqual and notStrictEqual from `assert` for its own invariants; loading
 * `node:assert` took 2–5 ms of every start. packages/cli/src/cli/yargs-assert.ts stands in (the
 * build fails, "No matching export", should a bundled package want anything else of it).
 */
const lightAssert = {
  name: 'zonecast-yargs-assert',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: join(root, 'packages/cli/src/cli/yargs-assert.ts') }))
  }
}

const result = await build({
  absWorkingDir: root,
  // Monte Carlo runs on a worker thread (packages/cli/src/simulate/start-simulation-worker.ts), which
  // loads this second entry from next to zonecast.js; it shares the core's chunk with the CLI
  entryPoints: { zonecast: 'packages/cli/src/main.ts', 'simulate-worker': 'packages/cli/src/simulate/simulate-worker.ts' },
  outdir: 'packages/cli/dist',
  // commands import the core lazily; splitting keeps those imports as real chunks, which
  // esbuild tree-shakes (without it, lazily imported modules are wrapped whole)
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [lightStringWidth, lightAssert],
  // chart libraries stay outside the bundle: jsdom does not bundle (it reads files next to its own
  // sources at run time), and all three load only in `zonecast chart`, resolved through
  // @zonecast/plot's node_modules (packages/plot/src/load/load-libraries.ts)
  external: ['jsdom', '@observablehq/plot', '@resvg/resvg-js'],
  // bundled CommonJS (yaml, d3-dsv…) expects `require` and `__filename`
  banner: {
    js: "import { createRequire as __zcRequire } from 'node:module'; import { fileURLToPath as __zcPath } from 'node:url'; const require = __zcRequire(import.meta.url); const __filename = __zcPath(import.meta.url);"
  }
})

// chunks of an earlier build would pile up: remove what this build did not write (after writing,
// so a test running the CLI meanwhile never finds the bundle missing)
const chunks = join(root, 'packages/cli/dist/chunks')
const written = new Set(Object.keys(result.metafile.outputs).map((f) => relative(chunks, join(root, f))))
for (const name of readdirSync(chunks)) if (!written.has(name)) rmSync(join(chunks, name))
