import type { PresentationState } from '@shared/present/state'
import type { PresentMessage, StateMessage } from '@shared/present/messages'
import { supersedes } from '@shared/present/messages'

/** One view's copy of the shared state, with the Lamport version it was made at. */
export interface Replica {
  /** This view's random id. */
  id: string
  presentation: string
  slides: number
  version: number
  /** Who made the state this replica holds. */
  author: string
  state: PresentationState
}

export function createReplica(
  id: string,
  presentation: string,
  slides: number,
  state: PresentationState,
): Replica {
  return { id, presentation, slides, version: 0, author: id, state }
}

/** A local change: the next version, authored here, and the message that tells the others. */
export function commit(replica: Replica, state: PresentationState): [Replica, StateMessage] {
  const next = { ...replica, version: replica.version + 1, author: replica.id, state }
  return [next, stateMessage(next)]
}

export function stateMessage(replica: Replica): StateMessage {
  return {
    type: 'state',
    presentation: replica.presentation,
    from: replica.author,
    version: replica.version,
    slides: replica.slides,
    state: replica.state,
  }
}

/**
 * Applies a validated message. Returns the replica (changed or not) and, for a "hello" from
 * a view that has just opened, the state to send back. Messages for another presentation, or
 * a presentation of a different length, are ignored.
 */
export function receive(
  replica: Replica,
  message: PresentMessage,
): { replica: Replica; reply: StateMessage | null } {
  if (message.presentation !== replica.presentation) return { replica, reply: null }
  if (message.type === 'hello') return { replica, reply: stateMessage(replica) }
  if (message.slides !== replica.slides || message.state.slide >= replica.slides) {
    return { replica, reply: null }
  }
  if (!supersedes(message, replica)) return { replica, reply: null }
  return {
    replica: { ...replica, version: message.version, author: message.from, state: message.state },
    reply: null,
  }
}
