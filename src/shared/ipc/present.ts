import { z } from 'zod'
import { ID_PATTERN } from '../routes'
import { presentMessageSchema } from '../present/messages'
import { sessionsFileSchema } from '../present/sessions'
import { timingsFileSchema } from '../present/timings'

/**
 * Request schemas and answers of the presenting channels (two screens, presentation sync,
 * stored sessions and timings, slides as PDF). `contract.ts` names the channels.
 */

const id = z.string().max(80).regex(ID_PATTERN)

/** A deck (module id) or a saved session: never a URL or a path. Main builds the route. */
export const presentationSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deck'), id }),
  z.strictObject({ kind: z.literal('session'), id }),
])

/** Which presentation a view leaves: "deck:<id>" or "session:<id>". */
export const presentLeaveSchema = z.strictObject({
  presentation: z.string().regex(/^(?:deck|session):[a-z0-9-]{1,80}$/),
})

export { presentMessageSchema }

/** `present:open-audience`: what to show, from which slide (1-based), on which display. */
export const openAudienceSchema = z.strictObject({
  source: presentationSourceSchema,
  slide: z.number().int().min(1).max(10000),
  /** A display id from `present:screens`; null for the default (the external screen). */
  display: z.number().int().nullable(),
})
export type OpenAudienceRequest = z.infer<typeof openAudienceSchema>

/** `present:choose-display`: where the audience view goes (moved there now if it is open). */
export const chooseDisplaySchema = z.strictObject({ display: z.number().int() })

/** `present:export-pdf`: which presentation, in which printed layout. */
export const exportSlidesSchema = z.strictObject({
  source: presentationSourceSchema,
  options: z.discriminatedUnion('layout', [
    z.strictObject({
      layout: z.literal('handout'),
      perPage: z.union([z.literal(2), z.literal(3)]),
      lines: z.boolean(),
    }),
    z.strictObject({ layout: z.literal('script') }),
  ]),
})
export type ExportSlidesRequest = z.infer<typeof exportSlidesSchema>

/** `present:print-ready`: the hidden print window is laid out, or says why it cannot be. */
export const printReadySchema = z.strictObject({ problem: z.string().max(500).nullable() })

export const saveSessionsSchema = sessionsFileSchema
export const saveTimingsSchema = timingsFileSchema

/** One screen as the presenter sees it in the console's screen chooser. */
export const displayInfoSchema = z.strictObject({
  id: z.number().int(),
  /** "Built-in screen", "Screen 2": how the console names it. */
  label: z.string().max(120),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  primary: z.boolean(),
  internal: z.boolean(),
})
export type DisplayInfo = z.infer<typeof displayInfoSchema>

/**
 * The screens and where each view is. Sent as an answer to the screen channels and pushed to
 * the console whenever it changes (a projector plugged in or out, the audience window closed).
 */
export const screenLayoutSchema = z.strictObject({
  displays: z.array(displayInfoSchema).max(16),
  /** The display the console (the app window) is on. */
  console: z.number().int().nullable(),
  /** Where the audience view goes: the presenter's choice, else an external screen; null with one screen. */
  audience: z.number().int().nullable(),
  /** Whether the audience window is open. */
  audienceOpen: z.boolean(),
})
export type ScreenLayout = z.infer<typeof screenLayoutSchema>

/** What the renderer learns about slides saved as PDF: enough to say so and offer Open / Show. */
export interface ExportedSlides {
  fileName: string
  /** Full path, for display only; actions use the token. */
  path: string
  token: string
  pages: number
  bytes: number
}

/** The file name main suggests in the save dialog. */
export function suggestedSlidesName(
  source: z.infer<typeof presentationSourceSchema>,
  options: ExportSlidesRequest['options'],
): string {
  const kind =
    options.layout === 'script'
      ? 'presenter-script'
      : `slides-${options.perPage}-a-page${options.lines ? '-with-lines' : ''}`
  return `${source.id}-${kind}.pdf`
}
