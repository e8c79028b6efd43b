/** The formats `zonecast run --format` prints, `table` by default. */
export const runFormats = ['table', 'csv', 'json', 'md'] as const

/** One of `runFormats`. */
export type RunFormat = (typeof runFormats)[number]
