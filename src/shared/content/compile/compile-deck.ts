import type { Token } from 'markdown-it'
import type { ComparisonTable, Deck, Slide, SlideBlock, SlideKind } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { DeckFrontMatter } from '../parse/schemas/deck'
import type { ContentReference, RenderEnv } from '../../markdown'
import { documentEnv } from '../context'
import { deckMarkdown, parseSlideCompare } from './deck-markdown'
import { slideRedFlags } from './slide-red-flags'
import { buildReferences } from './bibliography'
import { reportProblems } from './ledger'
import { notesMinutes } from '../../markdown/plugins/presenter-notes'
import { safetyOf } from '../../markdown/plugins/safety-directives'
import { inlineText } from '../../markdown/inline-text'
import { slugify } from '../../text/slugify'
import { referencePages, referencesHtml, referencesTitle } from '../../present/reference-pages'
import { audienceHref } from '../../present/routes'

/** A slide as compiled, with its tokens kept for the deck checks. */
export interface ParsedSlide {
  slide: Slide
  /** 1-based file line of the slide's `##` heading. */
  line: number
  /** Tokens of the slide body (heading excluded). */
  tokens: Token[]
  /** How many `::: notes` blocks the slide has (exactly one is right). */
  notesCount: number
}

export interface CompiledDeck {
  deck: Deck
  slides: ParsedSlide[]
  /** Cross-links the deck makes, checked against the registry by the deck checks. */
  xrefs: ContentReference[]
  toFileLine: (line: number) => number
}

/** Index of the token closing the container opened at `open` (same type, same level). */
function closingIndex(tokens: readonly Token[], open: number): number {
  const closeType = tokens[open]!.type.replace(/_open$/, '_close')
  const level = tokens[open]!.level
  for (let i = open + 1; i < tokens.length; i++) {
    if (tokens[i]!.type === closeType && tokens[i]!.level === level) return i
  }
  return tokens.length - 1
}

/** The env of one deck: module rendering, but red flags print as short titles by tier. */
function deckEnv(context: CompileContext): RenderEnv {
  const env = documentEnv(context)
  const clinician = env.expandSafety!
  env.expandSafety = (directive) =>
    directive.name === 'red-flags'
      ? slideRedFlags(context.safety, directive, env.problems)
      : clinician(directive)
  return env
}

interface SlideRange {
  title: string
  section: string
  headingLine: number
  body: Token[]
}

/** Splits the body into `# Section` groups of `## Slide` ranges, reporting stray text. */
function slideRanges(
  tokens: Token[],
  report: (token: Token | undefined, field: string, message: string) => void,
): SlideRange[] {
  const ranges: SlideRange[] = []
  let section: string | null = null
  let strayReported = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type === 'heading_open' && token.tag === 'h1') {
      section = inlineText(tokens[i + 1])
      i += 2
      continue
    }
    if (token.type === 'heading_open' && token.tag === 'h2') {
      if (section === null) report(token, 'section', 'put slides under a "# Section" heading')
      let end = i + 3
      while (
        end < tokens.length &&
        !(tokens[end]!.type === 'heading_open' && ['h1', 'h2'].includes(tokens[end]!.tag))
      )
        end++
      ranges.push({
        title: inlineText(tokens[i + 1]),
        section: section ?? '',
        headingLine: token.map?.[0] ?? 0,
        body: tokens.slice(i + 3, end),
      })
      i = end - 1
      continue
    }
    if (!strayReported) {
      report(token, 'slide', 'text must sit on a slide: start each slide with "## Slide title"')
      strayReported = true
    }
  }
  return ranges
}

/** Bibliography keys cited in `tokens`, in order of first use. */
function citedKeys(tokens: readonly Token[]): string[] {
  const keys = tokens.flatMap((t) =>
    (t.children ?? []).flatMap((c) =>
      c.type === 'citation' ? (c.meta as { keys: string[] }).keys : [],
    ),
  )
  return [...new Set(keys)]
}

function kindOf(blocks: SlideBlock[], body: readonly Token[]): SlideKind {
  const has = (type: string) => body.some((t) => t.type === type)
  if (blocks.some((b) => b.kind === 'question')) return 'question'
  if (blocks.some((b) => b.kind === 'compare')) return 'compare'
  if (blocks.some((b) => b.kind === 'flow')) return 'figure'
  if (body.some((t) => safetyOf(t)?.name === 'red-flags')) return 'red-flags'
  if (has('container_title_open')) return 'title'
  if (has('container_vignette_open')) return 'vignette'
  return 'content'
}

/**
 * Compiles a deck file into slides: each `## Slide` under its `# Section`, its body rendered to
 * blocks (reveals, comparison rows and flow diagrams pulled out for the views), its notes and
 * budget kept for the presenter, then generated references slides. Citations go into the
 * ledger so they are checked like the module's.
 */
export function compileDeck(
  source: ParsedMarkdownSource<DeckFrontMatter>,
  context: CompileContext,
  comparisons: ReadonlyMap<string, ComparisonTable>,
): CompiledDeck {
  const { file, meta, split } = source
  const { issues, ledger } = context
  const md = deckMarkdown()
  const env = deckEnv(context)
  const toFileLine = (line: number): number => split.bodyFirstLine + line
  const report = (token: Token | undefined, field: string, message: string) =>
    issues.add(file, toFileLine(token?.map?.[0] ?? 0), field, message)
  // Heading ids are for a module's deep links; on slides they would repeat wherever one slide
  // shows twice (the current slide and its overview thumbnail).
  const render = (tokens: Token[]): string =>
    md.renderer.render(tokens, md.options, env).replace(/ id="pa-[a-z0-9-]*"/g, '')
  const tokens = md.parse(split.body, env)

  const usedIds = new Set<string>()
  const slides: ParsedSlide[] = slideRanges(tokens, report).map((range) => {
    const blocks: SlideBlock[] = []
    let notesHtml = ''
    let cautionsHtml = ''
    let minutes: number | null = null
    let notesCount = 0
    const extraCites: string[] = []
    let chunk: Token[] = []
    const flush = () => {
      const html = chunk.length ? render(chunk) : ''
      if (html.trim()) blocks.push({ kind: 'html', html })
      chunk = []
    }
    const body = range.body
    for (let i = 0; i < body.length; i++) {
      const token = body[i]!
      const directive = safetyOf(token)
      // Medicine cautions belong to the presenter: they print with the notes and the script.
      if (directive?.name === 'cautions') {
        let end = i
        while (end + 1 < body.length && safetyOf(body[end + 1]!) === directive) end++
        cautionsHtml += render(body.slice(i, end + 1))
        i = end
        continue
      }
      const special = /^container_(notes|question|answer|compare|flow)_open$/.exec(token.type)
      if (!special) {
        chunk.push(token)
        continue
      }
      flush()
      const close = closingIndex(body, i)
      const inner = body.slice(i + 1, close)
      const name = special[1]!
      if (name === 'notes') {
        notesCount++
        notesHtml = render(inner)
        minutes = notesMinutes(token.info)
      } else if (name === 'question' || name === 'answer') {
        blocks.push({ kind: name, html: render(inner) })
      } else if (name === 'compare') {
        const compare = parseSlideCompare(token.info)
        if (!compare) {
          report(token, 'compare', 'write "::: compare <table-id> rows=a,b,c cols=x,y"')
        } else {
          const table = comparisons.get(compare.tableId)
          const rows = compare.rows.length ? compare.rows : (table?.rows.map((r) => r.id) ?? [])
          const columns = compare.columns.length
            ? compare.columns
            : (table?.columns.slice(0, 2).map((c) => c.id) ?? [])
          // The table's own sources for these rows join the deck's references.
          const citesHtml: Record<string, string> = {}
          for (const id of rows) {
            const keys = (table?.rows.find((r) => r.id === id)?.cite ?? [])
              .map((n) => table?.references[n - 1]?.key)
              .filter((key): key is string => key !== undefined)
            if (!keys.length) continue
            const mark = env.links.length
            citesHtml[id] = md.renderInline(`[${keys.map((k) => `@${k}`).join('; ')}]`, env)
            for (const link of env.links.slice(mark)) link.line = token.map?.[0] ?? 0
            extraCites.push(...keys)
          }
          blocks.push({ kind: 'compare', tableId: compare.tableId, rows, columns, citesHtml })
          ledger.add(
            { type: 'compare', tableId: compare.tableId, rows: compare.rows, line: 0 },
            {
              file,
              line: toFileLine(token.map?.[0] ?? 0),
              href: audienceHref({ kind: 'deck', id: meta.module }),
              label: range.title,
              context: meta.title,
              from: 'module',
            },
          )
        }
      } else {
        const items: string[] = []
        for (let j = 0; j < inner.length; j++) {
          if (inner[j]!.type !== 'list_item_open' || inner[j]!.level !== token.level + 2) continue
          const end = closingIndex(inner, j)
          items.push(render(inner.slice(j + 1, end)).trim())
          j = end
        }
        if (!items.length) report(token, 'flow', 'write the boxes of a flow as a list')
        blocks.push({ kind: 'flow', items })
      }
      i = close
    }
    flush()

    const baseId = slugify(range.title) || 'slide'
    let id = baseId
    for (let n = 2; usedIds.has(id); n++) id = `${baseId}-${n}`
    usedIds.add(id)
    const rows = blocks.find((b) => b.kind === 'compare')?.rows.length ?? 0
    const reveals = blocks.some((b) => b.kind === 'answer') ? 1 : 0
    const slide: Slide = {
      id,
      title: range.title,
      kind: kindOf(blocks, body),
      section: range.section,
      blocks,
      steps: Math.max(reveals, rows - 1, 0),
      notesHtml: notesHtml + cautionsHtml,
      minutes: minutes ?? 0,
      cites: [...new Set([...citedKeys(body), ...extraCites])],
    }
    return { slide, line: toFileLine(range.headingLine), tokens: body, notesCount }
  })

  // Citations are located on their slide, for the same checks as the module's. Those printed
  // with red flags or medicine cautions are the safety data's, checked where they are written.
  const generated = new Set(tokens.flatMap((t) => (safetyOf(t) ? [safetyOf(t)!.line] : [])))
  const xrefs: ContentReference[] = []
  for (const reference of env.links.splice(0)) {
    if (reference.type === 'xref') xrefs.push(reference)
    if (reference.type !== 'citation' || generated.has(reference.line)) continue
    const fileLine = toFileLine(reference.line)
    const at = [...slides].reverse().find((s) => s.line <= fileLine)
    ledger.add(reference, {
      file,
      line: fileLine,
      href: audienceHref({ kind: 'deck', id: meta.module }),
      label: at?.slide.title ?? meta.title,
      context: meta.title,
      // Deck citations count towards the reference checks, but a deck is not a page that
      // "mentions" an entry, so it never becomes a backlink.
      from: 'module',
    })
  }
  reportProblems(env.problems, file, toFileLine, issues)

  const references = buildReferences(env.citations, context.bibliography)
  const pages = referencePages(references)
  const referenceSlides: Slide[] = pages.map((page, index) => ({
    id: index ? `references-${index + 1}` : 'references',
    title: referencesTitle(index, pages.length),
    kind: 'references',
    section: 'References',
    blocks: [{ kind: 'html', html: referencesHtml(page) }],
    steps: 0,
    notesHtml: '',
    minutes: 0,
    cites: page.map((r) => r.key),
  }))

  return {
    deck: {
      id: meta.module,
      title: meta.title,
      minutes: meta.minutes,
      slides: [...slides.map((s) => s.slide), ...referenceSlides],
      references,
    },
    slides,
    xrefs,
    toFileLine,
  }
}
