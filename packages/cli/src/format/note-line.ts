import type { Lang } from '../cli/global-options'
import { reportWords } from '../report/report-words'
import { zhNote } from '../report/zh-note'

/**
 * One of a result's notes as the terminal prints it, without the newline: `note: ...`, or in
 * Chinese `說明：...` with the note written again in Chinese where zhNote knows it.
 *
 * @example noteLine('the scenario gives no base.gdp, so the model path has no output, revenue or indicators', 'en') // => "note: the scenario gives no base.gdp, so the model path has no output, revenue or indicators"
 * @example noteLine('the model path gives no debt of its own: there they follow their plan path', 'zh') // => "說明：模型路徑不產生 debt：這些序列沿用規劃路徑"
 */
export function noteLine(note: string, lang: Lang): string {
  return lang === 'zh' ? `${reportWords('zh').notes}：${zhNote(note)}` : `note: ${note}`
}
