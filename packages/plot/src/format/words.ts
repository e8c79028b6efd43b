import type { Lang } from '../chart-types'

/** Every fixed word a chart writes, in English and in Chinese (traditional script, as the scenarios). */
export interface Words {
  /** list separator between a unit and its price basis: ", " or "，" */
  comma: string
  /** the x axis of time */
  year: string
  /** `${base} prices` */
  prices(baseYear: number): string
  currentPrices: string
  eachBasePrices: string
  km2: string
  count: string
  percent: string
  ratio: string
  history: string
  plan: string
  model: string
  target: string
  median: string
  band(from: number, to: number): string
  projectionTitle(series: string): string
  fanTitle(series: string): string
  compareTitle(series: string, n: number): string
  tornadoTitle(target: string): string
  landTitle: string
  financeTitle: string
  targetsTitle: string
  source(scenarios: string): string
  monteCarloSource(scenarios: string, draws: string, seed: string): string
  planned: string
  serviced: string
  used: string
  debt: string
  debtRatio: string
  limit(value: string): string
  noRatio: string
  leverLow: string
  leverHigh: string
  baseValue(value: string): string
  bound(op: '≥' | '≤', value: string): string
  margin: string
  met: string
  missed: string
  planPath: string
  noValue: string
  versus(value: string, bound: string): string
  /** `versus` broken after the value, for a narrow column */
  versusLines(value: string, bound: string): [string, string]
  description: string
}

const en: Words = {
  comma: ', ',
  year: 'Year',
  prices: (base) => `${base} prices`,
  currentPrices: 'current prices',
  eachBasePrices: "each scenario's base-year prices",
  km2: 'km²',
  count: 'number',
  percent: '%',
  ratio: 'ratio',
  history: 'History',
  plan: 'Plan',
  model: 'Model path',
  target: 'Target',
  median: 'Median',
  band: (from, to) => `${from}–${to}% of draws`,
  projectionTitle: (s) => `${s}: plan, model path and targets`,
  fanTitle: (s) => `${s}: range of the model path`,
  compareTitle: (s, n) => `${s}: model paths of ${n} scenarios`,
  tornadoTitle: (t) => `What moves "${t}"`,
  landTitle: 'Land: planned, serviced and in use',
  financeTitle: 'Debt and the debt ratio against its limit',
  targetsTitle: 'Targets on the model path: met or missed, and by how much',
  source: (s) => `Source: zonecast model path of scenario ${s}, at central values.`,
  monteCarloSource: (s, d, seed) => `Source: zonecast Monte Carlo of scenario ${s}, ${d} draws, seed ${seed}.`,
  planned: 'Planned',
  serviced: 'Serviced',
  used: 'In use',
  debt: 'Debt',
  debtRatio: 'Debt ratio (debt / fiscal revenue)',
  limit: (v) => `limit ${v}`,
  noRatio: 'No debt ratio: the scenario gives no fiscal revenue',
  leverLow: 'Lever at its low value',
  leverHigh: 'Lever at its high value',
  baseValue: (v) => `scenario value ${v}`,
  bound: (op, v) => `target ${op} ${v}`,
  margin: 'margin on the model path, % of the target',
  met: 'Met',
  missed: 'Missed',
  planPath: 'On the plan path',
  noValue: 'no value',
  versus: (v, b) => `${v} against ${b}`,
  versusLines: (v, b) => [v, `against ${b}`],
  description: 'Chart drawn by zonecast.'
}

const zh: Words = {
  comma: '，',
  year: '年',
  prices: (base) => `${base}年價格`,
  currentPrices: '當年價格',
  eachBasePrices: '各情景基年價格',
  km2: '平方公里',
  count: '個',
  percent: '%',
  ratio: '倍',
  history: '歷史',
  plan: '規劃',
  model: '模型路徑',
  target: '目標',
  median: '中位數',
  band: (from, to) => `${from}–${to}%抽樣區間`,
  projectionTitle: (s) => `${s}：規劃、模型路徑與目標`,
  fanTitle: (s) => `${s}：模型路徑的區間`,
  compareTitle: (s, n) => `${s}：${n}個情景的模型路徑`,
  tornadoTitle: (t) => `「${t}」的敏感度`,
  landTitle: '土地：規劃、已開發與已使用面積',
  financeTitle: '債務與債務率(對照上限)',
  targetsTitle: '模型路徑上的目標：達成與否及差距',
  source: (s) => `資料來源：zonecast 模型路徑，情景 ${s}，取中心值。`,
  monteCarloSource: (s, d, seed) => `資料來源：zonecast 蒙特卡羅模擬，情景 ${s}，${d}次抽樣，種子 ${seed}。`,
  planned: '規劃面積',
  serviced: '已開發',
  used: '已使用',
  debt: '債務',
  debtRatio: '債務率(債務/財政收入)',
  limit: (v) => `上限 ${v}`,
  noRatio: '無債務率：情景未給出財政收入',
  leverLow: '槓桿取低值',
  leverHigh: '槓桿取高值',
  baseValue: (v) => `情景值 ${v}`,
  bound: (op, v) => `目標 ${op} ${v}`,
  margin: '模型路徑與目標之差，佔目標%',
  met: '達成',
  missed: '未達成',
  planPath: '規劃路徑上',
  noValue: '無數值',
  versus: (v, b) => `${v}，目標${b}`,
  versusLines: (v, b) => [`${v}，`, `目標${b}`],
  description: '由 zonecast 繪製。'
}

/**
 * The words of a chart in a language.
 *
 * @example wordsFor('zh').year // => "年"
 */
export function wordsFor(lang: Lang): Words {
  return lang === 'zh' ? zh : en
}
