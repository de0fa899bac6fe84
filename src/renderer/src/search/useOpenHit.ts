import { useRouter } from 'vue-router'
import type { SearchHit } from '@shared/search/searcher'
import { routePath } from '@shared/present/routes'
import { useHandoutPanelStore } from '../stores/handout-panel-store'

/** Opens a search hit: its route, and for a patient handout its module's handout panel too. */
export function useOpenHit(): (hit: SearchHit) => Promise<void> {
  const router = useRouter()
  const handoutPanel = useHandoutPanelStore()
  return async (hit) => {
    await router.push(routePath(hit.href))
    if (hit.handout) handoutPanel.open(hit.handout)
  }
}

/** The keys that open the full results page from the quick search, as this computer labels them. */
export const ALL_RESULTS_KEYS =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
    ? '⌘ Enter'
    : 'Ctrl+Enter'
