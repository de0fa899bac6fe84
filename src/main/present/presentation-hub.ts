import type { PresentMessage, StateMessage } from '../../shared/present/messages'
import { supersedes } from '../../shared/present/messages'

/** A view is named by its window's webContents id. */
export type ViewId = number

interface Held {
  /** The one state of this presentation, as the message that set it. */
  current: StateMessage | null
  /** Views that have joined (sent anything for it) and not left. */
  members: Set<ViewId>
}

/** What to do with a message: answer its sender, and deliver it to other views. */
export interface HubOutcome {
  /** Main's state, for the sender to adopt (its own was older, or it asked). */
  reply: StateMessage | null
  /** Views to send the message on to. */
  deliverTo: ViewId[]
}

/**
 * Main's side of presenting in the desktop app: one state per presentation, whichever window
 * moved it. A state that supersedes the held one (the same Lamport rule the views use) is kept
 * and passed to the other views; an older one is answered with the held state, so the sender
 * falls in line; a "hello" is answered with it. A presentation nobody is showing any more is
 * forgotten, so presenting it again starts afresh, as in the browser.
 */
export class PresentationHub {
  private readonly held = new Map<string, Held>()

  receive(from: ViewId, message: PresentMessage): HubOutcome {
    const held = this.join(from, message.presentation)
    if (message.type === 'hello') return { reply: held.current, deliverTo: [] }
    const current = held.current
    // A slide beyond the sender's own presentation is no state at all.
    const sane = message.state.slide < message.slides
    const replaces =
      sane && (!current || supersedes(message, { version: current.version, author: current.from }))
    if (!replaces) return { reply: current, deliverTo: [] }
    held.current = message
    return { reply: null, deliverTo: [...held.members].filter((id) => id !== from) }
  }

  /** The view left this presentation (its page closed or moved on). */
  leave(from: ViewId, presentation: string): void {
    const held = this.held.get(presentation)
    if (!held) return
    held.members.delete(from)
    if (held.members.size === 0) this.held.delete(presentation)
  }

  /** The view's window is gone: it leaves everything it had joined. */
  drop(from: ViewId): void {
    for (const presentation of [...this.held.keys()]) this.leave(from, presentation)
  }

  /** The state held for a presentation, if any view is showing it. */
  state(presentation: string): StateMessage | null {
    return this.held.get(presentation)?.current ?? null
  }

  private join(from: ViewId, presentation: string): Held {
    let held = this.held.get(presentation)
    if (!held) {
      held = { current: null, members: new Set() }
      this.held.set(presentation, held)
    }
    held.members.add(from)
    return held
  }
}
