/** Characters that would start markup or end an attribute, and their entities. */
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text made safe for HTML content and quoted attributes.
 *
 * @example escapeHtml('<script>"x" & y') // => "&lt;script&gt;&quot;x&quot; &amp; y"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!)
}
