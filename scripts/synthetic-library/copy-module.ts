/**
 * How one real module's files become a copy with its own id: the id fields, the title, the
 * `related` list and `[[module:…]]` cross-links are rewritten; everything else (sections,
 * citations, red flags by id, quiz, handout text, slides) is kept, so the copy is as valid and as
 * large as the module it came from.
 */
import { parseDocument, isMap, isSeq, YAMLMap } from 'yaml'
import type { SourceFile } from '../../src/shared/content/compile-content'

/** One module of the synthetic library. */
export interface Copy {
  /** The real module it is made from. */
  base: string
  /** 0 for the real module itself, then 1, 2… */
  generation: number
  id: string
}

/** The per-module files: folder, module id, and what follows the id. */
export const MODULE_FILE =
  /^(topics|quizzes|handouts|decks)\/([a-z0-9-]+)(\.pemat\.yaml|\.md|\.yaml)$/

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The text of one module file for `copy`. `siblings` maps each real module id to its copy in
 * the same generation, so cross-links stay inside a generation (a graph with cycles, as the real
 * modules link to each other).
 */
export function copyModuleFile(text: string, copy: Copy, siblings: Map<string, string>): string {
  if (copy.generation === 0) return text
  const base = escape(copy.base)
  const sibling = (id: string): string => siblings.get(id) ?? id
  return (
    text
      // The file's own id: `id:` (module), `topic:` (quiz, handout, PEMAT) or `module:` (deck).
      .replace(new RegExp(`^(id|topic|module): ${base}$`, 'm'), `$1: ${copy.id}`)
      // The first title is the file's own (quizzes have none).
      .replace(/^title: (.+)$/m, `title: $1 (synthetic ${copy.generation})`)
      .replace(
        /^related: \[(.*)\]$/m,
        (_, list: string) =>
          `related: [${list
            .split(',')
            .map((id) => sibling(id.trim()))
            .join(', ')}]`,
      )
      .replace(/\[\[module:([a-z0-9-]+)/g, (_, id: string) => `[[module:${sibling(id)}`)
  )
}

/**
 * Gives every copy (not the real modules) a row of its own in the first comparison table that
 * has a row for its base module: the same cells and sources, its own id, label and module.
 */
export function addCopyRows(files: SourceFile[], copies: Copy[]): SourceFile[] {
  const tables = files
    .filter((f) => /^comparisons\/[^/]+\.yaml$/.test(f.path))
    .map((file) => ({ file, doc: parseDocument(file.text) }))
    .filter(({ doc }) => doc.get('kind') === 'table')
  const changed = new Set<string>()
  for (const copy of copies.filter((c) => c.generation > 0)) {
    for (const { file, doc } of tables) {
      const rows = doc.get('rows')
      if (!isSeq(rows)) continue
      const template = rows.items.find((row) => {
        const modules = isMap(row) ? row.get('modules') : undefined
        return isSeq(modules) && modules.items.some((m) => String(m) === copy.base)
      })
      if (!(template instanceof YAMLMap)) continue
      const row = template.clone() as YAMLMap
      row.set('id', `${String(row.get('id'))}-${copy.id}`)
      row.set('label', `${String(row.get('label'))} (synthetic ${copy.generation})`)
      row.set('modules', doc.createNode([copy.id], { flow: true }))
      rows.items.push(row)
      changed.add(file.path)
      break
    }
  }
  return files.map((file) => {
    const table = tables.find((t) => t.file === file && changed.has(file.path))
    return table ? { path: file.path, text: table.doc.toString({ lineWidth: 0 }) } : file
  })
}
