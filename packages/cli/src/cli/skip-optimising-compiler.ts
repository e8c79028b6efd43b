import { setFlagsFromString } from 'node:v8'

/**
 * Turns V8's optimising compiler (TurboFan) off for the rest of the process, for a command whose
 * work is over in a fraction of a second (see `ZonecastCommand.shortLived`). Such a command runs
 * its code once or a few times: TurboFan would compile the hottest functions (the YAML lexer, the
 * schema) on a second thread for code that ends before it pays off, and on a busy two-core
 * machine that thread takes the core the command needs.
 *
 * Measured on `zonecast check scenarios/jilin-2006-2010.yaml --json` (callgrind, the same
 * instructions whatever the load): 1,490 → 1,280 million instructions, `run` 1,585 → 1,348;
 * wall time on the 2-core reference machine while it was busy, median of 21 alternated runs,
 * 0.60 → 0.41 s. Drawing a chart costs more without it (6,169 → 7,089 million), as does any
 * loop over many draws or runs, so those commands keep it.
 *
 * Node documents `v8.setFlagsFromString` after start-up as without guarantee: should a future
 * Node ignore the flag, the command runs as before.
 */
export function skipOptimisingCompiler(): void {
  setFlagsFromString('--no-opt')
}
