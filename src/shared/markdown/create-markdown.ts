import MarkdownIt from 'markdown-it'
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it'
import safeLinks from './safe-links'
import headingIds from './plugins/heading-ids'
import tables from './plugins/tables'
import callouts from './plugins/callouts'
import presenterNotes from './plugins/presenter-notes'
import citations from './plugins/citations'
import crossLinks from './plugins/cross-links'
import compareEmbed from './plugins/compare-embed'
import safetyDirectives from './plugins/safety-directives'

/**
 * The one Markdown configuration used for all content. Raw HTML is off and images are off
 * (content never loads anything remote); links are allow-listed by `safeLinks`.
 */
export function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: true })
  md.disable('image')
  md.use(safeLinks)
  // Cross-links resolve their labels before heading ids read heading text.
  md.use(crossLinks)
  md.use(citations)
  md.use(headingIds)
  md.use(tables)
  md.use(callouts)
  md.use(presenterNotes)
  md.use(compareEmbed)
  md.use(safetyDirectives)
  return md
}

let shared: MarkdownItInstance | undefined

/** A lazily created shared instance: building markdown-it and its rules is not free. */
export function markdown(): MarkdownItInstance {
  shared ??= createMarkdown()
  return shared
}
