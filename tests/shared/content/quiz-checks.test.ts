import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn } from './fixture-corpus'

const QUIZ = 'quizzes/leg-cramps.yaml'
const quizLine = (needle: string) => lineIn(fixtureFiles, QUIZ, needle)
const editQuiz = (from: string, to: string) => compile(edit(fixtureFiles, QUIZ, from, to)).issues

describe('self-check quizzes', () => {
  it('refuses a question with two correct answers, on the line of its options', () => {
    const issues = editQuiz(
      '  - text: Wrong\n    explanation: No.',
      '  - text: Wrong\n    correct: true\n    explanation: No.',
    )
    expect(issues).toEqual([
      issue(
        QUIZ,
        quizLine('- text: Right'),
        'questions.0.options',
        'has 2 correct answers; mark exactly one option with "correct: true"',
      ),
    ])
  })

  it('refuses a question with no correct answer', () => {
    const issues = editQuiz('    correct: true\n', '')
    expect(issues).toContainEqual(
      issue(QUIZ, quizLine('- text: Right'), 'questions.0.options', 'has 0 correct answers'),
    )
  })

  it('requires a case vignette that tests red-flag triage', () => {
    const issues = editQuiz('  triage: true\n', '')
    expect(issues).toEqual([
      issue(
        QUIZ,
        quizLine('- id: q1'),
        'questions',
        'needs at least one case vignette that tests red-flag triage',
      ),
    ])
  })

  it('refuses a question id used twice, on the second one', () => {
    const issues = editQuiz('- id: q2', '- id: q1')
    expect(issues).toEqual([
      issue(QUIZ, quizLine('- id: q2'), 'questions.1.id', '"q1" is used twice'),
    ])
  })

  it('requires at least five questions', () => {
    const text = fixtureFiles.find((f) => f.path === QUIZ)!.text
    const issues = editQuiz(text.slice(text.indexOf('- id: q2'), text.indexOf('- id: q5')), '')
    expect(issues).toEqual([issue(QUIZ, quizLine('- id: q1'), 'questions', /5/)])
  })

  it('requires an explanation for every option', () => {
    const issues = editQuiz('  - text: Also wrong\n    explanation: No.', '  - text: Also wrong')
    expect(issues).toContainEqual(
      issue(
        QUIZ,
        quizLine('- text: Also wrong'),
        'questions.0.options.2.explanation',
        'is required',
      ),
    )
  })

  it('reports an unknown citation in an explanation on the line of that explanation', () => {
    const issues = editQuiz('    explanation: No.', '    explanation: No [@nobody2001].')
    expect(issues).toEqual([
      issue(
        QUIZ,
        quizLine('explanation: No.'),
        'citation',
        '"nobody2001" is not in bibliography.yaml',
      ),
    ])
  })

  it('reports an unknown cross-link in a vignette', () => {
    const issues = editQuiz(
      'vignette: A person has',
      'vignette: See [[condition:gout]]. A person has',
    )
    expect(issues).toEqual([
      issue(QUIZ, quizLine('vignette:'), 'cross-link', 'unknown condition "gout"'),
    ])
  })

  it('reports a quiz whose topic does not match its file', () => {
    const issues = editQuiz('topic: leg-cramps', 'topic: back-pain')
    expect(issues).toContainEqual(
      issue(QUIZ, 1, 'id', '"back-pain" must match the file name "leg-cramps"'),
    )
  })
})
