/** Spaces per indentation level of JSON output. */
const jsonIndent = 2

/**
 * A result as JSON for `--json` and `.json` files: two-space indented, ending in a newline.
 * Keys keep the result's order, so the same result gives the same bytes.
 *
 * @example formatJson({ ok: true }) // => '{\n  "ok": true\n}\n'
 */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, jsonIndent) + '\n'
}
