import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { cliBin, repoRoot, runCli } from './support/run-cli'

const jilin = 'scenarios/jilin-2006-2010.yaml'
/**
 * Long enough for the CLI to start its run and listen for Ctrl-C (0.3–0.6 s; a Ctrl-C before that
 * ends the process as Node's default does), with a wide margin for a busy 2-core machine; well
 * short of the end of a run of `INTERRUPTED_DRAWS` (2–4 µs a draw: 10–20 s).
 */
const SIGINT_AFTER_MS = 2500
/** Draws of a run that Ctrl-C interrupts. */
const INTERRUPTED_DRAWS = '5000000'

describe('zonecast simulate', () => {
  it('prints INTERFACE.md keys, and the same bytes for the same seed', () => {
    const a = runCli(['simulate', jilin, '--draws', '500', '--seed', '7', '--json'])
    const b = runCli(['simulate', jilin, '--draws', '500', '--seed', '7', '--json'])
    expect(a.status).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    const r = JSON.parse(a.stdout)
    expect(r).toMatchObject({ draws: 500, seed: 7 })
    expect(r.targets[0]).toEqual({ id: 'gdp-cagr', probability: expect.any(Number), se: expect.any(Number) })
    expect(Object.keys(r.quantiles.gdp)).toEqual(['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean'])
    // arrays aligned with the years 2005–2010
    expect(r.quantiles.gdp.p50).toHaveLength(6)
  })

  it('uses a fixed default seed, so a run repeats', () => {
    const a = runCli(['simulate', jilin, '--draws', '200', '--json'])
    const b = runCli(['simulate', jilin, '--draws', '200', '--json'])
    expect(a.stdout).toBe(b.stdout)
    expect(JSON.parse(a.stdout).seed).toBe(20_260_101)
  })

  it('shows probabilities and headline quantiles as a table', () => {
    const r = runCli(['simulate', jilin, '--draws', '300'])
    expect(r.status).toBe(0)
    // not a terminal: no progress bar
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^300 draws, seed 20260101/)
    expect(r.stdout).toMatch(/gdp-cagr\s+\d+\.\d%/)
    expect(r.stdout).toMatch(/gdp\s+p50/)
  })

  it.each([
    [['--draws', '0'], '--draws: 0 is not a positive whole number'],
    [['--draws', '2.5'], '--draws: 2.5 is not a positive whole number'],
    [['--draws', '100000000000'], '--draws'],
    [['--draws', '10', '--seed', '-3'], '--seed: -3 is not a seed']
  ])('refuses %j with exit 2', (args, words) => {
    const r = runCli(['simulate', jilin, ...args])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(words)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    expect(r.stdout).toBe('')
  })

  it('stops on Ctrl-C (SIGINT) with exit 130, nothing on standard output', async () => {
    const child = spawn(process.execPath, [cliBin, 'simulate', jilin, '--draws', INTERRUPTED_DRAWS], { cwd: repoRoot })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    await new Promise((resolve) => setTimeout(resolve, SIGINT_AFTER_MS))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^zonecast: stopped after [\d,]+ of 5,000,000 draws\n$/)
  })

  it('gives the same bytes on 1 and 2 threads, with exact quantiles and with binned ones', () => {
    // 3,000 draws keep every value (exact quantiles); 70,000 store above 4,000,000 values
    // (6 years × 18 series), so the quantiles are binned, each share binning its own draws
    for (const draws of ['3000', '70000']) {
      const one = runCli(['simulate', jilin, '--draws', draws, '--seed', '5', '--json', '--threads', '1'])
      const two = runCli(['simulate', jilin, '--draws', draws, '--seed', '5', '--json', '--threads', '2'])
      expect(one.status).toBe(0)
      expect(two.status).toBe(0)
      expect(JSON.parse(two.stdout)).toMatchObject({ draws: Number(draws), seed: 5, stopped: false })
      expect(two.stdout).toBe(one.stdout)
    }
  })

  it.each([['0'], ['-1'], ['1.5']])('refuses --threads %s with exit 2', (threads) => {
    const r = runCli(['simulate', jilin, '--draws', '100', '--threads', threads])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(`zonecast: --threads: ${threads} is not a positive whole number of threads; e.g. --threads 2\n`)
    expect(r.stdout).toBe('')
  })

  it('stops every thread on Ctrl-C (SIGINT) with exit 130', async () => {
    const child = spawn(process.execPath, [cliBin, 'simulate', jilin, '--draws', INTERRUPTED_DRAWS, '--threads', '2'], { cwd: repoRoot })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    await new Promise((resolve) => setTimeout(resolve, SIGINT_AFTER_MS))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stderr).toMatch(/^zonecast: stopped after [\d,]+ of 5,000,000 draws\n$/)
  })

  it('needs --draws', () => {
    const r = runCli(['simulate', jilin])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('draws')
  })
})

describe('zonecast check --draws', () => {
  it('adds each target’s probability with its standard error and draw count', () => {
    const r = runCli(['check', jilin, '--draws', '400', '--seed', '3', '--json'])
    expect(r.status).toBe(1)
    const t = JSON.parse(r.stdout).targets
    for (const target of t) expect(target.probability).toEqual({ value: expect.any(Number), se: expect.any(Number), draws: 400 })
    // the plan's own foreign-capital level follows its plan path on the model path: met in every draw
    expect(t.find((x: { id: string }) => x.id === 'foreign-capital-2006').probability.value).toBe(1)
  })

  it('gives the same probabilities on 2 threads', () => {
    const one = runCli(['check', jilin, '--draws', '400', '--seed', '3', '--json'])
    const two = runCli(['check', jilin, '--draws', '400', '--seed', '3', '--json', '--threads', '2'])
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(runCli(['check', jilin, '--draws', '400', '--threads', '0']).status).toBe(2)
  })

  it('shows a probability column', () => {
    const r = runCli(['check', jilin, '--draws', '200'])
    expect(r.stdout).toMatch(/status\s+probability/)
  })
})
