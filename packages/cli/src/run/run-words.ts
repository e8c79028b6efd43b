import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'
import { zhUnit } from '../report/zh-finding-words'
import type { RunPath } from './run-rows'

/** The fixed words of `run`'s table and Markdown document, in one language. */
export interface RunWords {
  /** the columns before the years: path, series, unit, prices */
  header: readonly [string, string, string, string]
  /** each part of the result as the path column names it */
  paths: Readonly<Record<RunPath, string>>
  /** a price basis (`real`, `nominal`, `none`) as the prices column shows it */
  prices(basis: string): string
  /** a unit of the result's `meta` (`yiyuan`, `km2`, `yiyuan/mu`) as the unit column shows it */
  unit(unit: string): string
  /** the Markdown line under the heading */
  yearsAndMoney(base: number, end: number, money: string): string
  /** the Markdown heading of the notes */
  notes: string
  /** the scenario's name with its id, for the Markdown heading: "Test zone (test-zone)" */
  named(name: string, id: string): string
}

const en: RunWords = {
  header: ['path', 'series', 'unit', 'prices'],
  paths: { plan: 'plan', model: 'model', region: 'region', indicators: 'indicators' },
  prices: (basis) => basis,
  unit: (unit) => unit,
  yearsAndMoney: (base, end, money) => `Years ${base}–${end}; money in ${money}.`,
  notes: 'Notes',
  named: (name, id) => `${name} (${id})`
}

const report = reportWords('zh')

/** Price bases in Chinese, as the findings and the starter scenario word them. */
const zhPrices: Readonly<Record<string, string>> = { real: '可比價', nominal: '現價', none: report.none }

/** Unit names the report's unit words do not cover (areas by the mu, counts). */
const zhUnitParts: Readonly<Record<string, string>> = { mu: '畝', count: '個' }

const zh: RunWords = {
  header: ['路徑', '序列', '單位', '價格'],
  paths: { plan: report.planPath, model: '模型路徑', region: '全區域', indicators: '指標' },
  prices: (basis) => zhPrices[basis] ?? basis,
  unit: (unit) => unit.split('/').map(zhUnitPart).join('/'),
  yearsAndMoney: (base, end, money) => `${report.period}：${report.years(base, end)}；${report.moneyUnit}：${zhUnitPart(money)}。`,
  notes: report.notes,
  named: (name, id) => `${name}（${id}）`
}

/**
 * `run`'s fixed words in a language; the Chinese ones are the report's (report-words.ts) where
 * the report has them, and units are named as the report names them (億元, 平方公里).
 *
 * @example runWords('zh').unit('yiyuan/km2') // => "億元/平方公里"
 * @example runWords('en').paths.indicators // => "indicators"
 */
export function runWords(lang: Lang): RunWords {
  return lang === 'zh' ? zh : en
}

// one unit name in Chinese: money and km² as the report writes them, else the name as given
function zhUnitPart(part: string): string {
  return zhUnitParts[part] ?? (zhUnit(part).trim() || part)
}
