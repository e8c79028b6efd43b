import { describe, expect, it } from 'vitest'
import { textWidth } from './text-width'
import { wrapText } from './wrap-text'

describe('wrapText', () => {
  it('breaks Latin text between words within the width', () => {
    const lines = wrapText('Zone GDP growth >= 21% a year, 2006-2010', 12, 150)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150)
    expect(lines.join(' ')).toBe('Zone GDP growth >= 21% a year, 2006-2010')
  })

  it('breaks Chinese text between any two characters', () => {
    // 10 ideographs of 12 px are 120 px: 5 to a line of 60 px
    expect(wrapText('開發區地區生產總值年均', 12, 60)).toEqual(['開發區地區', '生產總值年', '均'])
  })

  it('ends the last kept line with an ellipsis', () => {
    const lines = wrapText('one two three four five six', 10, 40, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
  })
})
