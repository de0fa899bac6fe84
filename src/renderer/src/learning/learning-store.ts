import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { IpcResult } from '@shared/ipc/result'
import type {
  CertificateRequest,
  ExportedLearningFile,
  ExportRequest,
  ImportResult,
  LearningOverview,
  OverviewRequest,
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
import { takeEarlyOverview } from './early-overview'

/**
 * The learning record as the pages see it. Main keeps the record. The learning page asks main
 * for its figures (`overview`, a few kilobytes); the full record, megabytes after years of use,
 * is fetched only by the views that need every activity (writing a reflection, "What is
 * stored"). Every change goes through the bridge. Consent and certificate details are the
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
  /** Main may have changed the record since the copy here was fetched (the page saw newer figures). */
  let recordStale = false
  /** The learning page's figures for the period it last asked about; null until they come. */
  const overview = shallowRef<LearningOverview | null>(null)
  const overviewError = ref<string | null>(null)
  /** Counts changes made from here (a reflection deleted, a record imported): figures to ask again. */
  const changes = ref(0)
  let overviewAsked = 0

  /** Whether the desktop app is here to keep a record (a plain browser cannot). */
  const available = bridge !== null
  const settings = computed<LearningSettings>(() => settingsStore.settings.learning)
  const consent = computed<Consent>(() => settings.value.consent)

  /** Loads the record once (or again with `force`, after another window changed it). */
  function load(force = false): Promise<void> {
    if (!bridge) return Promise.resolve()
    if (loading && !force && !recordStale) return loading
    recordStale = false
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

  /**
   * Asks main for the learning page's figures. Only the answer to the latest question is
   * kept, so a slow answer for a period no longer chosen never replaces a newer one.
   */
  async function loadOverview(request: OverviewRequest): Promise<void> {
    if (!bridge) return
    const asked = ++overviewAsked
    const result = await (takeEarlyOverview(request) ?? bridge.getLearningOverview(request))
    if (asked !== overviewAsked) return
    // The figures may include activities tracked since the full record was fetched.
    recordStale = true
    if (!result.ok) {
      overviewError.value = result.error.message
      return
    }
    overview.value = result.value
    drafts.value = result.value.drafts
    storage.value = result.value.storage
    notice.value = result.value.notice
    writable.value = result.value.writable
    overviewError.value = null
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
      changes.value += 1
    }
    return result
  }

  async function deleteReflection(id: string): Promise<IpcResult<LearningRecord>> {
    if (!bridge) return unavailable()
    const result = await bridge.deleteReflection(id)
    if (result.ok) {
      record.value = result.value
      changes.value += 1
    }
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
      changes.value += 1
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
      overview.value = null
      changes.value += 1
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
    overview,
    overviewError,
    changes,
    settings,
    consent,
    load,
    loadOverview,
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
