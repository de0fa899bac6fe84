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
