/**
 * End-to-end: `zonecast chart` as a user runs it (the bundled CLI in a child process): files
 * written whole, the same bytes as the goldens, PNGs, the exit codes of bad input, and the lazy
 * loading that keeps jsdom and Plot out of the other commands.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { goldenDir, normaliseSvg } from './support/chart-snapshot'
import { repoRoot, runCli } from './support/run-cli'

const dir = mkdtempSync(join(tmpdir(), 'zonecast-chart-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const jilin = 'scenarios/jilin-2006-2010.yaml'

describe('zonecast chart', () => {
  it('writes the same SVG as the golden, twice in two processes', () => {
    const a = join(dir, 'a.svg')
    const b = join(dir, 'b.svg')
    const r = runCli(['chart', jilin, '--kind', 'projection', '--out', a])
    expect(r).toMatchObject({ status: 0, stdout: '' })
    expect(r.stderr).toBe(`wrote ${a}\n`)
    expect(runCli(['chart', jilin, '--kind', 'projection', '--out', b, '--quiet']).stderr).toBe('')
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'))
    expect(normaliseSvg(readFileSync(a, 'utf8'))).toBe(normaliseSvg(readFileSync(join(goldenDir, 'projection-jilin-2006-2010-en.svg'), 'utf8')))
  })

  it('writes a PNG in Chinese at twice the width, the same bytes in two processes', () => {
    const out = join(dir, 'fan.png')
    const again = join(dir, 'fan-again.png')
    const args = ['chart', jilin, '--kind', 'fan', '--draws', '500', '--seed', '7', '--lang', 'zh', '--width', '600']
    expect(runCli([...args, '--out', out]).status).toBe(0)
    expect(runCli([...args, '--out', again]).status).toBe(0)
    const png = readFileSync(out)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // the IHDR width, big-endian at byte 16: 600 × 2
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(readFileSync(again).equals(png)).toBe(true)
  })

  it('refuses bad input with exit 2 and a clear message, writing nothing', () => {
    const out = join(dir, 'bad.svg')
    const cases: [string[], string][] = [
      [['--kind', 'projetcion', '--out', out], 'zonecast: --kind "projetcion" is not a chart kind; did you mean "projection"?'],
      [['--kind', 'projection', '--out', join(dir, 'x.jpg')], '.jpg": a chart is written as .svg or .png'],
      [['--kind', 'projection', '--series', 'gpd', '--out', out], '--series "gpd": scenarios/jilin-2006-2010.yaml has no path for it; did you mean "gdp"?'],
      [['--kind', 'projection', '--target', 'gdp-cgar', '--out', out], '--target "gdp-cgar": scenarios/jilin-2006-2010.yaml has no such target; did you mean "gdp-cagr"?'],
      [['--kind', 'tornado', '--target', 'nope', '--out', out], 'scenarios/jilin-2006-2010.yaml has no target "nope"'],
      [['--kind', 'land', '--draws', '100', '--out', out], '--draws does not apply to --kind land; it is for fan'],
      [['--kind', 'land', '--width', '50', '--out', out], '--width 50: give a whole number of pixels from 400 to 4000'],
      [['--kind', 'land', '--variants', '--out', out], '--variants does not apply to --kind land; it is for compare'],
      [['--kind', 'compare', '--out', out], '--kind compare draws two scenarios or more, or one with --variants'],
      [['scenarios/tengzhou-2010.yaml', '--kind', 'compare', '--variants', '--out', out], '--variants draws one scenario beside its variants; 2 files were given'],
      [['--kind', 'compare', '--variants', '--set', 'variants=[]', '--out', out], 'scenarios/jilin-2006-2010.yaml: --variants, but the scenario has no variants']
    ]
    for (const [args, message] of cases) {
      const r = runCli(['chart', jilin, ...args])
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr).toContain(message)
      expect(r.stderr).not.toContain('    at ')
    }
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(dir).filter((f) => (f.startsWith('.') && f !== '.zonecast-written') || f.includes('bad'))).toEqual([])
  })

  it('exits 69 with what to install when the PNG font is missing, writing nothing', () => {
    const out = join(dir, 'nofont.png')
    const r = spawnWithEnv(['chart', jilin, '--kind', 'land', '--lang', 'zh', '--out', out], { ZONECAST_FONT: '/nonexistent/font.ttc' })
    expect(r.status).toBe(69)
    expect(r.stderr).toContain('ZONECAST_FONT=/nonexistent/font.ttc: no such font file')
    expect(existsSync(out)).toBe(false)
  })

  it('exits 69 when ZONECAST_FONT names a file that is not a font', () => {
    const out = join(dir, 'notfont.png')
    const r = spawnWithEnv(['chart', jilin, '--kind', 'land', '--out', out], { ZONECAST_FONT: join(repoRoot, 'scenarios/jilin-2006-2010.yaml') })
    expect(r.status).toBe(69)
    expect(r.stderr).toContain('jilin-2006-2010.yaml: not a TrueType or OpenType font; give a .ttf, .otf or .ttc file')
    expect(existsSync(out)).toBe(false)
  })
})

describe('lazy loading', () => {
  const dist = join(repoRoot, 'packages/cli/dist')
  const read = (f: string): string => readFileSync(join(dist, f), 'utf8')
  const files = (): string[] => ['zonecast.js', ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)]
  // each file's static imports (`from "./x.js"`, `import "./x.js"`) and dynamic ones (`import("./x.js")`), as dist paths
  const edges = (f: string, dynamic: boolean): string[] => {
    const re = dynamic ? /import\(\s*"\.\/([^"]+)"\s*\)/g : /(?:from|import)\s*"\.\/([^"]+)"/g
    const dir = f.startsWith('chunks/') ? 'chunks/' : ''
    return [...read(f).matchAll(re)].map((m) => `${dir}${m[1]!}`)
  }
  // what a file loads with it: itself and its static imports, transitively
  const closure = (f: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(f)) return seen
    seen.add(f)
    for (const g of edges(f, false)) closure(g, seen)
    return seen
  }

  it('keeps jsdom, Plot and resvg out of every chunk the other commands load', () => {
    const charting = files().filter((f) => ['jsdom', '@observablehq/plot', '@resvg/resvg-js'].some((lib) => read(f).includes(`"${lib}"`)))
    expect(charting.length).toBeGreaterThan(0)
    // the commands that draw (chart, report) load their code through a dynamic import from zonecast.js
    const drawing = edges('zonecast.js', true).filter((f) => /^chunks\/(draw-chart|write-report)-/.test(f))
    expect(drawing.map((f) => f.replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(['chunks/draw-chart', 'chunks/write-report'])
    // every other way into the code: start-up, and the dynamic imports of the other commands
    const others = [closure('zonecast.js'), ...edges('zonecast.js', true).filter((f) => !drawing.includes(f)).map((f) => closure(f))]
    for (const loaded of others) for (const f of charting) expect(loaded.has(f), f).toBe(false)
    // and the drawing chunks do reach the libraries (so the test would see them)
    expect(drawing.every((f) => charting.some((c) => closure(f).has(c)))).toBe(true)
  })

  it('keeps the core (zod, YAML, mathjs) out of start-up: --help and argument errors load none of it', () => {
    // the core's chunk: the one that defines loadScenario (and holds zod, yaml and mathjs)
    const core = files().filter((f) => /\bfunction loadScenario\(/.test(read(f)))
    expect(core).toHaveLength(1)
    expect(closure('zonecast.js').has(core[0]!)).toBe(false)
    // and the commands do reach it, through their dynamic imports (so the test would see it)
    expect(edges('zonecast.js', true).some((f) => closure(f).has(core[0]!))).toBe(true)
  })
})

// runCli with extra environment variables
function spawnWithEnv(args: string[], env: Record<string, string>): { status: number | null; stderr: string } {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    return runCli(args)
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key]
  }
}
