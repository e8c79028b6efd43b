/** Curly quotes and the straight ones English charts draw instead. */
const straight: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '“': '"', '”': '"' }
const curly = /[‘’“”]/g

/**
 * A chart's text, or every string of a chart's data, with curly quotes made straight: what
 * English charts draw. The PNG renderer draws with one Chinese-capable font, whose curly quotes
 * are full-width (a wide gap each side of a quoted English title), and `textWidth` lays them
 * out a full em wide for that reason; straight quotes are narrow in every font, so an English
 * chart's SVG and PNG lay out alike and look alike. Chinese charts keep their “” (full width, as
 * Chinese typesetting wants).
 *
 * @param value a string, or arrays and plain objects of them (numbers and the like are kept)
 * @example straightQuotes('What moves “GDP”') // => 'What moves "GDP"'
 * @example straightQuotes({ label: 'the city’s GDP', year: 2020 }) // => { label: "the city's GDP", year: 2020 }
 */
export function straightQuotes<T>(value: T): T {
  if (typeof value === 'string') return value.replace(curly, (q) => straight[q] ?? q) as T
  if (Array.isArray(value)) return value.map((v: unknown) => straightQuotes(v)) as T
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, straightQuotes(v)])) as T
  return value
}
