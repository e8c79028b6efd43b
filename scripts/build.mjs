// Bundles the CLI into one ES module so that a cold start loads only what it uses:
// mathjs is tree-shaken to the unit system and the expression sandbox (full import ~1 s,
// bundled ~0.1 s on the reference machine).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

// stale chunks from an earlier build would otherwise pile up
rmSync(new URL('../packages/cli/dist', import.meta.url), { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: { zonecast: 'packages/cli/src/main.ts' },
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
  // bundled CommonJS (yaml, write-file-atomic) expects `require` and `__filename`
  banner: {
    js: "import { createRequire as __zcRequire } from 'node:module'; import { fileURLToPath as __zcPath } from 'node:url'; const require = __zcRequire(import.meta.url); const __filename = __zcPath(import.meta.url);"
  }
})
