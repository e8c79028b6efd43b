#!/usr/bin/env node
// Thin launcher: the CLI is bundled into ../dist by `pnpm build` (run on `pnpm install`).
import { existsSync } from 'node:fs'

const bundle = new URL('../dist/zonecast.js', import.meta.url)
if (!existsSync(bundle)) {
  process.stderr.write('zonecast: the CLI is not built; run `pnpm install` or `pnpm build` in the repository root\n')
  process.exit(2)
}
await import(bundle.href)
