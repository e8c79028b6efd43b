import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'

/** The fixed words of `simulate`'s terminal output, in one language. */
export interface SimulateWords {
  /** the first line: draws, seed, and whether Ctrl-C stopped the run */
  heading(draws: string, seed: number, stopped: boolean): string
  /** the targets table's columns: target, probability, its standard error */
  targetHeader: readonly [string, string, string]
  noTargets: string
  /** the quantiles table's columns before the years: series, quantile */
  fanHeader: readonly [string, string]
}

const en: SimulateWords = {
  heading: (draws, seed, stopped) => `${draws} draws, seed ${seed}${stopped ? ' (stopped early)' : ''}`,
  targetHeader: ['target', 'probability', '± se'],
  noTargets: 'no targets',
  fanHeader: ['series', 'quantile']
}

const report = reportWords('zh')
const [target, , , , , probability] = report.targetHeader

const zh: SimulateWords = {
  heading: (draws, seed, stopped) => `${report.monteCarloKey}：${report.monteCarlo(draws, String(seed))}${stopped ? '（提前停止）' : ''}`,
  targetHeader: [target!, probability!, '± 標準誤'],
  noTargets: report.noTargets,
  fanHeader: ['序列', '分位數']
}

/**
 * `simulate`'s fixed words in a language; the Chinese ones are the report's (report-words.ts)
 * where the report has them.
 *
 * @example simulateWords('zh').heading('2,000', 7, false) // => "蒙特卡羅模擬：2,000次，隨機種子7"
 */
export function simulateWords(lang: Lang): SimulateWords {
  return lang === 'zh' ? zh : en
}
