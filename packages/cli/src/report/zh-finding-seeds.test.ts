/**
 * The Chinese messages of the real findings of the three seed scenarios (scenarios/*.yaml), and
 * of seeds changed to reach the codes they do not emit: every key number of a message, computed
 * here from the finding's own fields, appears in it, and no English word is left.
 */
import { readFileSync } from 'node:fs'
import { checkScenario, loadScenario, realiseScenario } from '@zonecast/core'
import type { Finding, Label } from '@zonecast/core'
import { describe, expect, it } from 'vitest'
import { zhFindingMessage } from './zh-finding-message'

const seedText = (name: string) => readFileSync(new URL(`../../../../scenarios/${name}.yaml`, import.meta.url), 'utf8')
const findingsOf = (text: string, file: string) => checkScenario(realiseScenario(loadScenario(text, file))).findings

/** Changes a seed's text, failing when the text to change is not there (a seed edited since). */
function changed(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to)
  expect(out, String(from)).not.toBe(text)
  return out
}

/** The units a zh report writes after an amount (the report's assumptions and requirements tables). */
const UNIT: Record<string, string> = { yiyuan: ' 億元', km2: ' 平方公里', count: '', ratio: '' }
const unitOf = (f: Finding, key = 'unit') => UNIT[String(f[key])]!
/** A level as the report writes it, with `digits` decimals at most and thousands separators. */
const level = (x: unknown, digits = 2) => (x as number).toLocaleString('en-US', { maximumFractionDigits: digits })
/** A rate in percent with `digits` decimals. */
const pct = (x: unknown, digits = 1) => `${((x as number) * 100).toFixed(digits)}%`
/** A difference of rates in percentage points. */
const points = (x: unknown) => `${Math.abs((x as number) * 100).toFixed(1)}個百分點`
const zhLabel = (l: unknown) => (l as Label).zh!

/**
 * The numbers and names each message must carry, from the finding's fields. Levels here are
 * between 1 and 9,999 (the report's six significant digits: two decimals); the growth rates of
 * implied-rest-growth have two decimals, as the core writes them.
 */
const expected: Record<string, (f: Finding) => string[]> = {
  'level-rate-mismatch': (f) => [`${zhLabel(f.series_label)}（${String(f.series)}）`, `${f.year}年`, level(f.stated_level) + unitOf(f), level(f.previous_level) + unitOf(f), pct(f.stated_growth), points((f.implied_growth as number) - (f.stated_growth as number)), level(f.previous_level_implied) + unitOf(f)],
  'parts-exceed-total': (f) => [`${f.year}年`, level(f.parts_sum) + unitOf(f), level(f.total) + unitOf(f), `多${level(f.difference)}${unitOf(f)}`, pct(f.relative_difference), `${Object.keys(f.parts as object).length}個分項`],
  'parts-short-of-total': (f) => [`${f.year}年`, level(f.parts_sum) + unitOf(f), level(f.total) + unitOf(f), `少${level(-(f.difference as number))}${unitOf(f)}`, pct(-(f.relative_difference as number)), `${Object.keys(f.parts as object).length}個分項`],
  'front-loaded': (f) => [`${zhLabel(f.series_label)}（${String(f.series)}）`, `${f.first_year}年增長${pct(f.first_year_growth)}`, pct(f.remaining_years_growth), points(f.difference), level(f.base_level) + unitOf(f), level(f.end_level) + unitOf(f), `${f.end_year}年`],
  'implied-rest-growth': (f) =>
    f.implied_rest_growth === null
      ? [level(f.zone_base) + unitOf(f), level(f.region_base) + unitOf(f), `全區域${zhLabel(f.region_series_label)}（${String(f.region_series)}）`]
      : [pct(f.share_min), String(f.target), pct(f.implied_rest_growth, 2), level(f.rest_max_at_year) + unitOf(f), level(f.region_at_year) + unitOf(f), pct(f.region_growth, 2)],
  'mixed-price-basis': (f) => [String(f.target), ...(f.real_series as string[]).map((s, i) => `${zhLabel((f.real_series_labels as Label[])[i])}（${s}）`), ...(f.nominal_series as string[]).map((s, i) => `${zhLabel((f.nominal_series_labels as Label[])[i])}（${s}）`)],
  'target-unreachable-on-plan': (f) => [`目標 ${String(f.target)}`, ...(f.target_label ? [`（“${zhLabel(f.target_label)}”）`] : []), ...(f.target_kind === 'share' ? [pct(f.plan_value), `不低於${pct(f.min)}`] : [])],
  'implied-icor': (f) => [`${(f.implied_icor as number).toFixed(2)}元`, `滯後${f.gestation_years}年`, `${f.base_year}–${f.end_year}年`],
  'land-short': (f) => [level(f.project_investment_real_total) + unitOf(f, 'money'), `${level(f.land_needed_km2)} 平方公里`, `${level(f.land_available_km2)} 平方公里`, `缺口${level(f.shortfall_km2)} 平方公里`, `${f.year}年`],
  'debt-limit-breached': (f) => [level(f.debt) + unitOf(f, 'money'), `${(f.debt_ratio as number).toFixed(2)}倍`, `上限${(f.debt_limit as number).toFixed(2)}倍`, `${f.peak_year}年`, `${(f.peak_debt_ratio as number).toFixed(2)}倍`],
  'default-assumed': (f) => [String(f.parameter)]
}

/** Identifiers a message may quote: the finding's keys of series, targets, parameters and parts. */
function identifiers(f: Finding): string[] {
  const out: string[] = ['zonecast', 'inflation', 'series', 'prices']
  for (const key of ['series', 'region_series', 'target', 'parameter']) if (typeof f[key] === 'string') out.push(f[key])
  for (const key of ['real_series', 'nominal_series']) if (Array.isArray(f[key])) out.push(...(f[key] as string[]))
  if (typeof f.parts === 'object' && f.parts !== null) out.push(...Object.keys(f.parts))
  // longest first, so that `region.gdp` goes before `gdp`
  return out.sort((a, b) => b.length - a.length)
}

/** The ASCII words of four letters or more left once the quoted identifiers are taken out. */
function englishWords(message: string, f: Finding): string[] {
  let text = message
  for (const id of identifiers(f)) text = text.split(id).join(' ')
  return text.match(/[A-Za-z]{4,}/g) ?? []
}

function expectChinese(f: Finding): void {
  const zh = zhFindingMessage(f)
  expect(zh, f.code).not.toBe(f.message)
  expect(englishWords(zh, f), zh).toEqual([])
  for (const part of expected[f.code]!(f)) expect(zh, `${f.code}: ${part}`).toContain(part)
}

const seeds = { 'jilin-2006-2010': 13, 'tengzhou-2010': 3, 'huainan-2010': 1 } as const

describe('zhFindingMessage on the seed scenarios', () => {
  for (const [seed, count] of Object.entries(seeds)) {
    it(`${seed}: every finding in Chinese, with its numbers`, () => {
      const findings = findingsOf(seedText(seed), `scenarios/${seed}.yaml`)
      // the findings the seeds' headers list ("What a careful reader finds", "What the model says"): packages/core/src/seed-scenarios.test.ts
      expect(findings).toHaveLength(count)
      for (const f of findings) expectChinese(f)
    })
  }

  it('jilin: names the branches of implied-rest-growth: a stalled rest, a shrinking rest, a zone larger than its region', () => {
    const rest = findingsOf(seedText('jilin-2006-2010'), 'jilin.yaml').filter((f) => f.code === 'implied-rest-growth')
    const zh = (target: string) => zhFindingMessage(rest.find((f) => f.target === target)!)
    // gdp: 5.97% < 12.00% / 2 (the finding's implied_rest_growth and region_growth)
    expect(zh('gdp-share-2010')).toContain('不到區域自身增速的一半')
    // industrial_va: the rest shrinks 48.18% a year, 484.8 → 2,114.81 − 2,096.7 = 18.11
    expect(zh('industrial-va-share-2010')).toContain('年均萎縮48.18%（484.8 億元 → 18.11 億元）')
    // external_funds: 446.56 in the zone, 186.6 in the region
    expect(zh('external-funds-share-2010')).toContain('不可能是該區域的一部分')
  })

  it('huainan with a larger stated area: parts-short-of-total in km²', () => {
    // the ten zones sum to 138.98 km² (huainan-2010.yaml, finding 1); stated 150 instead of 139
    const [f] = findingsOf(changed(seedText('huainan-2010'), /^( {6}2010: )139( )/m, '$1150$2'), 'huainan.yaml').filter((x) => x.code === 'parts-short-of-total')
    expect(f).toMatchObject({ unit: 'km2', total: 150 })
    expectChinese(f!)
    // 150 − 138.98 = 11.02 km²
    expect(zhFindingMessage(f!)).toContain('少11.02 平方公里')
  })

  it('tengzhou without inflation and with two more targets: mixed-price-basis, a count short of its total, a missed level with its unit', () => {
    let text = changed(seedText('tengzhou-2010'), /^inflation: .*\n/m, '')
    // 30 new projects itemised as 10 + 10 + 10 (tengzhou-2010.yaml, finding 4); stated 35 instead
    text = changed(text, /^( {6}2010: )30( )/m, '$135$2')
    // revenue per output mixes nominal revenue with real output; industrial VA 110.9·1.39 = 154.15 < 200
    text = changed(text, /^targets:.*\n/m, '$&  - {id: revenue-per-output-2010, kind: ratio, series: fiscal_revenue, per: gdp, year: 2010, min: 0.2}\n  - {id: va-2010, kind: level, series: industrial_va, year: 2010, min: 200, label: {zh: "工業增加值200億元"}}\n')
    const findings = findingsOf(text, 'tengzhou.yaml')
    const codes = findings.map((f) => f.code)
    expect(codes).toContain('mixed-price-basis')
    expect(codes).toContain('parts-short-of-total')
    for (const f of findings) expectChinese(f)
    const short = findings.find((f) => f.code === 'parts-short-of-total')!
    // a count: 35 − 30 = 5, no unit; 5/35 = 14.3%
    expect(zhFindingMessage(short)).toContain('少5（14.3%）')
    const level2010 = findings.find((f) => f.code === 'target-unreachable-on-plan' && f.target === 'va-2010')!
    // 110.9 · 1.39 = 154.151 on the plan path, against 200 億元
    expect(zhFindingMessage(level2010)).toContain('規劃路徑給出154.15 億元，目標要求不低於200 億元')
  })
})
