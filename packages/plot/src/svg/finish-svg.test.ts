import { describe, expect, it } from 'vitest'
import { tint } from '../style/palette'
import { finishSvg } from './finish-svg'
import { renumberClipIds } from './renumber-clip-ids'
import { roundAttributes } from './round-attributes'

describe('finishing an SVG', () => {
  it('numbers clip-path ids from 1 in order of appearance', () => {
    expect(renumberClipIds('<clipPath id="plot-clip-7"/><clipPath id="plot-clip-3"/><g clip-path="url(#plot-clip-7)"/>')).toBe(
      '<clipPath id="plot-clip-1"/><clipPath id="plot-clip-2"/><g clip-path="url(#plot-clip-1)"/>'
    )
  })

  it('rounds coordinates to hundredths, and leaves text alone', () => {
    expect(roundAttributes('<path d="M125.00000000000001,3.14159L-0.001,2"/><text x="1.23456">3.14159</text>')).toBe('<path d="M125,3.14L0,2"/><text x="1.23">3.14159</text>')
  })

  it('replaces currentColor with the ink and adds the XML declaration', () => {
    expect(finishSvg('<svg xmlns="http://www.w3.org/2000/svg"><g stroke="currentColor"/></svg>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><g stroke="#222222"/></svg>\n'
    )
  })

  it('mixes colours with white for the fan’s shades', () => {
    // 0x00 + (255 − 0) × 0.5 = 127.5 → 128 = 0x80; 0x72 = 114 → 184.5 → 185 = 0xb9; 0xB2 = 178 → 216.5 → 217 = 0xd9
    expect(tint('#0072B2', 0.5)).toBe('#80b9d9')
  })
})
