/**
 * Walks a scenario and gives every distribution leaf its dotted path, for messages and for the
 * Monte Carlo draws that will replace it.
 */
import { Distribution } from './distribution'

export function nameDistributions(root: unknown, path: string[] = []): void {
  if (root instanceof Distribution) {
    root.path = path.join('.')
    return
  }
  if (Array.isArray(root)) root.forEach((x, i) => nameDistributions(x, [...path, String(i)]))
  else if (root !== null && typeof root === 'object') for (const [k, v] of Object.entries(root)) nameDistributions(v, [...path, k])
}
