import type { Block, ContentBundle, Section, SlideBlock } from '../content/model'
import { CONDITION_CATEGORIES, HORMONE_CLASSES } from '../content/labels'
import { compareHref, conditionHref, hormoneHref, moduleHref } from '../routes'
import { audienceHref } from '../present/routes'
import { htmlToText } from './html-text'
import { entryNames } from './entry-names'
import type { SearchKind } from './kinds'

/** One searchable thing: what it is, where it opens, and its words. */
export interface SearchDoc {
  /** `condition:x`, `module:x`, `section:x#slug`, `table:x`, `handout:x`, `quiz:x#q`, `slide:x#n`. */
  id: string
  kind: SearchKind
  title: string
  /** Where it lives: the module of a section, the deck of a slide, a condition's category. */
  context: string
  href: string
  /** Words to find it by that it may not say: tags, aliases, synonyms.yaml terms. */
  keywords: string
  /** Its visible text, searched and shown as the snippet. */
  text: string
  /** For a patient handout: the module whose handout panel opens. */
  handout?: string
}

const blockText = (block: Block): string => (block.kind === 'html' ? htmlToText(block.html) : '')

const sectionText = (section: Section): string =>
  [section.subheadings.map((h) => h.title).join('. '), ...section.blocks.map(blockText)]
    .filter(Boolean)
    .join(' ')

function slideBlockText(block: SlideBlock): string {
  switch (block.kind) {
    case 'html':
    case 'question':
    case 'answer':
      return htmlToText(block.html)
    case 'flow':
      return block.items.map(htmlToText).join(' ')
    case 'compare':
      return ''
  }
}

const join = (...parts: string[]): string => parts.filter(Boolean).join(' ')

/**
 * Everything a clinician might look for, one document per module, module section, reference
 * entry, comparison table, patient handout, self-check question and slide. Terms from
 * synonyms.yaml are added to the documents they point at.
 */
export function searchDocuments(bundle: ContentBundle): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const topic of bundle.topics) {
    docs.push({
      id: `module:${topic.id}`,
      kind: 'module',
      title: topic.title,
      context: 'Teaching module',
      href: moduleHref(topic.id),
      keywords: topic.tags.join('; '),
      text: topic.summary,
    })
    for (const section of topic.sections) {
      docs.push({
        id: `section:${topic.id}#${section.slug}`,
        kind: 'section',
        title: section.title,
        context: topic.title,
        href: moduleHref(topic.id, section.slug),
        keywords: '',
        text: sectionText(section),
      })
    }
    topic.quiz.forEach((question, index) => {
      docs.push({
        id: `quiz:${topic.id}#${question.id}`,
        kind: 'quiz',
        title: htmlToText(question.stemHtml),
        context: `Self-check question ${index + 1} · ${topic.title}`,
        href: moduleHref(topic.id, 'self-check'),
        keywords: '',
        text: join(
          question.vignetteHtml ? htmlToText(question.vignetteHtml) : '',
          ...question.options.map((o) => join(htmlToText(o.html), htmlToText(o.explanationHtml))),
        ),
      })
    })
  }
  for (const entry of [...bundle.conditions, ...bundle.hormones]) {
    docs.push({
      id: `${entry.kind}:${entry.id}`,
      kind: entry.kind,
      title: entry.name,
      context:
        entry.kind === 'hormone'
          ? HORMONE_CLASSES[entry.class]
          : CONDITION_CATEGORIES[entry.category],
      href: entry.kind === 'hormone' ? hormoneHref(entry.id) : conditionHref(entry.id),
      keywords: entryNames(entry).slice(1).join('; '),
      text: join(entry.summary, ...entry.sections.map(sectionText)),
    })
  }
  for (const table of bundle.comparisons) {
    docs.push({
      id: `table:${table.id}`,
      kind: 'table',
      title: table.title,
      context: 'Comparison table',
      href: compareHref(table.id),
      keywords: table.columns.map((c) => c.label).join('; '),
      text: join(
        htmlToText(table.descriptionHtml),
        ...table.rows.map((row) =>
          join(`${row.label}:`, ...Object.values(row.cells).map((cell) => cell.text)),
        ),
      ),
    })
  }
  for (const handout of bundle.handouts) {
    docs.push({
      id: `handout:${handout.topic}`,
      kind: 'handout',
      title: handout.title,
      context: 'Patient handout',
      href: moduleHref(handout.topic),
      keywords: '',
      text: join(
        handout.summary,
        ...handout.sections.map((s) => join(s.title, htmlToText(s.html))),
        ...handout.help.flatMap((tier) => [tier.action, ...tier.items.map((i) => i.text)]),
        ...handout.checklist,
        ...handout.questions,
      ),
      handout: handout.topic,
    })
  }
  for (const deck of bundle.decks) {
    deck.slides.forEach((slide, index) => {
      // The generated references slides are lists of citations: noise for search.
      if (slide.kind === 'references') return
      docs.push({
        id: `slide:${deck.id}#${index + 1}`,
        kind: 'slide',
        title: slide.title,
        context: `Slide ${index + 1} · ${deck.title}`,
        href: audienceHref({ kind: 'deck', id: deck.id }, index + 1),
        keywords: slide.section,
        // What the slide shows; its presenter notes retell the module, which has its own hits.
        text: join(...slide.blocks.map(slideBlockText)),
      })
    })
  }
  addSynonyms(docs, bundle)
  return docs
}

/**
 * The document a synonyms.yaml target names (`compare:x` is the table, `module:x#s` the module
 * section that holds heading `s`), or undefined. Targets are checked when content compiles.
 */
export function targetDocId(target: string, bundle: ContentBundle): string | undefined {
  const match = /^([a-z]+):([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(target)
  if (!match) return undefined
  const [, kind, id, slug] = match as unknown as [string, string, string, string | undefined]
  if (kind === 'compare') return `table:${id}`
  if (kind !== 'module' || !slug) return `${kind}:${id}`
  const section = bundle.topics
    .find((t) => t.id === id)
    ?.sections.find((s) => s.slug === slug || s.subheadings.some((h) => h.slug === slug))
  return section && `section:${id}#${section.slug}`
}

function addSynonyms(docs: SearchDoc[], bundle: ContentBundle): void {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  for (const group of bundle.synonyms.groups) {
    for (const target of group.find) {
      const doc = byId.get(targetDocId(target, bundle) ?? '')
      if (doc) doc.keywords = [doc.keywords, group.means, ...group.terms].filter(Boolean).join('; ')
    }
  }
}
