// Prints vitest's totals as one plain closing line ("N passed, N failed"), the form CI reads,
// from the JSON report `pnpm test` asks vitest to write; exits 1 when any test failed.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const passed = report.numPassedTests ?? 0
const failed = report.numFailedTests ?? 0
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exitCode = failed > 0 || !report.success ? 1 : 0
