import type { AtlasApi } from '@shared/ipc/api'
import { plainBridge } from './plain-bridge'

/**
 * The preload bridge, or `null` in a plain browser. Features that need the desktop app (saving
 * PDFs, dialogs, settings) check this and show themselves as unavailable instead of failing.
 * Arguments are made plain data on the way (see plain-bridge.ts).
 */
export function useBridge(): AtlasApi | null {
  return typeof window !== 'undefined' && window.api ? plainBridge(window.api) : null
}
