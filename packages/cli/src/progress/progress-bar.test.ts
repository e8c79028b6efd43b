import { describe, expect, it } from 'vitest'
import { createProgressBar, DEFAULT_COLUMNS, MAX_BAR_CELLS, REDRAW_INTERVAL_MS, SHOW_AFTER_MS } from './progress-bar'
import type { ProgressBarOptions } from './progress-bar'

// a bar on a fake clock and terminal: `time` moves only when the test says, `writes` keeps every write
function fakeBar(options: Partial<ProgressBarOptions> = {}) {
  const fake = { time: 0, writes: [] as string[], columns: 100 as number | undefined }
  const bar = createProgressBar({
    total: 1_000_000,
    label: 'simulating',
    unit: 'draws',
    now: () => fake.time,
    write: (text) => void fake.writes.push(text),
    columns: () => fake.columns,
    ...options
  })
  return { fake, bar }
}

// what a redraw shows, without the cursor moves
function line(write: string | undefined): string {
  expect(write?.startsWith('\r')).toBe(true)
  expect(write?.endsWith('\x1b[K')).toBe(true)
  return write!.slice(1, -3)
}

describe('createProgressBar', () => {
  it('draws the line of the issue: bar, percent, counts and time left', () => {
    const { fake, bar } = fakeBar()
    // 470,000 of 1,000,000 in 1.2 s: 530,000 more at that pace take 1.2 × 53/47 = 1.353 s
    fake.columns = 74
    fake.time = 1200
    bar.update(470_000)
    // 73 columns of room: 73 − "simulating" (10) − "47% 470,000/1,000,000 draws  1.4 s left" (39) − 2 spaces = 22 cells, 47% of them filled (10.3)
    expect(line(fake.writes[0])).toBe(`simulating ${'█'.repeat(10)}${'░'.repeat(12)} 47% 470,000/1,000,000 draws  1.4 s left`)
  })

  it(`shows nothing before ${SHOW_AFTER_MS} ms, so a quick run prints nothing at all`, () => {
    const { fake, bar } = fakeBar()
    for (const t of [0, 100, 500, SHOW_AFTER_MS - 1]) {
      fake.time = t
      bar.update(t * 100)
    }
    bar.clear()
    expect(fake.writes).toEqual([])
    fake.time = SHOW_AFTER_MS
    bar.update(100_000)
    expect(fake.writes).toHaveLength(1)
  })

  it(`redraws at most every ${REDRAW_INTERVAL_MS} ms`, () => {
    const { fake, bar } = fakeBar()
    // a progress report every 10 ms for 1 s after the delay: 10 redraws, at 1000, 1100, …, 1900 ms
    for (let t = SHOW_AFTER_MS; t < SHOW_AFTER_MS + 1000; t += 10) {
      fake.time = t
      bar.update(t * 100)
    }
    expect(fake.writes).toHaveLength(10)
    expect(line(fake.writes[1])).toContain('110,000/1,000,000')
  })

  it('draws the last step at once, with the finishing words in place of the time left', () => {
    const { fake, bar } = fakeBar({ total: 1000, finishing: 'computing quantiles' })
    fake.time = SHOW_AFTER_MS
    bar.update(990)
    fake.time += 1
    bar.update(1000)
    expect(fake.writes).toHaveLength(2)
    expect(line(fake.writes[1])).toMatch(/█{30} 100% 1,000\/1,000 draws {2}computing quantiles$/)
    // then throttled again
    fake.time += 1
    bar.update(1000)
    expect(fake.writes).toHaveLength(2)
  })

  it('refreshes the time left when asked again with the same count', () => {
    const { fake, bar } = fakeBar({ total: 1000 })
    fake.time = 2000
    bar.update(500)
    fake.time = 3000
    bar.update(500)
    // half done in 2 s: 2 s left; half done in 3 s: 3 s left
    expect(line(fake.writes[0])).toMatch(/2\.0 s left$/)
    expect(line(fake.writes[1])).toMatch(/3\.0 s left$/)
  })

  it('says the time left in tenths, whole seconds, then minutes', () => {
    const left = (ms: number) => {
      const { fake, bar } = fakeBar({ total: 2 })
      fake.time = ms
      bar.update(1)
      return line(fake.writes[0]).split('  ')[1]
    }
    // one of two steps done in t: t left
    expect(left(1234)).toBe('1.2 s left')
    expect(left(42_400)).toBe('42 s left')
    expect(left(185_000)).toBe('3 min 05 s left')
  })

  it('erases the line when cleared, and only if it was drawn', () => {
    const { fake, bar } = fakeBar()
    fake.time = SHOW_AFTER_MS
    bar.update(1)
    bar.clear()
    expect(fake.writes.at(-1)).toBe('\r\x1b[K')
    bar.clear()
    expect(fake.writes).toHaveLength(2)
  })

  it('fits the terminal, one column spare, dropping the time left, then the bar, then the counts', () => {
    const shown = (columns: number | undefined) => {
      const { fake, bar } = fakeBar()
      fake.columns = columns
      fake.time = 1200
      bar.update(470_000)
      return line(fake.writes[0])
    }
    for (const columns of [200, 100, 80, 60, 50, 40, 30, 12, 3, 1]) expect(shown(columns).length).toBeLessThanOrEqual(columns - 1)
    expect(shown(200)).toContain('█'.repeat(Math.floor(MAX_BAR_CELLS * 0.47)) + '░')
    expect(shown(200).match(/[█░]/g)).toHaveLength(MAX_BAR_CELLS)
    expect(shown(undefined)).toBe(shown(DEFAULT_COLUMNS))
    expect(shown(60)).toMatch(/░ 47% 470,000\/1,000,000 draws$/)
    expect(shown(40)).toBe('simulating 47% 470,000/1,000,000 draws')
    expect(shown(30)).toBe('simulating 47%')
    expect(shown(3)).toBe('47')
  })

  it('asks the width at each redraw, so a resized terminal is followed', () => {
    const { fake, bar } = fakeBar()
    fake.time = SHOW_AFTER_MS
    bar.update(1)
    fake.columns = 40
    fake.time += REDRAW_INTERVAL_MS
    bar.update(2)
    expect(line(fake.writes[0]).length).toBeGreaterThan(39)
    expect(line(fake.writes[1]).length).toBeLessThanOrEqual(39)
  })
})
