import type { CheckResult } from '@zonecast/core'

/**
 * A hand-made check result on the plan path of `runFixture`: GDP's CAGR 2005–2010 is exactly
 * 21% (met), 2006 GDP 1,210 < 1,680 (missed), 2010 share 0.4026275 < 0.5 (missed); one info and
 * two warning findings, listed out of severity order. Not ok.
 */
export function checkFixture(): CheckResult {
  return {
    scenario: { id: 'test-zone', title: { en: 'Test zone', zh: '測試開發區' }, years: { base: 2005, end: 2010 } },
    ok: false,
    status_from: 'model',
    targets: [
      {
        id: 'gdp-growth',
        kind: 'cagr',
        label: { en: 'Zone GDP growth ≥ 21% a year', zh: '開發區生產總值年均增長21%以上' },
        min: 0.21,
        plan: { value: 0.21, met: true },
        model: null,
        probability: null,
        status: 'met'
      },
      {
        id: 'gdp-2006',
        kind: 'level',
        min: 1680,
        plan: { value: 1210, met: false },
        model: null,
        probability: null,
        status: 'missed'
      },
      {
        id: 'gdp-share',
        kind: 'share',
        label: { en: 'Half of the region' },
        min: 0.5,
        plan: { value: 0.4026275, met: false },
        model: null,
        probability: null,
        status: 'missed'
      }
    ],
    findings: [
      { code: 'implied-icor', severity: 'info', message: 'the plan implies an ICOR of 3.2', icor: 3.2 },
      { code: 'level-rate-mismatch', severity: 'warning', message: '2006 gdp: 1,680 is 68.0% above 2005, not the stated 37.0%' },
      { code: 'target-unreachable-on-plan', severity: 'warning', message: 'the plan path misses gdp-2006' }
    ],
    requirements: {},
    notes: ['the model path gives no foreign_capital of its own: there they follow their plan path']
  }
}

/** `checkFixture` with every target met and only an info finding: ok. */
export function passingCheckFixture(): CheckResult {
  const result = checkFixture()
  return {
    ...result,
    ok: true,
    targets: result.targets.slice(0, 1),
    findings: result.findings.filter((f) => f.severity === 'info')
  }
}
