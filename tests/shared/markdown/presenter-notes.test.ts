import { describe, expect, it } from 'vitest'
import { notesMinutes } from '@shared/markdown/plugins/presenter-notes'
import { lineOf, parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('presenter-notes')

describe('presenter notes', () => {
  const { html, env } = render(source)
  const notes = [...parseHtml(html).querySelectorAll('.pa-notes')]

  it('renders each block as a labelled note that the view can hide', () => {
    expect(notes).toHaveLength(5)
    for (const note of notes) {
      expect(note.getAttribute('role')).toBe('note')
      expect(note.getAttribute('aria-label')).toBe('Presenter notes')
    }
    expect(notes[0]!.querySelector('p:not(.pa-notes__label)')!.textContent).toBe(
      'Ask the room: which hormones change?',
    )
  })

  it('records the minutes as data-minutes and shows them in the label', () => {
    expect(notes.slice(0, 3).map((n) => n.getAttribute('data-minutes'))).toEqual(['5', '12', '3'])
    expect(notes[0]!.querySelector('.pa-notes__label')!.textContent).toBe('Presenter notes · 5 min')
    expect(notes[1]!.querySelector('.pa-notes__label')!.textContent).toBe(
      'Presenter notes · 12 min',
    )
  })

  it('reports notes without a timing in minutes, each on its own line', () => {
    expect(env.problems).toEqual([
      {
        line: source.split('\n').indexOf('::: notes'),
        field: 'notes',
        message: 'presenter notes need their timing in minutes: "::: notes 5"',
      },
      {
        line: lineOf(source, '::: notes five'),
        field: 'notes',
        message: 'presenter notes need their timing in minutes: "::: notes 5"',
      },
    ])
    for (const note of notes.slice(3)) {
      expect(note.hasAttribute('data-minutes')).toBe(false)
      expect(note.querySelector('.pa-notes__label')!.textContent).toBe('Presenter notes')
    }
  })

  it('keeps the reading text outside the notes', () => {
    const topLevel = [...parseHtml(html).children].map((e) => e.tagName)
    expect(topLevel).toEqual(['H2', 'P', 'DIV', 'DIV', 'DIV', 'DIV', 'DIV'])
    expect(parseHtml(html).children[1]!.textContent).toBe('Reading text.')
  })
})

describe('notesMinutes', () => {
  it.each([
    ['notes 5', 5],
    ['notes 12 min', 12],
    ['notes 3 minutes', 3],
    ['  notes 7  ', 7],
    ['notes 120min', 120],
  ])('reads "%s" as %i minutes', (info, minutes) => {
    expect(notesMinutes(info)).toBe(minutes)
  })

  it.each(['notes', 'notes five', 'notes 5 hours', 'notes 1000', 'notes -5', 'notes 5.5'])(
    'refuses "%s"',
    (info) => {
      expect(notesMinutes(info)).toBeNull()
    },
  )
})
