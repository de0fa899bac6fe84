import { ref } from 'vue'
import type { ExportedSlides, ExportSlidesRequest } from '@shared/ipc/present'
import type { DesktopPresenting } from './desktop/desktop-services'

export type SlidesExportStatus =
  | { state: 'idle' }
  | { state: 'saving'; label: string }
  | { state: 'saved'; file: ExportedSlides }
  | { state: 'cancelled' }
  | { state: 'error'; message: string }

/**
 * Slides saved as PDF in the desktop app: main prints the print route and saves it like a
 * handout; this keeps what happened, in words, and offers Open and Show in folder after.
 */
export function useSlidesExport(desktop: DesktopPresenting) {
  const status = ref<SlidesExportStatus>({ state: 'idle' })

  async function save(request: ExportSlidesRequest, label: string): Promise<void> {
    if (status.value.state === 'saving') return
    status.value = { state: 'saving', label }
    const result = await desktop.api.exportSlides(request)
    if (result.ok) status.value = { state: 'saved', file: result.value }
    else if (result.error.code === 'cancelled') status.value = { state: 'cancelled' }
    else status.value = { state: 'error', message: result.error.message }
  }

  async function act(action: 'open' | 'show'): Promise<void> {
    if (status.value.state !== 'saved') return
    const { token } = status.value.file
    const result =
      action === 'open'
        ? await desktop.api.openExportedFile(token)
        : await desktop.api.showExportedFile(token)
    if (!result.ok) status.value = { state: 'error', message: result.error.message }
  }

  return { status, save, act }
}

export const sizeLabel = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`
