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
    expect(wrapText('開發區地區生產總值年均增長', 12, 60)).toEqual(['開發區地區', '生產總值年', '均增長'])
  })

  it('leaves no Chinese character alone on the last line', () => {
    // 11 ideographs at 5 a line would end in "均" alone; the line above gives it "年": 5, 4, 2
    expect(wrapText('開發區地區生產總值年均', 12, 60)).toEqual(['開發區地區', '生產總值', '年均'])
    // "年均增長10%以" is 5 × 12 + 22.56 ("10%" by textWidth) = 82.56 px, over 78: "年均增長10%" (70.56) and "以上";
    // at 83 px it would fit, leaving "上" alone, so "以" moves down: the same two lines
    expect(wrapText('年均增長10%以上', 12, 78)).toEqual(['年均增長10%', '以上'])
    expect(wrapText('年均增長10%以上', 12, 83)).toEqual(['年均增長10%', '以上'])
  })

  it('hangs closing punctuation on the line above rather than leave it alone', () => {
    // "“開發區地區”": 7 full-width characters of 12 px = 84 px; 72 px holds 6, so ” would be alone on line 2: it hangs, 84 px on one line
    expect(wrapText('“開發區地區”', 12, 72)).toEqual(['“開發區地區”'])
    // at 60 px the break falls before 區, and "區”" is no orphan: left as it is
    expect(wrapText('“開發區地區”', 12, 60)).toEqual(['“開發區地', '區”'])
  })

  it('ends the last kept line with an ellipsis', () => {
    const lines = wrapText('one two three four five six', 10, 40, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
  })
})
