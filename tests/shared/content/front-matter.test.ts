import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '@shared/content/parse/front-matter'
import { IssueList } from '@shared/content/issues'

const split = (text: string) => {
  const issues = new IssueList()
  return { result: splitFrontMatter(text, 'x.md', issues), issues: issues.items }
}

describe('splitFrontMatter', () => {
  it('splits the YAML from the body and says on which file line the body starts', () => {
    const { result, issues } = split('---\nid: a\ntitle: A\n---\n\n## Body\n')
    expect(issues).toEqual([])
    expect(result).toEqual({ yaml: 'id: a\ntitle: A', body: '\n## Body\n', bodyFirstLine: 5 })
  })

  it('accepts Windows line endings, a byte-order mark and spaces after the fences', () => {
    const { result } = split('\uFEFF---  \r\nid: a\r\n---\t\r\nBody')
    expect(result).toEqual({ yaml: 'id: a', body: 'Body', bodyFirstLine: 4 })
  })

  it('keeps a later horizontal rule in the body', () => {
    const { result } = split('---\nid: a\n---\nOne\n\n---\n\nTwo')
    expect(result?.body).toBe('One\n\n---\n\nTwo')
  })

  it('reports a file that does not start with a fence', () => {
    const { result, issues } = split('id: a\n---\nBody')
    expect(result).toBeNull()
    expect(issues).toEqual([
      {
        file: 'x.md',
        line: 1,
        field: 'front matter',
        message: expect.stringContaining('must start with a "---" line'),
      },
    ])
  })

  it('reports front matter that is never closed', () => {
    const { result, issues } = split('---\nid: a\n\n## Body')
    expect(result).toBeNull()
    expect(issues).toEqual([
      {
        file: 'x.md',
        line: 1,
        field: 'front matter',
        message: expect.stringContaining('not closed'),
      },
    ])
  })
})

/** The split as it was first written: every line of the file, split at "\n" or "\r\n". */
function splitByLines(text: string) {
  const fence = /^---[ \t]*$/
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!fence.test(lines[0] ?? '')) return null
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line))
  if (end === -1) return null
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyFirstLine: end + 2,
  }
}

describe('splitFrontMatter, for any text', () => {
  // Only the front matter is read line by line; the body is sliced. For any mix of fences,
  // line ends ("\n", "\r\n", a lone "\r"), byte-order marks and text, the result must be that
  // of splitting the whole file into lines.
  it('gives what splitting every line gives', () => {
    const piece = fc.constantFrom(
      '---',
      '--- ',
      '---\t',
      '----',
      ' ---',
      '\n',
      '\r\n',
      '\r',
      '\r\r\n',
      '\uFEFF',
      'id: a',
      'title: "x"',
      '## Body',
      '',
      ' ',
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: piece }, fc.string()), { maxLength: 24 }),
        (pieces) => {
          const text = pieces.join('')
          const issues = new IssueList()
          const result = splitFrontMatter(text, 'x.md', issues)
          expect(result).toEqual(splitByLines(text))
          expect(issues.items).toHaveLength(result ? 0 : 1)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
