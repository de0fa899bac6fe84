import { describe, expect, it } from 'vitest'
import { parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('tables')

describe('tables', () => {
  const { html } = render(source)
  const dom = parseHtml(html)
  const tables = [...dom.querySelectorAll('table')]

  it('wraps every table in a focusable scroll region that holds only the table', () => {
    expect(tables).toHaveLength(3)
    for (const table of tables) {
      const wrap = table.parentElement!
      expect(wrap.tagName).toBe('DIV')
      expect(wrap.getAttribute('class')).toBe('pa-table-wrap')
      expect(wrap.getAttribute('role')).toBe('region')
      expect(wrap.getAttribute('tabindex')).toBe('0')
      expect(wrap.children).toHaveLength(1)
    }
  })

  it('labels each region with the text of the heading the table sits under', () => {
    const labels = tables.map((t) => t.parentElement!.getAttribute('aria-label'))
    // The typographer turns the straight quotes into curly ones, as in the heading itself.
    expect(labels).toEqual(['Table', 'Table: Causes & “mimics”', 'Table: Red flags'])
  })

  it('escapes the heading text it copies into the label', () => {
    expect(html).toContain('aria-label="Table: Causes &amp; “mimics”"')
    const hostile = render('## "><img src=x onerror=alert(1)>\n\n| a |\n| - |\n| b |\n').html
    expect(hostile).not.toContain('<img')
    const wrap = parseHtml(hostile).querySelector('.pa-table-wrap')!
    expect(wrap.getAttribute('aria-label')).toBe('Table: "><img src=x onerror=alert(1)>')
    expect(wrap.attributes).toHaveLength(4)
  })

  it('uses a resolved cross-link label from the heading in the table label', () => {
    const { html: withXref } = render(
      '## Compared with [[condition:muscle-cramp]]\n\n| a |\n| - |\n| b |\n',
      {
        resolveXref: () => ({ label: 'Muscle cramp' }),
      },
    )
    expect(parseHtml(withXref).querySelector('.pa-table-wrap')!.getAttribute('aria-label')).toBe(
      'Table: Compared with Muscle cramp',
    )
  })

  it('keeps the table cells as ordinary header and data cells', () => {
    const second = tables[1]!
    expect([...second.querySelectorAll('th')].map((c) => c.textContent)).toEqual([
      'Condition',
      'Refer to',
    ])
    expect([...second.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['Cramp', 'GP'])
  })
})
