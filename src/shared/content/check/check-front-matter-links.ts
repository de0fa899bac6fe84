import type { CompileContext, Registry } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { TopicFrontMatter } from '../parse/schemas/topic'

/** A module's related modules, hormones and conditions exist, and it is not related to itself. */
export function checkFrontMatterLinks(
  source: ParsedMarkdownSource<TopicFrontMatter>,
  registry: Registry,
  context: CompileContext,
): void {
  const { meta, file, yaml } = source
  const lists = [
    ['related', registry.topics, 'module'],
    ['hormones', registry.hormones, 'hormone'],
    ['conditions', registry.conditions, 'condition'],
  ] as const
  for (const [field, known, noun] of lists) {
    meta[field].forEach((id, index) => {
      if (!known.has(id))
        context.issues.add(file, yaml.lineOf([field, index]), field, `unknown ${noun} "${id}"`)
      if (field === 'related' && id === meta.id)
        context.issues.add(
          file,
          yaml.lineOf([field, index]),
          field,
          'a module cannot be related to itself',
        )
    })
  }
}
