import { z } from 'zod'

/**
 * What "Present this module" opens: the presenter console (notes, clocks, next slide), or the
 * slides alone, for teaching from one screen.
 */
export const PRESENT_STARTS = ['console', 'slides'] as const
export type PresentStart = (typeof PRESENT_STARTS)[number]

/** Teaching preferences. */
export const presentationSettingsSchema = z.strictObject({
  /** Presenter notes shown inline on module pages. */
  showNotes: z.boolean().default(false),
  startWith: z.enum(PRESENT_STARTS).default('console'),
})
export type PresentationSettings = z.infer<typeof presentationSettingsSchema>
