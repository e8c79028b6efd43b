import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type * as PlotApi from '@observablehq/plot'
import type * as JsdomApi from 'jsdom'
import type * as ResvgApi from '@resvg/resvg-js'

/** Observable Plot's module. */
export type PlotModule = typeof PlotApi
/** jsdom's module. */
export type JsdomModule = typeof JsdomApi
/** @resvg/resvg-js's module. */
export type ResvgModule = typeof ResvgApi

/** The package every library below is a dependency of: the CLI's bundle reaches them through it. */
const plotPackage = '@zonecast/plot'

/**
 * Imports a dependency of `@zonecast/plot` by resolving it to a file first. From this package's
 * sources a bare `import('jsdom')` would do; bundled into the CLI (packages/cli/dist/chunks),
 * these libraries stay outside the bundle (scripts/build.mjs) and a bare import would be resolved
 * from dist/, where pnpm installs nothing: so the name is resolved from wherever
 * `@zonecast/plot` itself lives, which `@zonecast/cli` depends on.
 *
 * @param name a dependency of this package, e.g. `jsdom`
 * @example const { JSDOM } = await importLibrary<JsdomModule>('jsdom')
 */
export async function importLibrary<T>(name: string): Promise<T> {
  // Node gives CommonJS packages (jsdom, resvg) named exports too, so one form fits all three
  return (await import(pathToFileURL(resolveLibrary(name)).href)) as T
}

/**
 * The file a dependency's name (or a file it exports) resolves to, from wherever
 * `@zonecast/plot` lives (see `importLibrary`).
 *
 * @param name a dependency of this package or one of its files, e.g. `harfbuzzjs/dist/harfbuzz-subset.wasm`
 * @example resolveLibrary('jsdom') // => "/…/node_modules/jsdom/lib/api.js"
 */
export function resolveLibrary(name: string): string {
  const here = createRequire(import.meta.url)
  try {
    return here.resolve(name)
  } catch {
    // bundled: import.meta.url is a chunk of the CLI; this package is one of the CLI's dependencies
    return createRequire(here.resolve(plotPackage)).resolve(name)
  }
}
