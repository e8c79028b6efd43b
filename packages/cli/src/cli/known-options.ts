/**
 * Every option any command takes, for "did you mean --strict?" on a mistyped one. A test checks
 * this list against the options each command's `--help` shows, so it cannot go stale.
 */
export const knownOptions: readonly string[] = ['help', 'version', 'set', 'lever', 'steps', 'variants', 'probability', 'json', 'lang', 'quiet', 'strict', 'format', 'out', 'draws', 'seed', 'threads', 'kind', 'series', 'target', 'width', 'region', 'backtest', 'write-scenario', 'horizon', 'lag', 'threshold', 'force']
