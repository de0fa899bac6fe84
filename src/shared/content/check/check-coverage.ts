import type { CompileContext } from '../context'
import type { Backlink, ContentBundle } from '../model'
import { moduleHref } from '../../routes'

/** Every bibliography entry is cited somewhere; otherwise it is dead weight or a lost citation. */
export function checkBibliographyUse(
  context: CompileContext,
  bibliographyFile: string,
  lineOfKey: (key: string) => number,
): void {
  const cited = new Set(
    context.ledger.references.flatMap((r) => (r.type === 'citation' ? [r.key] : [])),
  )
  for (const key of context.bibliography.keys()) {
    if (!cited.has(key)) {
      context.issues.add(
        bibliographyFile,
        lineOfKey(key),
        'bibliography',
        `"${key}" is never cited; cite it or remove it`,
      )
    }
  }
}

/**
 * "Mentioned in" for each hormone and condition: module sections, tables and other entries
 * that link to it. A module that only lists it in front matter links to the module itself.
 */
export function computeBacklinks(
  context: CompileContext,
  bundle: Pick<ContentBundle, 'topics'>,
): Record<string, Backlink[]> {
  const backlinks: Record<string, Backlink[]> = {}
  // What each entry's list already holds, so that adding stays linear in a large library
  // (an entry many modules link to has a long list).
  const seen = new Map<string, { places: Set<string>; contexts: Set<string> }>()
  const add = (key: string, link: Backlink): void => {
    const list = (backlinks[key] ??= [])
    let held = seen.get(key)
    if (!held) seen.set(key, (held = { places: new Set(), contexts: new Set() }))
    const place = `${link.href}\0${link.label}`
    if (held.places.has(place)) return
    held.places.add(place)
    held.contexts.add(link.context)
    list.push(link)
  }
  for (const ref of context.ledger.references) {
    if (ref.type !== 'xref') continue
    const { kind, id } = ref.target
    if (kind !== 'hormone' && kind !== 'condition') continue
    if (ref.site.from === 'handout') continue
    // An entry linking to itself is not a mention.
    if (ref.site.href.endsWith(`/${id}`) && ref.site.from === 'reference') continue
    add(`${kind}:${id}`, { href: ref.site.href, label: ref.site.label, context: ref.site.context })
  }
  for (const topic of bundle.topics) {
    for (const [kind, ids] of [
      ['hormone', topic.hormones],
      ['condition', topic.conditions],
    ] as const) {
      for (const id of ids) {
        const key = `${kind}:${id}`
        if (!seen.get(key)?.contexts.has(topic.title)) {
          add(key, { href: moduleHref(topic.id), label: 'Module overview', context: topic.title })
        }
      }
    }
  }
  return backlinks
}

/** Each hormone and condition must be reachable from a module or a comparison table. */
export function checkEntriesLinked(
  context: CompileContext,
  bundle: Pick<ContentBundle, 'topics' | 'hormones' | 'conditions'>,
  fileOf: (kind: 'hormone' | 'condition', id: string) => string,
): void {
  const linked = new Set<string>()
  for (const ref of context.ledger.references) {
    if (ref.type === 'xref' && (ref.site.from === 'module' || ref.site.from === 'table')) {
      linked.add(`${ref.target.kind}:${ref.target.id}`)
    }
  }
  for (const topic of bundle.topics) {
    topic.hormones.forEach((id) => linked.add(`hormone:${id}`))
    topic.conditions.forEach((id) => linked.add(`condition:${id}`))
  }
  for (const entry of [...bundle.hormones, ...bundle.conditions]) {
    if (!linked.has(`${entry.kind}:${entry.id}`)) {
      context.issues.add(
        fileOf(entry.kind, entry.id),
        2,
        'links',
        `no module or comparison table links to ${entry.kind} "${entry.id}"; link it with [[${entry.kind}:${entry.id}]] or list it in a module's front matter`,
      )
    }
  }
}
