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
  it('keeps jsdom, Plot and resvg out of every chunk the other commands load', () => {
    const dist = join(repoRoot, 'packages/cli/dist')
    const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))
    const mentions = (f: string, name: string): boolean => readFileSync(join(dist, 'chunks', f), 'utf8').includes(name)
    // only the chart chunk names the libraries, and only the chart command imports that chunk
    const charting = chunks.filter((f) => mentions(f, 'jsdom') || mentions(f, '@observablehq/plot') || mentions(f, '@resvg/resvg-js'))
    expect(charting).toHaveLength(1)
    expect(charting[0]).toMatch(/^draw-chart-/)
    const importers = [...chunks.filter((f) => f !== charting[0] && mentions(f, charting[0]!)), ...(readFileSync(join(dist, 'zonecast.js'), 'utf8').includes(charting[0]!) ? ['zonecast.js'] : [])]
    expect(importers).toEqual(['zonecast.js'])
    for (const f of importers) {
      const text = readFileSync(join(dist, f === 'zonecast.js' ? f : join('chunks', f)), 'utf8')
      // a dynamic import(), not a static one that every command would load
      expect(text).toMatch(new RegExp(`import\\(\\s*"\\./(chunks/)?${charting[0]!.replace('.', '\\.')}"\\s*\\)`))
      expect(text).not.toMatch(new RegExp(`from\\s*"\\./(chunks/)?${charting[0]!.replace('.', '\\.')}"`))
    }
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
