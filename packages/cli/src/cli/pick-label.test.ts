import { describe, expect, it } from 'vitest'
import { pickLabel } from './pick-label'

describe('pickLabel', () => {
  it('takes the wanted language, then the other, then the fallback', () => {
    expect(pickLabel({ en: 'GDP', zh: '生產總值' }, 'zh', 'gdp')).toBe('生產總值')
    expect(pickLabel({ en: 'GDP', zh: '生產總值' }, 'en', 'gdp')).toBe('GDP')
    expect(pickLabel({ en: 'GDP' }, 'zh', 'gdp')).toBe('GDP')
    expect(pickLabel({ zh: '生產總值' }, 'en', 'gdp')).toBe('生產總值')
    expect(pickLabel({}, 'en', 'gdp')).toBe('gdp')
    expect(pickLabel(undefined, 'en', 'gdp')).toBe('gdp')
    expect(pickLabel({ en: '' }, 'en', 'gdp')).toBe('gdp')
  })

  it('takes a plain string label as it is', () => {
    expect(pickLabel('Without tax holiday', 'zh', 'no-tax-holiday')).toBe('Without tax holiday')
  })
})
