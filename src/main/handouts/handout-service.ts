import { join } from 'node:path'
import type { Handout } from '../../shared/content/model'
import { handoutOptionsSchema, type HandoutOptionsInput } from '../../shared/ipc/handouts'
import { compileHandouts } from '../../shared/content/compile/compile-handouts'
import { formatIssue } from '../../shared/content/issues'
import { readContentFiles } from '../content/read-content-files'
import { HandoutError } from './errors'
import { loadHandoutFonts, type HandoutFonts } from './fonts'
import { describeCharacters, undrawableCharacters } from './glyph-coverage'
import { renderHandoutPdf, type RenderResult } from './render-handout-pdf'
import { HANDOUT_LABELS } from '../../shared/handout-theme'
import { blocksText } from '../../shared/content/compile/handout-blocks'

export interface HandoutServiceOptions {
  /** Folder holding `content/` and `fonts/` (the project's `resources`). */
  resourcesDir: string
  /** Longest a single PDF may take before it is abandoned, in milliseconds. */
  timeoutMs?: number
  /** Overrides for tests: a different font loader (e.g. a damaged font). */
  loadFonts?: (dir: string) => Promise<HandoutFonts>
  today?: () => string
}

/** The handout's own printed text (content and fixed labels); it is checked once per handout. */
function contentTexts(handout: Handout): string[] {
  return [
    handout.title,
    handout.summary,
    ...handout.sections.flatMap((s) => [s.title, blocksText(s.blocks)]),
    ...handout.help.flatMap((t) => [t.action, t.lead, ...t.items.map((i) => i.text)]),
    ...Object.values(HANDOUT_LABELS),
    ...handout.checklist,
    ...handout.questions,
    ...handout.sources.map((s) => s.short),
  ]
}

/**
 * The handout service: pure Node (no Electron), shared by the app and the command line.
 * Content and fonts are loaded once; `generateHandout` returns PDF bytes or throws a
 * `HandoutError` whose message says what to do.
 */
export class HandoutService {
  private handouts?: Promise<Map<string, Handout>>
  private fonts?: Promise<HandoutFonts>
  /** Characters of each handout's own text the font lacks: content does not change at run time. */
  private readonly contentCoverage = new Map<string, string[]>()

  constructor(private readonly settings: HandoutServiceOptions) {}

  topics(): Promise<string[]> {
    return this.loadHandouts().then((map) => [...map.keys()])
  }

  private loadHandouts(): Promise<Map<string, Handout>> {
    this.handouts ??= (async () => {
      const files = await readContentFiles(join(this.settings.resourcesDir, 'content'))
      const today = this.settings.today?.() ?? new Date().toISOString().slice(0, 10)
      const { handouts, issues } = compileHandouts(files, { today })
      const errors = issues.filter((issue) => issue.severity !== 'overdue')
      if (errors.length) {
        throw new HandoutError(
          'internal',
          `The handout texts have problems (${formatIssue(errors[0]!)}). Run "npm run content:check".`,
        )
      }
      return new Map(handouts.map((h) => [h.topic, h]))
    })()
    this.handouts.catch(() => (this.handouts = undefined))
    return this.handouts
  }

  private loadFonts(): Promise<HandoutFonts> {
    const load = this.settings.loadFonts ?? loadHandoutFonts
    this.fonts ??= load(join(this.settings.resourcesDir, 'fonts'))
    this.fonts.catch(() => (this.fonts = undefined))
    return this.fonts
  }

  async generateHandout(topicId: string, input: HandoutOptionsInput = {}): Promise<RenderResult> {
    const parsed = handoutOptionsSchema.safeParse(input)
    if (!parsed.success) {
      const detail = (parsed.error.issues[0]?.message ?? 'unknown problem').replace(/\.$/, '')
      throw new HandoutError('invalid-request', `The handout options are not valid: ${detail}.`)
    }
    const options = parsed.data
    const handout = (await this.loadHandouts()).get(topicId)
    if (!handout) {
      const known = [...(await this.loadHandouts()).keys()].join(', ')
      throw new HandoutError(
        'not-found',
        `There is no handout for "${topicId}". Choose one of: ${known}.`,
      )
    }
    const fonts = await this.loadFonts()
    // Every character printed must be in the font, or it would print as an empty box.
    const faces = [fonts.faces.regular, fonts.faces.bold]
    let contentMissing = this.contentCoverage.get(handout.topic)
    if (!contentMissing) {
      contentMissing = undrawableCharacters(contentTexts(handout), faces)
      this.contentCoverage.set(handout.topic, contentMissing)
    }
    const userText = [
      options.clinic.name,
      options.clinic.phone,
      options.clinic.website,
      options.clinic.email,
      options.note,
    ]
    const missing = [...new Set([...contentMissing, ...undrawableCharacters(userText, faces)])]
    if (missing.length) {
      throw new HandoutError(
        'font-cannot-draw',
        `The handout font cannot print ${describeCharacters(missing)}. Remove or replace these characters (for example emoji or a script the font lacks) and try again.`,
      )
    }
    return renderHandoutPdf(
      handout,
      options,
      fonts,
      performance.now() + (this.settings.timeoutMs ?? 10_000),
    )
  }
}
