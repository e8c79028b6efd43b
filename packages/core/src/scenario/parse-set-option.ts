/**
 * `--set PATH=VALUE` (INTERFACE.md): a dotted key path of the scenario file and a value written
 * as it would be in the file (a number, a quantity string such as `110 wanyuan/mu`, `null`, or a
 * YAML flow map such as `{dist: uniform, min: 3, max: 6}`).
 */
import { parse } from 'yaml'
import { InputError } from '../errors'
import type { Override } from './overrides'

/**
 * Reads one `--set` option.
 *
 * @throws InputError (a command-line problem) when there is no `=`, no path, no value, or the value is not YAML
 * @example parseSetOption("model.capital_output_ratio=4").value // => 4
 * @example parseSetOption("model.tax.holiday=null").value // => null
 */
export function parseSetOption(option: string): Override {
  const text = `--set ${option}`
  const eq = option.indexOf('=')
  const fail = (message: string, hint: string) => new InputError([{ path: [], commandLine: true, message: `${text}: ${message}`, hint }])
  if (eq < 0) throw fail('no "=" between the key path and the value', 'write --set model.capital_output_ratio=4')
  const path = option.slice(0, eq).trim()
  const raw = option.slice(eq + 1).trim()
  if (path === '') throw fail('no key path before "="', 'write --set model.capital_output_ratio=4')
  if (raw === '') throw fail('no value after "="', 'give a value, or null to remove the key')
  let value: unknown
  try {
    value = parse(raw)
  } catch (e) {
    throw fail(`the value is not a YAML value (${(e as Error).message.split('\n')[0]})`, 'quote a string value, e.g. --set "model.investment_intensity=110 wanyuan/mu"')
  }
  return { path, value, origin: { kind: 'command-line', text } }
}
