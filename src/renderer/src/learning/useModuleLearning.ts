import { computed, ref, watch, type Ref } from 'vue'
import type { QuizQuestion } from '@shared/content/model'
import { useBridge } from '../composables/useBridge'
import { useQuizStore } from '../stores/quiz-store'
import { useLearningStore } from './learning-store'
import { useReadingTracker } from './useReadingTracker'

/**
 * The learning record's part in a module page: asks for consent the first time a module is
 * opened, then (only with consent) tracks active reading and records each finished self-check.
 */
export function useModuleLearning(options: {
  moduleId: Ref<string | null>
  section: Ref<string>
  questions: Ref<readonly QuizQuestion[]>
}) {
  const bridge = useBridge()
  const learning = useLearningStore()
  const quiz = useQuizStore()
  /** Asked in this window already (dismissed without an answer): not asked again until restart. */
  const dismissed = ref(false)
  /** The last report main refused or could not store, shown quietly under the title. */
  const problem = ref<string | null>(null)

  const recording = computed(() => bridge !== null && learning.consent === 'on')
  const askConsent = computed(
    () =>
      bridge !== null &&
      learning.consent === 'unanswered' &&
      !dismissed.value &&
      options.moduleId.value !== null,
  )

  useReadingTracker({
    moduleId: computed(() => (recording.value ? options.moduleId.value : null)),
    section: options.section,
    report(moduleId, delta) {
      void bridge?.trackLearning({ moduleId, ...delta }).then((result) => {
        problem.value = result.ok ? null : result.error.message
      })
    },
  })

  // A self-check is recorded when its last question is answered (each "Start again" begins a
  // new attempt). The quiz store keeps answers for the session, so counting them is enough.
  const answered = computed(() => {
    const id = options.moduleId.value
    if (!id) return 0
    return options.questions.value.filter((q) => quiz.chosen(id, q.id) !== undefined).length
  })
  watch([answered, options.questions], ([count, questions], [before, questionsBefore]) => {
    const id = options.moduleId.value
    // Questions arriving (the rest of a module loaded, or another module opened) are not an
    // answer, even when this session's answers already complete them.
    if (questions !== questionsBefore) return
    if (!recording.value || !id || !questions.length) return
    if (count !== questions.length || before >= questions.length) return
    const score = questions.filter((q) => q.options[quiz.chosen(id, q.id)!]?.correct).length
    void bridge
      ?.recordSelfCheck({ moduleId: id, score, total: questions.length })
      .then((result) => {
        problem.value = result.ok ? null : result.error.message
      })
  })

  return {
    recording,
    askConsent,
    problem,
    dismiss: () => (dismissed.value = true),
    answer: (consent: 'on' | 'off') => learning.setConsent(consent),
  }
}
