import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'

/** What `solve` looks for: a target met, or a chance of meeting it. */
export interface SolveGoal {
  target: string
  /** with `--draws`: the probability asked for, as a percentage ("50.0%") */
  chance?: string
}

/** The fixed words of `tornado`, `sweep` and `solve` in the terminal, in one language. */
export interface LeverWords {
  /** tornado's first line: the target's value with every lever at its value in the scenario */
  tornadoHeading(target: string, value: string): string
  /** tornado's columns (the report's) */
  tornadoHeader(target: string): readonly string[]
  /** a lever in tornado's first column, by its label where it has one */
  leverName(lever: string, label: string | undefined): string
  /** what ✗ marks in tornado and sweep */
  missedMark: string
  /** solve found the lever value that meets the goal exactly */
  solved(lever: string, value: string, goal: SolveGoal, reached: string, runs: string): string
  /** the goal is met over the whole range */
  metEverywhere(lever: string, range: string, goal: SolveGoal, reached: string): string
  /** the goal is out of reach in the range, and the closest the range gets */
  notAttainable(lever: string, range: string, goal: SolveGoal, best: string, reached: string): string
  /** how much work solve did: model runs, or evaluations of so many draws */
  runs(iterations: number, draws?: number): string
}

// the English goal: "gdp-cagr" or "a 50.0% chance of gdp-cagr"
const enGoal = (g: SolveGoal) => (g.chance === undefined ? g.target : `a ${g.chance} chance of ${g.target}`)

const en: LeverWords = {
  tornadoHeading: (target, value) => `tornado of ${target}: ${value} with every lever at its value`,
  tornadoHeader: (target) => reportWords('en').leverHeader(target),
  leverName: (lever) => lever,
  missedMark: '✗ the target is missed there',
  solved: (lever, value, goal, reached, runs) => `${lever} = ${value} gives ${enGoal(goal)}: ${reached} (${runs})`,
  metEverywhere: (lever, range, goal, reached) => `${enGoal(goal)} is met everywhere in ${lever} ${range}: ${reached} at its value in the scenario`,
  notAttainable: (lever, range, goal, best, reached) => `${enGoal(goal)} is not attainable within ${lever} ${range}; the closest: ${lever} = ${best} gives ${reached}`,
  runs: (iterations, draws) => `${iterations} ${draws === undefined ? 'model runs' : `evaluations of ${draws} draws`}`
}

const report = reportWords('zh')

// the Chinese goal: "目標 gdp-cagr" or "目標 gdp-cagr 的50.0%達成概率"
const zhGoal = (g: SolveGoal) => (g.chance === undefined ? report.targetRow(g.target) : `${report.targetRow(g.target)} 的${g.chance}達成概率`)

const zh: LeverWords = {
  tornadoHeading: (target, value) => `${report.targetRow(target)} 的槓桿敏感性：各槓桿取情景中的值時為${value}`,
  tornadoHeader: (target) => report.leverHeader(target),
  leverName: (lever, label) => (label === undefined || label === lever ? lever : `${label}（${lever}）`),
  missedMark: '✗ 表示未達成目標',
  solved: (lever, value, goal, reached, runs) => `${lever} = ${value} 時恰好達到${zhGoal(goal)}：${reached}（${runs}）`,
  metEverywhere: (lever, range, goal, reached) => `${lever} 在 ${range} 內處處達到${zhGoal(goal)}：取情景中的值時為${reached}`,
  notAttainable: (lever, range, goal, best, reached) => `${lever} 在 ${range} 內無法達到${zhGoal(goal)}；最接近的是 ${lever} = ${best}，為${reached}`,
  runs: (iterations, draws) => (draws === undefined ? `模型運行${iterations}次` : `評估${iterations}次，每次${draws}次模擬`)
}

/**
 * The lever commands' fixed words in a language; tornado's columns are the report's
 * (report-words.ts), so its table reads the same in the terminal and in the report.
 *
 * @example leverWords('zh').leverName('icor', '資本產出比') // => "資本產出比（icor）"
 * @example leverWords('en').runs(12) // => "12 model runs"
 */
export function leverWords(lang: Lang): LeverWords {
  return lang === 'zh' ? zh : en
}
