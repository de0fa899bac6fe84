import { ref } from 'vue'
import type { SavedSession } from '@shared/present/sessions'
import type { PresentStore } from '@shared/present/storage'
import { PresentStoreError } from '@shared/present/storage'

/**
 * Saved teaching sessions through the store. An unreadable stored value starts an empty list
 * and says what happened and where the old value was kept; saving never overwrites the backup.
 */
export function useSessions(store: PresentStore) {
  const sessions = ref<SavedSession[]>([])
  const problem = ref('')
  const ready = store.loadSessions().then((loaded) => {
    sessions.value = loaded.value.sessions
    if (!loaded.ok)
      problem.value = loaded.backup
        ? `${loaded.problem} It was kept under “${loaded.backup}”, and you can start again here.`
        : `${loaded.problem} You can start again here.`
  })

  async function write(next: SavedSession[]): Promise<boolean> {
    try {
      await store.saveSessions({ version: 1, sessions: next })
      sessions.value = next
      return true
    } catch (error) {
      problem.value =
        error instanceof PresentStoreError
          ? error.message
          : 'The session could not be saved. Check that the name and slides are complete, then try again.'
      return false
    }
  }

  /** Saves a new or changed session (matched by id), newest first. */
  function save(session: SavedSession): Promise<boolean> {
    return write([session, ...sessions.value.filter((s) => s.id !== session.id)])
  }

  function remove(id: string): Promise<boolean> {
    return write(sessions.value.filter((s) => s.id !== id))
  }

  return { sessions, problem, ready, save, remove }
}

/** A new session id: short, random, and a valid content id. */
export function newSessionId(): string {
  return `s-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('')}`
}
