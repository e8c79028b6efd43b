import { describe, expect, it } from 'vitest'
import { starterId, starterScenario } from './starter-scenario'

describe('starterScenario', () => {
  it('fills in the id and the file name the header commands use', () => {
    const text = starterScenario('en', 'huaxi', 'zones/huaxi.yaml')
    expect(text).toMatch(/^id: huaxi$/m)
    expect(text).toContain('#   zonecast check zones/huaxi.yaml\n')
  })

  it('quotes an id YAML would read as a number or a boolean', () => {
    expect(starterScenario('en', '2030', 'f')).toMatch(/^id: "2030"$/m)
    expect(starterScenario('zh', '1e3', 'f')).toMatch(/^id: "1e3"$/m)
    expect(starterScenario('en', 'true', 'f')).toMatch(/^id: "true"$/m)
    expect(starterScenario('en', '2030-plan', 'f')).toMatch(/^id: 2030-plan$/m)
  })

  it('writes its comments in the language asked for', () => {
    expect(starterScenario('zh', 'x', 'f')).toContain('# capital_output_ratio：v，資本產出比（ICOR）')
    expect(starterScenario('en', 'x', 'f')).toContain('# capital_output_ratio: v, the ICOR')
  })
})

describe('starterId', () => {
  it('takes the file name without .yaml when it is a valid id, else my-zone', () => {
    expect(starterId('zones/huaxi-edz.yaml')).toBe('huaxi-edz')
    expect(starterId('a.b.yml')).toBe('a.b')
    expect(starterId('我的開發區.yaml')).toBe('my-zone')
    expect(starterId('-x.yaml')).toBe('my-zone')
  })
})
