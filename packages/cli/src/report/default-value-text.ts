import { formatAmount } from './format-parameter-value'
import type { ParameterFormat } from './format-parameter-value'
import { isParameterGroup, modelParameters } from './model-parameters'
import type { ParameterKind } from './model-parameters'

/** Default values the core names in words rather than numbers, in Chinese. */
const zhDefaultValues: Readonly<Record<string, string>> = { none: '無', 'plan path': '規劃路徑', 'plan investment − infrastructure': '規劃投資 − 基礎設施投資' }

/**
 * The kind of the model parameter at a dotted path (a group's members included), or null for a
 * path the table of parameters does not list.
 *
 * @example parameterKind('model.land.planned') // => "area"
 */
export function parameterKind(path: string): ParameterKind | null {
  for (const x of modelParameters) {
    if (!isParameterGroup(x)) {
      if (x.path === path) return x.kind
    } else {
      const member = x.members.find((m) => m.path === path)
      if (member) return member.kind
    }
  }
  return null
}

/**
 * A `default-assumed` finding's value: a number in the parameter's unit, or the core's words (in
 * Chinese for `zh`; words this table does not know are kept).
 *
 * @example defaultValueText('plan path', 'money-path', { lang: 'zh', money: '億元' }) // => "規劃路徑"
 * @example defaultValueText(0.05, 'rate', { lang: 'zh', money: '億元' }) // => "5%"
 */
export function defaultValueText(value: unknown, kind: ParameterKind | null, f: ParameterFormat): string {
  if (typeof value === 'number') return formatAmount(value, kind ?? 'ratio', f)
  const text = String(value)
  return f.lang === 'zh' ? (zhDefaultValues[text] ?? text) : text
}
