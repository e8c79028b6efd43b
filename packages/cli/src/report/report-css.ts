/**
 * The report page's style sheet, inline in `report.html`: system fonts only (no web font, so
 * opening the page makes no request), tables and charts at the text width, and print rules for
 * A4 — margins, page numbers, no chart or table split across pages, no heading left at the foot
 * of a page.
 */
export const reportCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 15px; line-height: 1.5; color: #222; background: #fff; }
body { margin: 0; }
main { max-width: 780px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 0.4em; }
h2 { font-size: 1.25rem; margin: 2em 0 0.6em; padding-bottom: 0.2em; border-bottom: 1px solid #ccc; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 0.6em 0; }
li { margin: 0.3em 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; background: #f3f3f3; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0 1.2em; font-size: 0.85rem; break-inside: avoid; page-break-inside: avoid; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { border-bottom: 2px solid #888; font-weight: 600; }
td strong { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: 0.85rem; color: #555; margin-top: 0.3em; }
footer { margin-top: 3em; font-size: 0.8rem; color: #666; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.4em; }
  table, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`
