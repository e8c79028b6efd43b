/** Plot's clip-path ids: `plot-clip-<n>`, n from a counter shared by the process. */
const clipId = /plot-clip-(\d+)/g

/**
 * Numbers Plot's clip-path ids 1, 2, … in order of first appearance, so the same chart has the
 * same ids whatever was drawn before it in the process.
 *
 * @example renumberClipIds('<clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)"/>') // => '<clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/>'
 */
export function renumberClipIds(svg: string): string {
  const numbers = new Map<string, number>()
  return svg.replace(clipId, (_, n: string) => {
    let k = numbers.get(n)
    if (k === undefined) numbers.set(n, (k = numbers.size + 1))
    return `plot-clip-${k}`
  })
}
