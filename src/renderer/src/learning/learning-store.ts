import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { IpcResult } from '@shared/ipc/result'
import type {
  CertificateRequest,
  ExportedLearningFile,
  ExportRequest,
  ImportResult,
  SaveReflectionRequest,
  SavedReflection,
  StorageStatus,
} from '@shared/learning/ipc'
import {
  EMPTY_RECORD,
  type Draft,
  type DraftInput,
  type LearningRecord,
} from '@shared/learning/schema'
import type { Consent, LearningSettings } from '@shared/learning/settings'
import { useBridge } from '../composables/useBridge'
import { useSettingsStore } from '../settings/settings-store'

/**
 * The learning record as the page sees it. Main keeps the record; this store holds the latest
 * copy and sends every change through the bridge. Consent and certificate details are the
 * `learning` section of the one settings store.
 */
export const useLearningStore = defineStore('learning', () => {
  const bridge = useBridge()
  const settingsStore = useSettingsStore()
  const record = shallowRef<LearningRecord>(structuredClone(EMPTY_RECORD))
  const drafts = ref<Draft[]>([])
  const storage = ref<StorageStatus | null>(null)
  const notice = ref<string | null>(null)
  const writable = ref(true)
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const loadError = ref<string | null>(null)
  let loading: Promise<void> | null = null

  /** Whether the desktop app is here to keep a record (a plain browser cannot). */
  const available = bridge !== null
  const settings = computed<LearningSettings>(() => settingsStore.settings.learning)
  const consent = computed<Consent>(() => settings.value.consent)

  /** Loads the record once (or again with `force`, after another window changed it). */
  function load(force = false): Promise<void> {
    if (!bridge) return Promise.resolve()
    if (loading && !force) return loading
    status.value = 'loading'
    loading = (async () => {
      const result = await bridge.getLearning()
      if (!result.ok) {
        status.value = 'failed'
        loadError.value = result.error.message
        return
      }
      record.value = result.value.record
      drafts.value = result.value.drafts
      storage.value = result.value.storage
      notice.value = result.value.notice
      writable.value = result.value.writable
      loadError.value = null
      status.value = 'ready'
    })()
    return loading
  }

  function setConsent(next: Consent): Promise<void> {
    return settingsStore.update('learning', { consent: next })
  }

  function updateSettings(patch: Partial<LearningSettings>): Promise<void> {
    return settingsStore.update('learning', patch)
  }

  async function saveReflection(
    request: SaveReflectionRequest,
  ): Promise<IpcResult<SavedReflection>> {
    if (!bridge) return unavailable()
    const result = await bridge.saveReflection(request)
    if (result.ok) {
      record.value = result.value.record
      drafts.value = result.value.drafts
    }
    return result
  }

  async function deleteReflection(id: string): Promise<IpcResult<LearningRecord>> {
    if (!bridge) return unavailable()
    const result = await bridge.deleteReflection(id)
    if (result.ok) record.value = result.value
    return result
  }

  async function saveDraft(draft: DraftInput): Promise<IpcResult<{ savedAt: string }>> {
    if (!bridge) return unavailable()
    const result = await bridge.saveReflectionDraft(draft)
    if (result.ok) {
      const saved = draft as Draft
      drafts.value = [saved, ...drafts.value.filter((d) => d.id !== saved.id)]
    }
    return result
  }

  async function discardDraft(id: string): Promise<void> {
    if (!bridge) return
    const result = await bridge.discardReflectionDraft(id)
    if (result.ok) drafts.value = result.value
  }

  function exportFile(request: ExportRequest): Promise<IpcResult<ExportedLearningFile>> {
    return bridge ? bridge.exportLearning(request) : Promise.resolve(unavailable())
  }

  function certificate(request: CertificateRequest): Promise<IpcResult<ExportedLearningFile>> {
    return bridge ? bridge.saveCertificate(request) : Promise.resolve(unavailable())
  }

  async function importFile(): Promise<IpcResult<ImportResult>> {
    if (!bridge) return unavailable()
    const result = await bridge.importLearning()
    if (result.ok) {
      record.value = result.value.record
      drafts.value = result.value.drafts
    }
    return result
  }

  /** Main asks for confirmation in its own dialog; true when the record was deleted. */
  async function deleteRecord(): Promise<IpcResult<{ deleted: boolean }>> {
    if (!bridge) return unavailable()
    const result = await bridge.deleteLearningRecord()
    if (result.ok && result.value.deleted) {
      record.value = structuredClone(EMPTY_RECORD)
      drafts.value = []
      notice.value = null
      writable.value = true
    }
    return result
  }

  async function openFile(token: string, action: 'open' | 'show'): Promise<IpcResult<null>> {
    if (!bridge) return unavailable()
    return action === 'open' ? bridge.openExportedFile(token) : bridge.showExportedFile(token)
  }

  return {
    available,
    record,
    drafts,
    storage,
    notice,
    writable,
    status,
    loadError,
    settings,
    consent,
    load,
    setConsent,
    updateSettings,
    saveReflection,
    deleteReflection,
    saveDraft,
    discardDraft,
    exportFile,
    certificate,
    importFile,
    deleteRecord,
    openFile,
  }
})

function unavailable<T>(): IpcResult<T> {
  return {
    ok: false,
    error: {
      code: 'not-found',
      message: 'The learning record needs the Postcoital Atlas desktop app.',
    },
  }
}
