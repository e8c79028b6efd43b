import type { ObservedSeries } from './observed-series'

/** An observed series with the place in its file it came from, for messages. */
export interface LocatedSeries extends ObservedSeries {
  /** line and column of the series' row (wide) or last record (long); absent for inline history */
  line?: number
  col?: number
}

/** One region of a history file: its name, its other labels (a code, say) and its series. */
export interface HistoryRegion {
  /** the label shown: the row's first non-numeric label cell, or `row N` */
  name: string
  /** every label cell of the row (names, codes), for `--region` to match */
  labels: string[]
  series: Record<string, LocatedSeries>
}

/** The observed history read from a file or a scenario. */
export interface HistoryTable {
  /** the file, as named in messages */
  file: string
  /** `wide` one row per region and a column per year, `long` a row per (year, series[, region]), `scenario` inline history */
  form: 'wide' | 'long' | 'scenario'
  regions: HistoryRegion[]
}
