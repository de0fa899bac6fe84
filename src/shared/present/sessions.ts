import { z } from 'zod'
import { ID_PATTERN } from '../routes'

const id = z.string().regex(ID_PATTERN)

/** A slide in a session: its deck (module id) and its slide id within the deck. */
export const sessionItemSchema = z.strictObject({ deck: id, slide: id })
export type SessionItem = z.infer<typeof sessionItemSchema>

/** A teaching session built from slides of several decks, in the presenter's order. */
export const savedSessionSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(120),
  /** Who it is for ("GP trainees"); free text, may be empty. */
  audience: z.string().trim().max(120),
  /** The length the presenter is aiming for, in minutes; null when not set. */
  targetMinutes: z.number().int().min(1).max(600).nullable(),
  items: z.array(sessionItemSchema).max(500),
  /** ISO date-time of the last save. */
  updatedAt: z.iso.datetime(),
})
export type SavedSession = z.infer<typeof savedSessionSchema>

/** Everything stored about sessions: one versioned value, validated as a whole on load. */
export const sessionsFileSchema = z.strictObject({
  version: z.literal(1),
  sessions: z.array(savedSessionSchema).max(200),
})
export type SessionsFile = z.infer<typeof sessionsFileSchema>

export const EMPTY_SESSIONS: SessionsFile = { version: 1, sessions: [] }
