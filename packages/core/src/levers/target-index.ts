/** Finds a target by id among a lever model's targets, for the lever commands. */
import { InputError } from '../errors'
import { suggest } from '../util/did-you-mean'
import type { LeverModel } from './lever-model'

/**
 * The index of target `id`.
 *
 * @throws InputError naming the targets there are, with a did-you-mean
 * @example targetIndex(model, "gdp-growth") // => 0
 */
export function targetIndex(model: LeverModel, id: string): number {
  const ids = model.run.targets.map((t) => t.id)
  const k = ids.indexOf(id)
  if (k >= 0) return k
  const message = ids.length === 0 ? `no target "${id}": the scenario has no targets` : `no target "${id}"`
  throw new InputError([{ path: [], commandLine: true, message: `--target ${id}: ${message}`, hint: ids.length === 0 ? 'add a targets list to the scenario' : suggest(id, ids) }])
}
