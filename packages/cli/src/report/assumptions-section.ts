import { unitSuffix } from '@zonecast/plot/units'
import type { ReportInputs } from './compute-report'
import { assumptionRows } from './assumption-rows'
import type { AssumptionSource } from './assumption-rows'
import { codeSpans } from './report-document'
import type { Inline, ReportSection } from './report-document'
import { reportWords } from './report-words'

/**
 * The assumptions: every model parameter with the value used and its source, defaults and
 * calibrated values marked in capitals (strong) so a reader sees what the scenario did not state.
 *
 * @example assumptionsSection(inputs).blocks[1].kind // => "table"
 */
export function assumptionsSection(r: ReportInputs): ReportSection {
  const w = reportWords(r.lang)
  const money = unitSuffix({ kind: 'money', money: r.scenario.realised.money, prices: 'nominal' }, r.lang).trim()
  const rows = assumptionRows({ loaded: r.scenario.loaded, findings: r.check.findings, calibrated: r.calibrated, overrides: r.overrides }, { lang: r.lang, money })
  const source = (s: AssumptionSource): Inline => {
    switch (s) {
      case 'default':
        return [{ text: w.defaulted, style: 'strong' }]
      case 'calibrated':
        return [{ text: w.calibrated, style: 'strong' }]
      case 'command-line':
        return r.lang === 'zh' ? '命令行' : 'command line'
      case 'distribution':
        return r.lang === 'zh' ? '給定（分佈）' : 'stated (distribution)'
      case 'stated':
        return w.stated
    }
  }
  return {
    id: 'assumptions',
    heading: w.assumptions,
    blocks: [
      { kind: 'paragraph', text: codeSpans(w.assumptionsIntro) },
      {
        kind: 'table',
        header: w.assumptionHeader,
        rows: rows.map((a) => [[{ text: a.path, style: 'code' }], a.meaning, a.value, source(a.source), a.source === 'command-line' ? [{ text: a.why, style: 'code' }] : a.why]),
        align: ['left', 'left', 'left', 'left', 'left']
      }
    ]
  }
}
