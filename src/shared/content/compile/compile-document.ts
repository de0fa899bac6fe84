import type { Token } from 'markdown-it'
import type { Block, Section } from '../model'
import type { IssueList } from '../issues'
import { markdown, type RenderEnv } from '../../markdown'
import { notesMinutes } from '../../markdown/plugins/presenter-notes'
import { parseCompareInfo } from '../../markdown/plugins/compare-embed'
import { inlineText } from '../../markdown/inline-text'

/** A section as parsed, with its tokens kept for kind-specific checks. */
export interface ParsedSection {
  title: string
  slug: string
  /** 1-based file line of the section heading. */
  line: number
  /** Tokens between this heading and the next H2 (heading tokens excluded). */
  tokens: Token[]
  section: Section
}

export interface DocumentSource {
  file: string
  body: string
  bodyFirstLine: number
  env: RenderEnv
  issues: IssueList
}

export interface SectionRules {
  /** H2 titles that must appear, in this order. */
  required: readonly string[]
  /** Whether an H2 not in `required` is allowed (handouts allow extra question headings). */
  allowExtra?: (title: string) => boolean
}

/** Index of the token closing the container opened at `open` (same type, same level). */
function closingIndex(tokens: Token[], open: number): number {
  const closeType = tokens[open]!.type.replace(/_open$/, '_close')
  const level = tokens[open]!.level
  for (let i = open + 1; i < tokens.length; i++) {
    if (tokens[i]!.type === closeType && tokens[i]!.level === level) return i
  }
  return tokens.length - 1
}

/**
 * Parses a Markdown body into H2 sections, renders each to HTML blocks (pulling out presenter
 * notes and comparison embeds), and reports missing, extra or misordered sections.
 */
export function compileDocument(source: DocumentSource, rules: SectionRules): ParsedSection[] {
  const { file, body, bodyFirstLine, env, issues } = source
  const md = markdown()
  const tokens = md.parse(body, env)
  const fileLine = (token: Token | undefined): number => bodyFirstLine + (token?.map?.[0] ?? 0)

  const h2: number[] = []
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return
    if (token.tag === 'h1') {
      issues.add(
        file,
        fileLine(token),
        'heading',
        'use "##" for sections: the title comes from the front matter',
      )
    }
    if (token.tag === 'h2') h2.push(index)
  })
  const firstContent = tokens.findIndex((t) => t.type !== 'heading_open' || t.tag !== 'h2')
  if (tokens.length && (h2.length === 0 || (firstContent !== -1 && firstContent < h2[0]!))) {
    const token = tokens[firstContent === -1 ? 0 : firstContent]
    issues.add(file, fileLine(token), 'section', 'text must sit under a "## Section" heading')
  }

  const parsed: ParsedSection[] = h2.map((start, n) => {
    const end = h2[n + 1] ?? tokens.length
    const headingLine = tokens[start]!.map?.[0] ?? 0
    const title = inlineText(tokens[start + 1])
    const heading = env.headings.find((h) => h.level === 2 && h.line === headingLine)
    const inner = tokens.slice(start + 3, end)
    return {
      title,
      slug: heading?.slug ?? '',
      line: bodyFirstLine + headingLine,
      tokens: inner,
      section: renderSection(inner, title, heading?.slug ?? '', source),
    }
  })

  checkSectionOrder(parsed, rules, source)
  return parsed
}

function renderSection(
  tokens: Token[],
  title: string,
  slug: string,
  source: DocumentSource,
): Section {
  const { env, file, bodyFirstLine, issues } = source
  const md = markdown()
  const blocks: Block[] = []
  let notes: Section['notes'] = null
  let chunkStart = 0
  const flush = (end: number): void => {
    if (end > chunkStart) {
      const html = md.renderer.render(tokens.slice(chunkStart, end), md.options, env)
      if (html.trim()) blocks.push({ kind: 'html', html })
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type !== 'container_notes_open' && token.type !== 'container_compare_open') continue
    flush(i)
    const close = closingIndex(tokens, i)
    const html = md.renderer.render(tokens.slice(i, close + 1), md.options, env)
    if (token.type === 'container_notes_open') {
      if (notes) {
        issues.add(
          file,
          bodyFirstLine + (token.map?.[0] ?? 0),
          'notes',
          `section "${title}" has more than one presenter-notes block; merge them`,
        )
      }
      notes = { html, minutes: notesMinutes(token.info) }
    } else {
      const compare = parseCompareInfo(token.info)
      if (compare) blocks.push({ kind: 'compare', ...compare })
    }
    i = close
    chunkStart = close + 1
  }
  flush(tokens.length)
  const subheadings = tokens
    .map((token, index) => ({ token, index }))
    .filter(({ token }) => token.type === 'heading_open' && token.tag === 'h3')
    .map(({ token, index }) => {
      // The id the heading plugin set, not the line: generated headings share their directive's line.
      const id = String(token.attrGet('id') ?? '')
      const slug = id.startsWith(env.idPrefix) ? id.slice(env.idPrefix.length) : id
      return { slug, title: inlineText(tokens[index + 1]) }
    })
  return { slug, title, blocks, notes, subheadings }
}

function checkSectionOrder(
  parsed: ParsedSection[],
  rules: SectionRules,
  source: DocumentSource,
): void {
  const { file, bodyFirstLine, issues } = source
  const titles = parsed.map((p) => p.title)
  let cursor = 0
  for (const section of parsed) {
    const expected = rules.required[cursor]
    if (section.title === expected) {
      cursor++
      continue
    }
    const later = rules.required.indexOf(section.title as (typeof rules.required)[number])
    if (later > cursor) {
      for (const missing of rules.required.slice(cursor, later)) {
        if (!titles.includes(missing)) {
          issues.add(
            file,
            section.line,
            'section',
            `"## ${missing}" is missing; it belongs before "## ${section.title}"`,
          )
        }
      }
      cursor = later + 1
    } else if (later !== -1) {
      issues.add(
        file,
        section.line,
        'section',
        `"## ${section.title}" is out of order; sections go: ${rules.required.join(' · ')}`,
      )
    } else if (!rules.allowExtra?.(section.title)) {
      issues.add(
        file,
        section.line,
        'section',
        `"## ${section.title}" is not an expected section; sections are: ${rules.required.join(' · ')}`,
      )
    }
  }
  const lastLine = parsed.at(-1)?.line ?? bodyFirstLine
  for (const missing of rules.required.slice(cursor)) {
    if (!titles.includes(missing)) {
      issues.add(file, lastLine, 'section', `"## ${missing}" is missing`)
    }
  }
}
