import { z } from 'zod'
import { ID_PATTERN } from '../routes'
import {
  CLINIC_LIMITS,
  NO_CLINIC,
  PAPER_SIZES,
  cleanText,
  clinicDetailsSchema,
  textLanguageSchema,
} from './settings'

/** Options a clinician chooses for one handout. Text is bounded and stripped of control characters. */
export const handoutOptionsSchema = z.strictObject({
  paper: z.enum(PAPER_SIZES).default('a4'),
  largePrint: z.boolean().default(false),
  clinic: clinicDetailsSchema.default(NO_CLINIC),
  note: z
    .string()
    .max(CLINIC_LIMITS.note * 4)
    .transform((value) => cleanText(value, true))
    .pipe(
      z
        .string()
        .max(CLINIC_LIMITS.note, `The note can be at most ${CLINIC_LIMITS.note} characters.`),
    )
    .default(''),
  /** The note's language when it is not English, so it is read aloud in the right voice. */
  noteLang: textLanguageSchema,
})
export type HandoutOptions = z.output<typeof handoutOptionsSchema>
export type HandoutOptionsInput = z.input<typeof handoutOptionsSchema>

/** `handouts:export`: which topic, and how. Never a file path: main asks the user where. */
export const handoutExportRequestSchema = z.strictObject({
  topicId: z.string().max(80).regex(ID_PATTERN),
  options: handoutOptionsSchema,
})
export type HandoutExportRequest = z.input<typeof handoutExportRequestSchema>

/** What the renderer learns about a saved PDF: enough to show it and offer Open / Show in folder. */
export interface ExportedHandout {
  fileName: string
  /** Full path, for display only; actions use the token. */
  path: string
  /** Opaque handle main maps back to the file, so the renderer never sends a path. */
  token: string
  pages: number
  bytes: number
}

/** The file name main suggests in the save dialog. */
export function suggestedFileName(topicId: string): string {
  return `${topicId}-handout.pdf`
}
