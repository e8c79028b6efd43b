/** A label to place on a vertical line: where it wants to be and how tall it is, in pixels. */
export interface DodgeItem {
  /** the wanted centre */
  y: number
  /** the label's height */
  height: number
}

/**
 * Moves labels apart vertically so that none overlaps another, each as close to where it wants to
 * be as the others allow, all within [top, bottom]: one pass down pushes overlapping labels
 * below their neighbours, one pass up pulls back what fell off the bottom. Labels keep their
 * order by wanted position. Returns the new centres in the input's order.
 *
 * @param items labels with their wanted centres
 * @param top the highest centre's bound (pixels grow downwards)
 * @param gap space between two labels
 * @example dodgeLabels([{ y: 100, height: 14 }, { y: 104, height: 14 }], 0, 300, 2) // => [94, 110]
 */
export function dodgeLabels(items: readonly DodgeItem[], top: number, bottom: number, gap = 2): number[] {
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  // centre the whole group on its wanted positions first, so a pair splits evenly
  const placed = order.map((o) => o.y)
  for (let pass = 0; pass < order.length; pass++) {
    let moved = false
    for (let k = 1; k < order.length; k++) {
      const need = (order[k - 1]!.height + order[k]!.height) / 2 + gap
      const overlap = placed[k - 1]! + need - placed[k]!
      if (overlap > 0.01) {
        placed[k - 1]! -= overlap / 2
        placed[k]! += overlap / 2
        moved = true
      }
    }
    if (!moved) break
  }
  // keep within bounds: push down from the top, then up from the bottom
  for (let k = 0; k < order.length; k++) {
    const min = k === 0 ? top + order[k]!.height / 2 : placed[k - 1]! + (order[k - 1]!.height + order[k]!.height) / 2 + gap
    placed[k] = Math.max(placed[k]!, min)
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const max = k === order.length - 1 ? bottom - order[k]!.height / 2 : placed[k + 1]! - (order[k + 1]!.height + order[k]!.height) / 2 - gap
    placed[k] = Math.min(placed[k]!, max)
  }
  const out = new Array<number>(items.length)
  order.forEach((o, k) => (out[o.i] = placed[k]!))
  return out
}
