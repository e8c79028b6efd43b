import type { SolveResult, TargetKind } from '@zonecast/core'
import { formatTargetValue } from '../check/format-target-value'
import type { Lang } from '../cli/global-options'
import { formatNumber } from '../format/format-number'
import { formatLeverValue } from './format-lever-value'
import { leverWords } from './lever-words'

/** Decimals of a probability in solve's sentence: 50.0%. */
const PERCENT_DECIMALS = 1

/**
 * What `solve` found, as one line: the lever value that meets the target (or reaches the chance
 * asked for) and how many runs it took; or that the target is met over the whole range; or that
 * it is out of reach, and the closest the range gets. In the chosen language (lever-words.ts);
 * lever and target names stay as typed.
 *
 * @param kind the target's kind, which says how its values read (21.0%, 1,680)
 * @example renderSolve(result, 'cagr', 'en') // => "icor = 3.1 gives gdp-growth: 21.0% (12 model runs)\n"
 */
export function renderSolve(r: SolveResult, kind: TargetKind, lang: Lang): string {
  const w = leverWords(lang)
  const percent = (v: number | null) => formatNumber(v, { style: 'percent', decimals: PERCENT_DECIMALS })
  const shown = (v: number | null) => (r.probability ? percent(v) : formatTargetValue(kind, v))
  const goal = r.probability ? { target: r.target, chance: percent(r.probability.level) } : { target: r.target }
  const range = `[${formatLeverValue(r.low)}, ${formatLeverValue(r.high)}]`
  if (r.status === 'solved') return `${w.solved(r.lever, formatLeverValue(r.value), goal, shown(r.target_value), w.runs(r.iterations, r.probability?.draws))}\n`
  if (r.status === 'met-everywhere') return `${w.metEverywhere(r.lever, range, goal, shown(r.target_value))}\n`
  return `${w.notAttainable(r.lever, range, goal, formatLeverValue(r.best!.value), shown(r.best!.target_value))}\n`
}
