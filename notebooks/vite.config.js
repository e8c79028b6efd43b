/**
 * Builds the notebooks offline: Notebook Kit's Vite config and plugin, plus `offlineLibraries`,
 * which resolves the CDN URLs the kit's standard library imports (Plot, Inputs, htl, d3) to the
 * packages installed here, and the kit's fonts to the kit's own dependencies. `vite build` and
 * `notebooks build` both read this file; the build writes dist/ (the Chinese notebooks of zh/ to dist/zh/).
 */
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { config, observable } from '@observablehq/notebook-kit/vite'
import { defineConfig } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))

/** The folder of the Chinese notebooks, twins of the English ones beside this config. */
const CHINESE = 'zh'

/** The notebooks: every .html file beside this config (English) and in zh/ (Chinese); built to dist/ and dist/zh/. */
const notebooks = ['.', CHINESE].flatMap((dir) =>
  readdirSync(join(here, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => resolve(here, dir, f))
)

/** The kit's page template says `<html lang="en">`; a Chinese notebook's page says zh-Hant (traditional script, as the charts and scenarios). */
function pageLanguage(template, { filename }) {
  if (dirname(filename) !== join(here, CHINESE)) return template
  const chinese = template.replace('<html lang="en">', '<html lang="zh-Hant">')
  if (chinese === template) throw new Error('the kit\'s page template has no <html lang="en"> to mark as Chinese')
  return chinese
}

/**
 * Where each library the kit loads from jsDelivr is installed: a file whose node_modules can see it.
 * Plot and Inputs are this package's dependencies; htl comes with Inputs and d3 with Plot.
 */
const LOCAL_LIBRARIES = {
  '@observablehq/plot': join(here, 'package.json'),
  '@observablehq/inputs': join(here, 'package.json'),
  htl: '@observablehq/inputs',
  d3: '@observablehq/plot'
}

/** https://cdn.jsdelivr.net/npm/NAME[@RANGE][/PATH]/+esm, as the kit writes it (src/runtime/stdlib/recommendedLibraries.js). */
const JSDELIVR_ESM = /^https:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/@]+\/)?[^/@]+)(?:@[^/]+)?(\/.*)?\/\+esm$/

/** The kit's stylesheet imports its fonts by bare name; pnpm keeps them where only the kit sees them. */
function fontAliases() {
  const kitEntry = fileURLToPath(import.meta.resolve('@observablehq/notebook-kit/vite'))
  const kitRequire = createRequire(kitEntry)
  return ['inter', 'source-serif-4', 'spline-sans-mono'].map((name) => ({
    find: `@fontsource-variable/${name}`,
    replacement: dirname(kitRequire.resolve(`@fontsource-variable/${name}`))
  }))
}

/** The stylesheet of Inputs, which the kit's stdlib/inputs.css imports from jsDelivr. */
const INPUTS_CSS_URL = 'https://cdn.jsdelivr.net/npm/@observablehq/inputs/dist/index.css'

/**
 * Resolves the kit's CDN imports of Plot, Inputs, htl and d3 (and the Inputs stylesheet) to the
 * installed packages. The kit's other CDN URLs (lodash, DuckDB, Leaflet…) stay external: they load
 * only when a notebook names them, and the notebooks here do not.
 */
function offlineLibraries() {
  return {
    name: 'zonecast-offline-libraries',
    enforce: 'pre',
    async transform(code) {
      if (!code.includes(INPUTS_CSS_URL)) return null
      const inputs = await this.resolve('@observablehq/inputs', LOCAL_LIBRARIES['@observablehq/inputs'], { skipSelf: true })
      if (!inputs) throw new Error('cannot resolve @observablehq/inputs: run pnpm install')
      return { code: code.replaceAll(INPUTS_CSS_URL, join(dirname(inputs.id), 'index.css')), map: null }
    },
    async resolveId(source) {
      const match = JSDELIVR_ESM.exec(source)
      if (!match) return null
      const [, name, path] = match
      if (path !== undefined || !(name in LOCAL_LIBRARIES)) return null
      return this.resolve(name, await importerFor(this, name), { skipSelf: true })
    }
  }
}

/** A file from which `name` resolves: this package, or the package that depends on it. */
async function importerFor(context, name) {
  const via = LOCAL_LIBRARIES[name]
  if (via.startsWith('/')) return via
  const parent = await context.resolve(via, LOCAL_LIBRARIES[via], { skipSelf: true })
  if (!parent) throw new Error(`cannot resolve ${via}, which brings ${name}: run pnpm install`)
  return parent.id
}

const kit = config()

export default defineConfig({
  ...kit,
  resolve: { ...kit.resolve, alias: [...kit.resolve.alias, ...fontAliases()] },
  plugins: [offlineLibraries(), observable({ transformTemplate: pageLanguage })],
  root: here,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // core's Monte Carlo and mathjs make one large chunk; it is loaded once, from disk
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: notebooks }
  }
})
