// Bundles the CLI into one ES module so that a cold start loads only what it uses:
// mathjs is tree-shaken to the unit system and the expression sandbox (full import ~1 s,
// bundled ~0.1 s on the reference machine).
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

await build({
  absWorkingDir: root,
  entryPoints: ['packages/cli/src/main.ts'],
  outfile: 'packages/cli/dist/zonecast.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // yargs and friends are CommonJS-aware ESM; this shim gives bundled CJS a `require`
  banner: { js: "import { createRequire as __zcRequire } from 'node:module'; const require = __zcRequire(import.meta.url);" }
})
