import { z } from 'zod'
import { id, text } from './common'

const option = z.strictObject({
  text: text(400),
  correct: z.boolean().optional(),
  explanation: text(800),
})

const question = z
  .strictObject({
    id,
    /** A short case, for questions that test reasoning on a presentation. */
    vignette: text(1200).optional(),
    /** True when the right answer depends on recognising a red flag and its urgency. */
    triage: z.boolean().default(false),
    stem: text(400),
    options: z.array(option).min(3).max(5),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `has ${correct} correct answers; mark exactly one option with "correct: true"`,
      })
    }
  })

/** `quizzes/<topic-id>.yaml`: the module's self-check. */
export const quizFile = z
  .strictObject({ topic: id, questions: z.array(question).min(5) })
  .superRefine((quiz, ctx) => {
    if (!quiz.questions.some((q) => q.vignette && q.triage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message:
          'needs at least one case vignette that tests red-flag triage (vignette + triage: true)',
      })
    }
    const seen = new Set<string>()
    quiz.questions.forEach((q, index) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `"${q.id}" is used twice`,
        })
      }
      seen.add(q.id)
    })
  })
export type QuizFile = z.infer<typeof quizFile>
