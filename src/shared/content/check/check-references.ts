import type { CompileContext } from '../context'
import type { ComparisonTable, Topic } from '../model'

/**
 * Checks every located citation, cross-link and comparison embed against what exists, and
 * reports each broken one on the line it was written.
 */
export function checkReferences(
  context: CompileContext,
  topics: Map<string, Topic>,
  comparisons: Map<string, ComparisonTable>,
): void {
  const { issues, ledger, bibliography, registry } = context
  // Section slugs a link may name, per module, made when a link first names one.
  const sectionsOf = new Map<Topic, Set<string>>()
  const linkable = (topic: Topic): Set<string> => {
    let slugs = sectionsOf.get(topic)
    if (!slugs) {
      slugs = new Set(topic.sections.flatMap((s) => [s.slug, ...s.subheadings.map((h) => h.slug)]))
      slugs.add('references')
      sectionsOf.set(topic, slugs)
    }
    return slugs
  }
  for (const ref of ledger.references) {
    const { file, line } = ref.site
    if (ref.type === 'citation') {
      if (!bibliography.has(ref.key)) {
        issues.add(
          file,
          line,
          'citation',
          `"${ref.key}" is not in bibliography.yaml; add it there or fix the key`,
        )
      }
      continue
    }
    if (ref.type === 'compare') {
      const table = comparisons.get(ref.tableId)
      if (!table) {
        // A table that exists but failed validation has already been reported.
        if (!registry.comparisons.has(ref.tableId)) {
          issues.add(file, line, 'compare', `no comparison table "${ref.tableId}" in comparisons/`)
        }
        continue
      }
      const rowIds = new Set(table.rows.map((r) => r.id))
      for (const row of ref.rows.filter((r) => !rowIds.has(r))) {
        issues.add(file, line, 'compare', `table "${ref.tableId}" has no row "${row}"`)
      }
      continue
    }
    if (ref.type !== 'xref') continue
    const { kind, id, section } = ref.target
    const known = {
      module: registry.topics,
      hormone: registry.hormones,
      condition: registry.conditions,
      compare: registry.comparisons,
    }[kind]
    if (!known) {
      issues.add(
        file,
        line,
        'cross-link',
        `"[[${kind}]]" is not a cross-link; write [[module:id]], [[hormone:id]], [[condition:id]] or [[compare:id]]`,
      )
    } else if (!known.has(id)) {
      issues.add(file, line, 'cross-link', `unknown ${kind} "${id}"`)
    } else if (section && kind === 'module') {
      const topic = topics.get(id)
      if (topic && !linkable(topic).has(section)) {
        issues.add(file, line, 'cross-link', `module "${id}" has no section "${section}"`)
      }
    }
  }
}
