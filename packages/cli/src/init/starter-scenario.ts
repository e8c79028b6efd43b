import type { Lang } from '../cli/global-options'
import { starterScenarioEn } from './starter-scenario-en'
import { starterScenarioZh } from './starter-scenario-zh'

/** The id a starter gets when its file name cannot give one (standard output, `scenario.yaml`). */
export const DEFAULT_STARTER_ID = 'my-zone'

/** What shared/INTERFACE.md allows as a scenario id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** Plain scalars YAML 1.2 reads as something other than a string. */
const NOT_A_STRING = /^(?:true|false|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i

/**
 * The commented starter scenario `zonecast init` writes, in the language of its comments.
 *
 * @param lang `en` or `zh`: the language of the comments (and of the unit names the zh file uses)
 * @param id the scenario's id; quoted in the YAML when a plain scalar would read as a number
 * @param file the file as the user names it, for the commands the header suggests
 * @example starterScenario('en', '2025', 'x.yaml').includes('id: "2025"') // => true
 */
export function starterScenario(lang: Lang, id: string, file: string): string {
  const fields = { id: NOT_A_STRING.test(id) ? JSON.stringify(id) : id, file }
  return lang === 'zh' ? starterScenarioZh(fields) : starterScenarioEn(fields)
}

/**
 * The id for a starter written to `file`: the file's name without `.yaml`/`.yml` when that is a
 * valid scenario id, else `my-zone`.
 *
 * @example starterId('zones/huaxi-edz.yaml') // => "huaxi-edz"
 * @example starterId('我的開發區.yaml') // => "my-zone"
 */
export function starterId(file: string): string {
  const name = file.split(/[\\/]/).pop()?.replace(/\.ya?ml$/i, '') ?? ''
  return ID_PATTERN.test(name) ? name : DEFAULT_STARTER_ID
}
