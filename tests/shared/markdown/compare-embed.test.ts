import { describe, expect, it } from 'vitest'
import { parseCompareInfo } from '@shared/markdown/plugins/compare-embed'
import { lineOf, parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('compare-embed')
const resolveXref = () => ({ label: 'Cramp & its "mimics"' })
const PROBLEM = 'write "::: compare <table-id>" or "::: compare <table-id> rows=id1,id2"'

describe('comparison embeds', () => {
  const { html, env } = render(source, { resolveXref })
  const embeds = [...parseHtml(html).querySelectorAll('.pa-compare')]

  it('renders a placeholder naming the table and rows for the view to mount', () => {
    expect(embeds).toHaveLength(4)
    expect(embeds[0]!.getAttribute('data-table')).toBe('cramp-table')
    expect(embeds[0]!.getAttribute('data-rows')).toBe('cramp,fasciculation')
    expect(embeds[1]!.getAttribute('data-rows')).toBe('')
  })

  it('keeps a plain link to the table as a fallback, labelled with its escaped title', () => {
    const link = embeds[0]!.querySelector('a')!
    expect(link.getAttribute('href')).toBe('#/compare/cramp-table')
    expect(link.getAttribute('class')).toBe('pa-xref pa-xref--compare')
    expect(link.textContent).toBe('Open the comparison table: Cramp & its "mimics"')
    expect(html).toContain('Cramp &amp; its &quot;mimics&quot;')
  })

  it('labels the fallback link generically when the table is unknown', () => {
    const { html: plain } = render(source)
    expect(parseHtml(plain).querySelector('.pa-compare a')!.textContent).toBe(
      'Open the comparison table',
    )
  })

  it('records each embed with its table, rows and 0-based line', () => {
    expect(env.links).toEqual([
      {
        type: 'compare',
        tableId: 'cramp-table',
        rows: ['cramp', 'fasciculation'],
        line: lineOf(source, 'rows=cramp'),
      },
      { type: 'compare', tableId: 'cramp-table', rows: [], line: 5 },
    ])
  })

  it('marks a malformed embed as broken, without a link, and reports its line', () => {
    for (const broken of embeds.slice(2)) {
      expect(broken.getAttribute('class')).toBe('pa-compare pa-compare--broken')
      expect(broken.querySelector('a')).toBeNull()
    }
    expect(env.problems).toEqual([
      { line: lineOf(source, 'Cramp_Table'), field: 'compare', message: PROBLEM },
      { line: source.split('\n').indexOf('::: compare'), field: 'compare', message: PROBLEM },
    ])
  })

  it('does not claim other containers whose name starts with "compare"', () => {
    const { html: other, env: otherEnv } = render('::: compared x\ntext\n:::\n')
    expect(other).not.toContain('pa-compare')
    expect(otherEnv.problems).toEqual([])
  })
})

describe('parseCompareInfo', () => {
  it('reads the table id and the rows', () => {
    expect(parseCompareInfo('compare red-flag-triage rows=a,b-c')).toEqual({
      tableId: 'red-flag-triage',
      rows: ['a', 'b-c'],
    })
    expect(parseCompareInfo('  compare t  ')).toEqual({ tableId: 't', rows: [] })
    expect(parseCompareInfo('compare t rows=a,,b,')).toEqual({ tableId: 't', rows: ['a', 'b'] })
  })

  it.each([
    'compare',
    'compare Table',
    'compare t rows=',
    'compare t rows=A',
    'compare t extra',
    'compare -t',
    'compare t--x',
    'compare t" onclick="x',
  ])('refuses "%s"', (info) => {
    expect(parseCompareInfo(info)).toBeNull()
  })
})
