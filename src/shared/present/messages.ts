import { z } from 'zod'
import { presentationStateSchema } from './state'

/** Which presentation a message belongs to: "deck:<module-id>" or "session:<id>". */
const presentation = z.string().regex(/^(?:deck|session):[a-z0-9-]{1,80}$/)
/** A random id per view, so a view ignores its own messages and ties break the same way. */
const sender = z.string().regex(/^[a-z0-9]{6,32}$/)

/**
 * Messages between views of one presentation. Every received message is parsed with this
 * schema before use; anything else is dropped. `version` is a Lamport clock: a view adopts a
 * state with a higher version, or the same version from a sender with a greater id, so every
 * view settles on the same state whatever order messages arrive in.
 */
export const presentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('state'),
    presentation,
    from: sender,
    version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** Slides in the sender's presentation: a view with a different count ignores it. */
    slides: z.number().int().min(1).max(10000),
    state: presentationStateSchema,
  }),
  /** A view that has just opened asks the others for the current state. */
  z.strictObject({ type: z.literal('hello'), presentation, from: sender }),
])
export type PresentMessage = z.infer<typeof presentMessageSchema>
export type StateMessage = Extract<PresentMessage, { type: 'state' }>

/** Parses an untrusted message; `null` when it is not one of ours. */
export function parsePresentMessage(data: unknown): PresentMessage | null {
  const parsed = presentMessageSchema.safeParse(data)
  return parsed.success ? parsed.data : null
}

/**
 * Whether a received state replaces the one held: a higher version, or the same version from
 * a sender with a greater id. Every view and main use this one rule, so all settle alike.
 */
export function supersedes(
  message: Pick<StateMessage, 'version' | 'from'>,
  held: { version: number; author: string },
): boolean {
  return (
    message.version > held.version ||
    (message.version === held.version && message.from > held.author)
  )
}
