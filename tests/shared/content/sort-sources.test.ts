import { describe, expect, it } from 'vitest'
import { IssueList } from '@shared/content/issues'
import { sortSources } from '@shared/content/parse/sort-sources'

const display = (path: string): string => `content/${path}`

function sorted(files: { path: string; text: string }[]) {
  const issues = new IssueList()
  return { sources: sortSources(files, display, issues), issues: issues.items }
}

describe('content files sorted by kind before anything is parsed', () => {
  it('files go to their kind by where they sit, named by file name', () => {
    const { sources, issues } = sorted([
      { path: 'topics/a.md', text: 'x' },
      { path: 'handouts/a.md', text: 'x' },
      { path: 'handouts/a.pemat.yaml', text: 'x' },
      { path: 'red-flags.yaml', text: 'x' },
      { path: 'topics/README.md', text: 'x' },
    ])
    expect(issues).toEqual([])
    expect(sources.of('topic')).toEqual([{ file: 'content/topics/a.md', name: 'a', text: 'x' }])
    // A handout's PEMAT score is not taken for a handout.
    expect(sources.of('handout').map((f) => f.file)).toEqual(['content/handouts/a.md'])
    expect(sources.of('pemat').map((f) => f.name)).toEqual(['a'])
    expect(sources.of('safety').map((f) => f.name)).toEqual(['red-flags'])
    // Notes for authors, even inside a content folder: never compiled as a module.
    expect(sources.of('readme').map((f) => f.file)).toEqual(['content/topics/README.md'])
    expect(sources.of('deck')).toEqual([])
  })

  it('a file in no known place is reported with what to do, and kept out of every kind', () => {
    const { sources, issues } = sorted([{ path: 'notes/a.md', text: 'x' }])
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'content/notes/a.md',
        line: 1,
        field: 'file',
        message: expect.stringContaining('see resources/content/README.md'),
      }),
    ])
    expect(sources.of('topic')).toEqual([])
  })

  it('a refused file (NUL bytes) is reported, not parsed, and still present by name', () => {
    const { sources, issues } = sorted([
      { path: 'topics/good.md', text: 'x' },
      { path: 'topics/bad.md', text: 'a\0b' },
    ])
    expect(issues.map((i) => i.file)).toEqual(['content/topics/bad.md'])
    expect(sources.of('topic').map((f) => f.name)).toEqual(['good'])
    // Present, so a link to it or a missing part is not reported a second time.
    expect([...sources.present('topic')].sort()).toEqual(['bad', 'good'])
    expect(sources.present('quiz').size).toBe(0)
  })
})
