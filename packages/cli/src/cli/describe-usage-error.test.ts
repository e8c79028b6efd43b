import { describe, expect, it } from 'vitest'
import { describeUsageError } from './describe-usage-error'

const context = (args: string[]) => ({ args, commands: ['run <file>', 'check <file>'], valueOptions: ['lang'] })

// the messages below are yargs 18's, as build-parser.test.ts shows it sends them
describe('describeUsageError', () => {
  it('names the unknown command beside yargs’ suggestion', () => {
    expect(describeUsageError('Did you mean run?', context(['rnu', 'x.yaml']))).toBe('unknown command "rnu"; did you mean "run"?')
    // the value of --lang is not the command
    expect(describeUsageError('Did you mean check?', context(['--lang', 'zh', 'chek']))).toBe('unknown command "chek"; did you mean "check"?')
  })

  it('lists the commands for an unknown command with no suggestion', () => {
    expect(describeUsageError('Unknown argument: xyzzy', context(['xyzzy']))).toBe('unknown command "xyzzy"; the commands are run, check')
  })

  it('suggests the option a typo was meant to be', () => {
    const withKnown = { ...context(['check', 'x', '--strcit']), knownOptions: ['strict', 'json', 'lang'] }
    expect(describeUsageError('Unknown argument: strcit', withKnown)).toBe('unknown option --strcit; did you mean --strict?')
  })

  it('says an option of another command is not this one’s, instead of suggesting the option itself', () => {
    // was "unknown option --draws; did you mean --draws?"
    const withKnown = { ...context(['tornado', 'x', '--draws', '100']), knownOptions: ['draws', 'target'] }
    expect(describeUsageError('Unknown argument: draws', withKnown)).toBe('the tornado command takes no --draws; it is an option of other commands')
  })

  it('names unknown options with their dashes, once each', () => {
    expect(describeUsageError('Unknown argument: fromat', context(['run', 'x', '--fromat', 'csv']))).toBe('unknown option --fromat')
    expect(describeUsageError('Unknown arguments: bogus-opt, bogusOpt, z', context(['run', 'x', '--bogus-opt', '-z']))).toBe(
      'unknown option --bogus-opt; unknown option -z'
    )
  })

  it('calls extra positionals unexpected', () => {
    expect(describeUsageError('Unknown arguments: b, c', context(['run', 'a', 'b', 'c']))).toBe('unexpected argument "b"; unexpected argument "c"')
  })

  it('names the missing positional and shows the usage', () => {
    expect(describeUsageError('Not enough non-option arguments: got 0, need at least 1', context(['check', '--strict']))).toBe(
      'missing FILE; usage: zonecast check FILE'
    )
  })

  it('rewrites bad choices, one per option', () => {
    const yargsMessage = 'Invalid values:\n  Argument: format, Given: "xml", Choices: "table", "csv"\n  Argument: lang, Given: "fr", Choices: "en", "zh"'
    expect(describeUsageError(yargsMessage, context(['run', 'x']))).toBe(
      '--format cannot be "xml"; choose one of "table", "csv"; --lang cannot be "fr"; choose one of "en", "zh"'
    )
  })

  it('says which option lacks its value', () => {
    expect(describeUsageError('Not enough arguments following: out', context(['run', 'x', '--out']))).toBe('--out needs a value')
  })

  it('lowercases anything else and keeps it on one line', () => {
    expect(describeUsageError('Something Else happened.\n  really', context([]))).toBe('something Else happened. really')
    expect(describeUsageError('--out is given 2 times; give it once', context([]))).toBe('--out is given 2 times; give it once')
  })
})
