import { describe, expect, it } from 'vitest'
import { compileHandouts } from '@shared/content/compile/compile-handouts'
import { FIXTURE_OPTIONS, fixtureFiles, ROOT, withFile } from './fixture-corpus'

describe('the handouts alone, as the PDF service compiles them', () => {
  it('compiles every handout of the folder, and an author notes file there is not one', () => {
    const all = compileHandouts(fixtureFiles, FIXTURE_OPTIONS, ROOT)
    expect(all.issues).toEqual([])
    expect(all.handouts.length).toBeGreaterThan(0)
    const notes = withFile(fixtureFiles, 'handouts/README.md', '# Notes for authors\n')
    const withNotes = compileHandouts(notes, FIXTURE_OPTIONS, ROOT)
    expect(withNotes.issues).toEqual([])
    expect(withNotes.handouts.map((h) => h.topic)).toEqual(all.handouts.map((h) => h.topic))
  })
})
