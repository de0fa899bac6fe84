import type { AtlasApi } from '@shared/ipc/api'

/**
 * The preload bridge, or `null` in a plain browser. Features that need the desktop app (saving
 * PDFs, dialogs, settings) check this and show themselves as unavailable instead of failing.
 */
export function useBridge(): AtlasApi | null {
  return typeof window !== 'undefined' && window.api ? window.api : null
}
