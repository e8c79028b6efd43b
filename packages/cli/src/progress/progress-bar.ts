import { formatNumber } from '../format/format-number'

/** The bar appears only once a run has taken this long: a quicker run shows nothing at all. */
export const SHOW_AFTER_MS = 1000
/** At most ten redraws a second: enough to look live, few enough not to flood a slow terminal. */
export const REDRAW_INTERVAL_MS = 100
/** The width assumed when the terminal does not say: the traditional 80 columns. */
export const DEFAULT_COLUMNS = 80
/** The bar's widest, so that on a wide terminal the numbers stay next to it. */
export const MAX_BAR_CELLS = 30
/** The bar's narrowest: a narrower one says too little, and the line goes without it. */
export const MIN_BAR_CELLS = 10

/** Back to the start of the line: each redraw writes over the last. */
const lineStart = '\r'
/** Erases from the cursor to the end of the line: after a redraw, what is left of a longer one. */
const eraseToEnd = '\x1b[K'
const percentPerUnit = 100
const filledCell = '█'
const emptyCell = '░'
const msPerSecond = 1000
const secondsPerMinute = 60
/** Below this many seconds left the estimate shows tenths: `1.2 s left`; above, whole seconds. */
const tenthsBelowSeconds = 10

/** What a progress bar needs from the outside: a clock, a writer and the terminal's width. */
export interface ProgressBarOptions {
  /** the number of steps that is 100% */
  total: number
  /** the word in front of the bar, e.g. `simulating` */
  label: string
  /** what the steps are called after the counts, e.g. `draws` */
  unit: string
  /** shown in place of the time left once every step is done and the result is being put together, e.g. `computing quantiles` */
  finishing?: string
  /** the time in milliseconds on a clock that does not jump (`performance.now`) */
  now(): number
  /** writes to the terminal, standard error */
  write(text: string): void
  /** the terminal's width in columns, asked at each redraw (it may change); undefined when unknown */
  columns(): number | undefined
}

/** A progress line on a terminal. */
export interface ProgressBar {
  /**
   * reports the steps done (again with the same count, to refresh the time left); redraws when
   * the bar is due: after `SHOW_AFTER_MS`, then at most every `REDRAW_INTERVAL_MS`, and at once
   * when the last step is done
   */
  update(done: number): void
  /** erases the line if it was drawn; call it before anything else is written to the terminal */
  clear(): void
}

/**
 * A one-line progress bar redrawn in place with `\r`:
 * `simulating ███████░░░░░░░ 47% 470,000/1,000,000 draws  1.2 s left`. It stays hidden for the
 * first `SHOW_AFTER_MS` after it is created, redraws at most every `REDRAW_INTERVAL_MS` (and
 * at once when the last step is done, then showing `finishing` in place of the time left), fits
 * the line into the terminal's width minus one column (a full line would wrap on some
 * terminals, and `\r` would then redraw only its last row), and leaves no trace once cleared.
 * Pure but for `now`, `write` and `columns`, so tests drive it with a fake clock.
 *
 * @example const bar = createProgressBar({ total: 1e6, label: 'simulating', unit: 'draws', now: () => performance.now(), write: (t) => process.stderr.write(t), columns: () => process.stderr.columns })
 * bar.update(470_000) // => after 1.2 s, writes "\rsimulating ██████████░░░░░░░░░░░░ 47% 470,000/1,000,000 draws  1.4 s left\x1b[K"
 */
export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const start = options.now()
  let lastDrawn: number | undefined
  let complete = false
  return {
    update(done) {
      const t = options.now()
      if (t - start < SHOW_AFTER_MS) return
      const completes = !complete && done >= options.total
      if (lastDrawn !== undefined && t - lastDrawn < REDRAW_INTERVAL_MS && !completes) return
      lastDrawn = t
      complete ||= completes
      const after = done >= options.total ? options.finishing : done > 0 ? formatTimeLeft(((t - start) * (options.total - done)) / done) : undefined
      const width = options.columns() ?? DEFAULT_COLUMNS
      options.write(lineStart + progressLine(options, done, after, width) + eraseToEnd)
    },
    clear() {
      if (lastDrawn !== undefined) options.write(lineStart + eraseToEnd)
      lastDrawn = undefined
    }
  }
}

// the fullest line that fits `width - 1` columns: with the time left (or `after`), without it, without the bar
function progressLine(o: ProgressBarOptions, done: number, after: string | undefined, width: number): string {
  const room = width - 1
  const fraction = o.total > 0 ? Math.min(1, done / o.total) : 1
  const percent = `${Math.floor(fraction * percentPerUnit)}%`
  const count = (n: number) => formatNumber(n, { style: 'level', decimals: 0 })
  const counts = `${count(done)}/${count(o.total)} ${o.unit}`
  for (const tail of [`${percent} ${counts}${after ? `  ${after}` : ''}`, `${percent} ${counts}`]) {
    const cells = Math.min(MAX_BAR_CELLS, room - o.label.length - tail.length - 2)
    if (cells >= MIN_BAR_CELLS) return `${o.label} ${bar(fraction, cells)} ${tail}`
  }
  for (const line of [`${o.label} ${percent} ${counts}`, `${o.label} ${percent}`]) if (line.length <= room) return line
  return percent.slice(0, Math.max(0, room))
}

// `cells` cells, the done fraction of them filled
function bar(fraction: number, cells: number): string {
  const filled = Math.floor(fraction * cells)
  return filledCell.repeat(filled) + emptyCell.repeat(cells - filled)
}

// `1.2 s left`, `42 s left`, `3 min 05 s left`
function formatTimeLeft(ms: number): string {
  const seconds = ms / msPerSecond
  if (seconds < tenthsBelowSeconds) return `${seconds.toFixed(1)} s left`
  const whole = Math.round(seconds)
  if (whole < secondsPerMinute) return `${whole} s left`
  const minutes = Math.floor(whole / secondsPerMinute)
  return `${minutes} min ${String(whole % secondsPerMinute).padStart(2, '0')} s left`
}
