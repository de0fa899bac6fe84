import { computed, ref, watchEffect, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { useContent } from '../composables/useContent'
import { usePresentServices } from './present-services'
import { deckPresentation, sessionPresentation, type Presentation } from './presentation'
import { ChunkError, type ChunkRef } from '../content/chunk-error'

/**
 * The presentation a present route names: a module's deck (`/present/<deck>/…`) or a saved
 * session (`/sessions/<id>/…`), which is read from the store. `problem` says why there is none.
 */
export function usePresentation(): {
  presentation: Ref<Presentation | null>
  problem: Ref<string>
} {
  const route = useRoute()
  const content = useContent()
  const { store } = usePresentServices()
  const presentation = ref<Presentation | null>(null)
  const problem = ref('')
  const target = computed(() =>
    route.params['session']
      ? { kind: 'session' as const, id: String(route.params['session']) }
      : { kind: 'deck' as const, id: String(route.params['deck'] ?? '') },
  )
  watchEffect(async () => {
    const { kind, id } = target.value
    problem.value = ''
    if (kind === 'deck') {
      // The router loaded the deck with the route (content-guard.ts).
      const deck = content.deck(id)
      presentation.value = deck ? deckPresentation(deck) : null
      if (!deck)
        problem.value = content.topicInfo(id)
          ? `The module “${content.topicInfo(id)!.title}” has no slides yet.`
          : `There is no deck called “${id}”.`
      return
    }
    const loaded = await store.loadSessions()
    const session = loaded.value.sessions.find((s) => s.id === id)
    // A session names its decks only once it is read, so its decks load here.
    const needs: ChunkRef[] = [...new Set(session?.items.map((i) => i.deck))]
      .map((deck) => ({ kind: 'deck' as const, id: deck }))
      .filter((ref) => content.has(ref))
    const path = route.fullPath
    try {
      await content.ensure(needs)
    } catch (error) {
      if (!(error instanceof ChunkError)) throw error
      content.problem.value = { path, error, needs }
      return
    }
    const decks = needs.map((ref) => content.deck(ref.id)).filter((d) => d !== undefined)
    const built = session ? sessionPresentation(session, { decks }) : null
    presentation.value = built?.slides.length ? built : null
    if (!session)
      problem.value = loaded.ok ? 'This session is not saved here any more.' : loaded.problem
    else if (!built?.slides.length) problem.value = 'This session has no slides yet.'
  })
  return { presentation, problem }
}
