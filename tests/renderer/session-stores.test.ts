// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useQuizStore } from '@renderer/stores/quiz-store'
import { useTableStore } from '@renderer/stores/table-store'

beforeEach(() => setActivePinia(createPinia()))

describe('quiz store', () => {
  it('remembers the chosen option per topic and question', () => {
    const quiz = useQuizStore()
    quiz.answer('leg-cramps', 'q1', 2)
    quiz.answer('leg-cramps', 'q2', 0)
    quiz.answer('back-pain', 'q1', 1)
    expect(quiz.chosen('leg-cramps', 'q1')).toBe(2)
    expect(quiz.chosen('leg-cramps', 'q2')).toBe(0)
    expect(quiz.chosen('back-pain', 'q1')).toBe(1)
    expect(quiz.chosen('back-pain', 'q2')).toBeUndefined()
  })

  it('keeps the latest answer when a question is answered again', () => {
    const quiz = useQuizStore()
    quiz.answer('leg-cramps', 'q1', 2)
    quiz.answer('leg-cramps', 'q1', 1)
    expect(quiz.chosen('leg-cramps', 'q1')).toBe(1)
  })

  it('resets one topic only, even a topic whose id starts the same', () => {
    const quiz = useQuizStore()
    quiz.answer('leg', 'q1', 1)
    quiz.answer('leg-cramps', 'q1', 2)
    quiz.reset('leg')
    expect(quiz.chosen('leg', 'q1')).toBeUndefined()
    expect(quiz.chosen('leg-cramps', 'q1')).toBe(2)
  })

  it('lasts for the session only: a new Pinia starts empty', () => {
    useQuizStore().answer('leg-cramps', 'q1', 2)
    setActivePinia(createPinia())
    expect(useQuizStore().chosen('leg-cramps', 'q1')).toBeUndefined()
  })
})

describe('table store', () => {
  it('starts a table unsorted, with nothing hidden, pinned, filtered or selected', () => {
    expect(useTableStore().state('cramp-table')).toEqual({
      sort: null,
      hidden: [],
      pinned: [],
      filter: '',
      selected: [],
    })
  })

  it('returns the same state for the same table and scope, and separate state otherwise', () => {
    const tables = useTableStore()
    const full = tables.state('cramp-table')
    full.filter = 'calf'
    full.pinned.push('cramp')
    expect(tables.state('cramp-table')).toMatchObject({ filter: 'calf', pinned: ['cramp'] })
    expect(tables.state('cramp-table', 'full')).toBe(full)
    expect(tables.state('cramp-table', 'rows:cramp').filter).toBe('')
    expect(tables.state('other-table').filter).toBe('')
  })

  it('resets one table and scope to the defaults, leaving the others', () => {
    const tables = useTableStore()
    tables.state('cramp-table').filter = 'calf'
    tables.state('cramp-table', 'rows:cramp').filter = 'twitch'
    tables.reset('cramp-table')
    expect(tables.state('cramp-table').filter).toBe('')
    expect(tables.state('cramp-table', 'rows:cramp').filter).toBe('twitch')
  })
})
