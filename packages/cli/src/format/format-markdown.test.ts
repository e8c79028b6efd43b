import { describe, expect, it } from 'vitest'
import { escapeMarkdown, formatMarkdownTable } from './format-markdown'

describe('formatMarkdownTable', () => {
  it('writes a pipe table with right-aligned number columns', () => {
    const md = formatMarkdownTable({ header: ['series', '2005'], rows: [['GDP', '1,227.79']], align: ['left', 'right'] })
    expect(md).toBe('| series | 2005 |\n| --- | --: |\n| GDP | 1,227.79 |\n')
  })

  it('keeps pipes, backslashes and line breaks inside their cell', () => {
    const md = formatMarkdownTable({ header: ['a'], rows: [['x | y\nz \\ w']] })
    expect(md.split('\n')[2]).toBe('| x \\| y z \\\\ w |')
  })
})

describe('escapeMarkdown', () => {
  it('escapes markup characters and joins lines', () => {
    expect(escapeMarkdown('share *of* region_gdp\n# not a heading')).toBe('share \\*of\\* region\\_gdp \\# not a heading')
    expect(escapeMarkdown('吉林省開發區“十一五”規劃')).toBe('吉林省開發區“十一五”規劃')
  })
})
