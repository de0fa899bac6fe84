import type { QuizQuestion } from '../model'
import type { CompileContext } from '../context'
import type { ParsedYamlSource } from '../parse/parse-source'
import type { QuizFile } from '../parse/schemas/quiz'
import type { TopicFrontMatter } from '../parse/schemas/topic'
import type { RenderEnv } from '../../markdown'
import { renderBlockTracked, renderInlineTracked } from './render-inline'
import { moduleHref } from '../../routes'

/**
 * Renders a module's self-check with the module's env, so a citation in an explanation gets
 * the module's next reference number, and locates every reference on its quiz-file line.
 */
export function compileQuiz(
  quiz: ParsedYamlSource<QuizFile>,
  meta: TopicFrontMatter,
  env: RenderEnv,
  context: CompileContext,
): QuizQuestion[] {
  const { file, data, yaml } = quiz
  const { issues, ledger } = context
  if (data.topic !== meta.id) {
    issues.add(
      file,
      yaml.lineOf(['topic']),
      'topic',
      `is "${data.topic}" but the file belongs to module "${meta.id}"`,
    )
  }
  const render = (text: string, path: (string | number)[], block = false): string => {
    const result = block ? renderBlockTracked(text, env) : renderInlineTracked(text, env)
    const line = yaml.lineOf(path)
    for (const reference of result.references) {
      ledger.add(reference, {
        file,
        line,
        href: moduleHref(meta.id, 'self-check'),
        label: 'Self-check',
        context: meta.title,
        from: 'module',
      })
    }
    for (const problem of result.problems) issues.add(file, line, problem.field, problem.message)
    return result.html
  }
  return data.questions.map((question, q) => ({
    id: question.id,
    triage: question.triage,
    vignetteHtml: question.vignette
      ? render(question.vignette, ['questions', q, 'vignette'], true)
      : null,
    stemHtml: render(question.stem, ['questions', q, 'stem']),
    options: question.options.map((option, o) => ({
      html: render(option.text, ['questions', q, 'options', o, 'text']),
      correct: option.correct === true,
      explanationHtml: render(option.explanation, ['questions', q, 'options', o, 'explanation']),
    })),
  }))
}
