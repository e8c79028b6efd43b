/**
 * Number formats for the Chinese notebooks (zh/): the digits of format.js — `,` groups and `.`
 * decimals, as Chinese statistical yearbooks print them — with the words around them in Chinese.
 */
import {pct} from './format.js'

export {num, pct, long} from './format.js'

const DASH = '–'

/**
 * A Monte Carlo probability with its standard error in percentage points.
 *
 * @example prob({ value: 0.2655, se: 0.0099 }) // => "26.6%（±1.0個百分點）"
 */
export function prob(p) {
  if (!p) return DASH
  return `${pct(p.value)}（±${(100 * p.se).toFixed(1)}個百分點）`
}

