import type { CheckResult } from '@zonecast/core'
import { exitCodes } from '../cli/exit-codes'

/**
 * The exit code of `zonecast check` (shared/INTERFACE.md "Exit codes"): 0 when the result is
 * `ok` (every target met, no error finding) and, with `strict`, no finding is a warning; else 1.
 *
 * @example checkExitCode({ ok: true, findings: [{ severity: 'warning', ... }], ... }, true) // => 1
 */
export function checkExitCode(result: Pick<CheckResult, 'ok' | 'findings'>, strict: boolean): number {
  if (!result.ok) return exitCodes.checkFailed
  if (strict && result.findings.some((f) => f.severity === 'warning')) return exitCodes.checkFailed
  return exitCodes.ok
}
