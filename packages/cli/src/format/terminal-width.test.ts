/**
 * terminalWidth stands in for string-width in the bundle (scripts/build.mjs): it must measure
 * what yargs lays out as string-width 8 does. The expected values are string-width 8's own
 * (a dev dependency, the oracle), on zonecast's whole help text and on the kinds of text a
 * terminal draws differently. Run after `pnpm build` (the help comes from the built CLI).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import terminalWidth from './terminal-width'

const bin = fileURLToPath(new URL('../../bin/zonecast.js', import.meta.url))

/** Every line of `zonecast --help` and of each command's help (the built CLI's). */
function helpLines(): string[] {
  const commands = ['', 'run', 'check', 'simulate', 'compare', 'tornado', 'sweep', 'solve', 'chart', 'report', 'calibrate', 'init']
  return commands.flatMap((command) => spawnSync(process.execPath, [bin, ...(command ? [command] : []), '--help'], { encoding: 'utf8' }).stdout.split('\n'))
}

describe('terminalWidth (string-width in the bundle)', () => {
  it("measures every line of zonecast's help as string-width 8 does", () => {
    const lines = helpLines()
    expect(lines.length).toBeGreaterThan(200)
    for (const line of lines) expect(terminalWidth(line), line).toBe(stringWidth(line))
  })

  it('agrees with string-width 8 on CJK, ambiguous, combining, control and ANSI-coloured text', () => {
    const samples = [
      '', 'GDP', '生產總值', '開發區 GDP +21%', '億元，2005年價格', '２０１０年', 'ｶﾀｶﾅ', '한국어',
      '“quoted” – ≥ ² ’', 'é', 'e\u0301', 'a\u200bb', '\u0007bell', 'tab\there', '\u001b[31mred\u001b[39m', '\u001b[1m粗體\u001b[22m',
      '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007', 'line\nbreak'
    ]
    for (const s of samples) expect(terminalWidth(s), JSON.stringify(s)).toBe(stringWidth(s))
    expect(terminalWidth(42)).toBe(0)
    expect(terminalWidth('\u001b[31mred\u001b[39m', { countAnsiEscapeCodes: true })).toBe(stringWidth('\u001b[31mred\u001b[39m', { countAnsiEscapeCodes: true }))
  })
})
