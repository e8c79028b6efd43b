import { describe, expect, it } from 'vitest'
import { loadScenario } from '../scenario/load-scenario'
import { calibratedMarks, setCalibrated } from './calibrated-scenario'

describe('setCalibrated', () => {
  const text = ['# Jilin zones', 'id: x # the id', 'years: {base: 2005, end: 2010}', 'model:', '  # the ICOR of the speech', '  capital_output_ratio: 4', ''].join('\n')
  const out = setCalibrated(text, [
    { path: ['model', 'growth_shock_sd'], value: 0.0551, from: "sd of gdp's log growth, 2000–2016 (gdp.csv)" },
    { path: ['checks', 'icor_range'], value: [3.1, 4.6], from: 'interquartile range' }
  ])

  it('keeps the user\'s comments and adds one per calibrated value', () => {
    expect(out).toBe(
      [
        '# Jilin zones',
        'id: x # the id',
        'years: {base: 2005, end: 2010}',
        'model:',
        '  # the ICOR of the speech',
        '  capital_output_ratio: 4',
        "  growth_shock_sd: 0.0551 # calibrated: sd of gdp's log growth, 2000–2016 (gdp.csv)",
        'checks:',
        '  icor_range: [3.1, 4.6] # calibrated: interquartile range',
        ''
      ].join('\n')
    )
  })

  it('writes a scenario that loads', () => {
    const s = loadScenario(out, 'x.yaml')
    expect(s.model.growthShockSd).toBe(0.0551)
    expect(s.checks.icorRange).toEqual([3.1, 4.6])
  })

  it('replaces a value already there', () => {
    expect(setCalibrated('model:\n  growth_shock_sd: 0.2\n', [{ path: ['model', 'growth_shock_sd'], value: 0.05, from: 'sd' }])).toBe('model:\n  growth_shock_sd: 0.05 # calibrated: sd\n')
  })
})

describe('calibratedMarks', () => {
  it('finds what setCalibrated marked, with its source, and nothing else', () => {
    const text = setCalibrated('id: x\nmodel:\n  capital_output_ratio: 4 # stated\n', [
      { path: ['model', 'growth_shock_sd'], value: 0.0551, from: "sd of gdp's log growth, 2000–2016 (gdp.csv)" },
      { path: ['checks', 'icor_range'], value: [3.1, 4.6], from: 'interquartile range' }
    ])
    expect(calibratedMarks(text)).toEqual([
      { path: 'model.growth_shock_sd', from: "sd of gdp's log growth, 2000–2016 (gdp.csv)" },
      { path: 'checks.icor_range', from: 'interquartile range' }
    ])
  })

  it('finds none in JSON or in text that does not parse', () => {
    expect(calibratedMarks('{"model": {"growth_shock_sd": 0.05}}')).toEqual([])
    expect(calibratedMarks('model: [\n')).toEqual([])
  })
})
