import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { QuizQuestion } from '@shared/content/model'
import type * as QuizStore from '@renderer/stores/quiz-store'
import type * as ModuleLearning from '@renderer/learning/useModuleLearning'

/*
 * The desktop bridge and a learning record that is on: the parts of the module page's learning
 * record this file is not about are stand-ins, the quiz store and the composable are real.
 */
const recordSelfCheck = vi.fn(async () => ({ ok: true as const, value: null }))
vi.mock('@renderer/composables/useBridge', () => ({
  useBridge: () => ({ recordSelfCheck, trackLearning: async () => ({ ok: true, value: null }) }),
}))
vi.mock('@renderer/learning/learning-store', () => ({
  useLearningStore: () => ({ consent: 'on', setConsent: async () => undefined }),
}))
vi.mock('@renderer/learning/useReadingTracker', () => ({ useReadingTracker: () => undefined }))

let useQuizStore: typeof QuizStore.useQuizStore
let useModuleLearning: typeof ModuleLearning.useModuleLearning
beforeAll(async () => {
  // Renderer test files share loaded modules (isolate: false, vitest.config.mts): a file run
  // before this one in the same worker may have loaded the composable with the real bridge,
  // which is null here, and it would then record nothing. Loaded afresh, it gets the stand-ins.
  vi.resetModules()
  ;({ useQuizStore } = await import('@renderer/stores/quiz-store'))
  ;({ useModuleLearning } = await import('@renderer/learning/useModuleLearning'))
})

const question = (id: string): QuizQuestion => ({
  id,
  vignetteHtml: null,
  triage: false,
  stemHtml: `<p>${id}</p>`,
  options: [
    { html: 'right', correct: true, explanationHtml: '' },
    { html: 'wrong', correct: false, explanationHtml: '' },
  ],
})
const QUIZ = [question('q1'), question('q2')]

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  recordSelfCheck.mockClear()
})

function modulePage(questions: readonly QuizQuestion[]) {
  setActivePinia(createPinia())
  const shown = ref(questions)
  const Host = defineComponent({
    setup() {
      useModuleLearning({ moduleId: ref('leg-cramps'), section: ref(''), questions: shown })
      return () => h('div')
    },
  })
  wrapper = mount(Host)
  return { shown, quiz: useQuizStore() }
}

describe('self-checks in the learning record', () => {
  it('records a self-check when its last question is answered', async () => {
    const { quiz } = modulePage(QUIZ)
    quiz.answer('leg-cramps', 'q1', 0)
    await nextTick()
    expect(recordSelfCheck).not.toHaveBeenCalled()
    quiz.answer('leg-cramps', 'q2', 1)
    await nextTick()
    expect(recordSelfCheck).toHaveBeenCalledExactlyOnceWith({
      moduleId: 'leg-cramps',
      score: 1,
      total: 2,
    })
  })

  it('does not record it again when the questions arrive with this session’s answers', async () => {
    // Answered earlier in the session; the module is opened again and its rest loads later.
    const { shown, quiz } = modulePage([])
    quiz.answer('leg-cramps', 'q1', 0)
    quiz.answer('leg-cramps', 'q2', 0)
    await nextTick()
    shown.value = QUIZ
    await nextTick()
    expect(recordSelfCheck).not.toHaveBeenCalled()
  })
})
