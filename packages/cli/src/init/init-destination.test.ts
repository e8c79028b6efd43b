import { describe, expect, it } from 'vitest'
import { UsageError } from '../cli/usage-error'
import { initDestination } from './init-destination'

describe('initDestination', () => {
  it('writes scenario.yaml in the current folder without NAME, as npm init and cargo init do', () => {
    expect(initDestination(undefined)).toEqual({ kind: 'file', file: 'scenario.yaml' })
  })

  it('adds .yaml unless the name ends in .yaml or .yml', () => {
    expect(initDestination('my-zone')).toEqual({ kind: 'file', file: 'my-zone.yaml' })
    expect(initDestination('zones/a.yml')).toEqual({ kind: 'file', file: 'zones/a.yml' })
    expect(initDestination('a.YAML')).toEqual({ kind: 'file', file: 'a.YAML' })
    expect(initDestination('jilin.2026')).toEqual({ kind: 'file', file: 'jilin.2026.yaml' })
  })

  it('prints for -', () => {
    expect(initDestination('-')).toEqual({ kind: 'stdout' })
  })

  it('refuses names it cannot write a YAML scenario to', () => {
    expect(() => initDestination('x.json')).toThrow(new UsageError('init writes YAML, not JSON; name the file x.yaml (or give x and zonecast adds .yaml)'))
    expect(() => initDestination(' ')).toThrow(UsageError)
    expect(() => initDestination('zones/')).toThrow('"zones/" names a folder; give a file name inside it, e.g. zones/my-zone')
    expect(() => initDestination('a\nb')).toThrow(UsageError)
  })
})
