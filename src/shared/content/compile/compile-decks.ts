import type { ComparisonTable, Deck, Topic } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { DeckFrontMatter } from '../parse/schemas/deck'
import { compileDeck } from './compile-deck'
import { checkDeck } from '../check/check-deck'

/**
 * Compiles and checks every deck against its module. Runs after modules and comparison tables
 * are compiled, because a deck's budget, red flags and table rows are checked against them.
 */
export function compileDecks(
  sources: ReadonlyMap<string, ParsedMarkdownSource<DeckFrontMatter>>,
  topics: ReadonlyMap<string, Topic>,
  comparisons: ReadonlyMap<string, ComparisonTable>,
  context: CompileContext,
): Deck[] {
  return [...sources.values()].map((source) => {
    const { meta, file, yaml } = source
    const topic = topics.get(meta.module)
    if (!topic && !context.registry.topics.has(meta.module)) {
      context.issues.add(
        file,
        yaml.lineOf(['module']),
        'module',
        `no module "${meta.module}": a deck teaches one module, resources/content/topics/${meta.module}.md`,
      )
    }
    const compiled = compileDeck(source, context, comparisons)
    const facts = topic && {
      teachingMinutes: topic.teachingMinutes,
      redFlags: topic.redFlags,
      tierOf: (id: string) => context.safety.flags.get(id)?.entry.tier,
    }
    checkDeck(source, compiled, facts, context, comparisons)
    return compiled.deck
  })
}
