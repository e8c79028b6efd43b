/**
 * The seed scenarios' text, bundled by Vite (`?raw`), for core's `loadScenario(text, file)`: the
 * notebooks read the same files as `zonecast check scenarios/….yaml`.
 */
import jilin from '../../scenarios/jilin-2006-2010.yaml?raw'
import huainan from '../../scenarios/huainan-2010.yaml?raw'
import tengzhou from '../../scenarios/tengzhou-2010.yaml?raw'

/** Scenario text by file name. */
export const scenarioText = {
  'jilin-2006-2010.yaml': jilin,
  'huainan-2010.yaml': huainan,
  'tengzhou-2010.yaml': tengzhou
}

/**
 * An override of a scenario key made by a notebook (a what-if), in core's `Override` shape;
 * a problem it causes is reported against the notebook, not the file.
 *
 * @example set('years.end', 2015) // => { path: 'years.end', value: 2015, origin: { kind: 'command-line', text: 'notebook: years.end=2015' } }
 */
export function set(path, value) {
  return { path, value, origin: { kind: 'command-line', text: `notebook: ${path}=${JSON.stringify(value)}` } }
}
