import { defineStore } from 'pinia'
import { reactive } from 'vue'

/** Self-check answers for this session, keyed by module and question. */
export const useQuizStore = defineStore('quiz', () => {
  const answers = reactive<Record<string, number>>({})
  const key = (topicId: string, questionId: string): string => `${topicId}/${questionId}`

  function answer(topicId: string, questionId: string, option: number): void {
    answers[key(topicId, questionId)] = option
  }

  function chosen(topicId: string, questionId: string): number | undefined {
    return answers[key(topicId, questionId)]
  }

  function reset(topicId: string): void {
    for (const k of Object.keys(answers)) if (k.startsWith(`${topicId}/`)) delete answers[k]
  }

  return { answers, answer, chosen, reset }
})
