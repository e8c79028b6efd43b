import { InputError } from '../errors'
import { didYouMean } from '../util/did-you-mean'
import type { HistoryRegion, HistoryTable } from './history-table'
import { provinceEnglish, shortProvinceName } from './province-names'

/**
 * Finds the region a user named (`--region`, or `history.region`) among a file's rows: by any
 * label (name or code) exactly, by the name without its suffix (吉林 for 吉林省), by the English
 * name of a province (Jilin), or by an administrative code with or without trailing zeros
 * (22, 220000, 220000000). Case and spaces do not matter. O(regions).
 *
 * @param table the file's regions
 * @param query what the user typed
 * @throws InputError naming the file when no row matches, with a did-you-mean when one is close
 * @example selectRegion(table, "Jilin").name // => "吉林省"
 */
export function selectRegion(table: HistoryTable, query: string): HistoryRegion {
  const q = normalise(query)
  const tests: ((r: HistoryRegion) => boolean)[] = [
    (r) => r.labels.some((l) => normalise(l) === q),
    (r) => r.labels.some((l) => normalise(shortProvinceName(l)) === normalise(shortProvinceName(query))),
    (r) => normalise(provinceEnglish(r.labels) ?? '\u0000') === q,
    (r) => /^\d+$/.test(q) && r.labels.some((l) => /^\d+$/.test(l) && l.replace(/0+$/, '') === q.replace(/0+$/, ''))
  ]
  for (const test of tests) {
    const hits = table.regions.filter(test)
    if (hits.length === 1) return hits[0]!
    if (hits.length > 1) throw new InputError([{ file: table.file, path: [], message: `region "${query}" matches ${hits.length} rows (${hits.map((h) => h.name).join(', ')})`, hint: 'give the full name or the code' }])
  }
  const known = table.regions.flatMap((r) => [r.name, ...(provinceEnglish(r.labels) ? [provinceEnglish(r.labels)!] : [])])
  const best = didYouMean(query, known)
  const listed = table.regions.length <= 8 ? `the regions are ${table.regions.map((r) => `"${r.name}"`).join(', ')}` : `${table.regions.length} regions, e.g. "${table.regions[0]?.name}"`
  throw new InputError([{ file: table.file, path: [], message: `no region "${query}"`, hint: best !== undefined ? `did you mean "${best}"?` : `${listed}; give a name or a code from the file` }])
}

/**
 * A region's display name: its label, with the English name of a province when known.
 *
 * @example regionTitle({ name: "吉林省", labels: ["220000000", "吉林省"], series: {} }) // => "吉林省 (Jilin)"
 */
export function regionTitle(r: HistoryRegion): string {
  const en = provinceEnglish(r.labels)
  return en && en !== r.name ? `${r.name} (${en})` : r.name
}

// lower case without spaces, hyphens and the words "province", "city"
function normalise(s: string): string {
  return s.toLowerCase().replace(/\b(province|city|municipality|autonomous region)\b/g, '').replace(/[\s\-_]+/g, '')
}
