import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { IpcError } from '@shared/ipc/result'
import { readSettingsData } from '@shared/settings/read-settings'
import {
  DEFAULT_SETTINGS,
  SECTION_KEYS,
  type SectionKey,
  type Settings,
} from '@shared/settings/settings-schema'
import type { SettingsNotice } from '@shared/settings/settings-notice'
import { useBridge } from '../composables/useBridge'
import { applyDisplay } from './apply-display'
import { browserBackend, bridgeBackend, type SettingsBackend } from './settings-backend'
import { forgetLegacySettings, readLegacySettings } from './legacy-settings'

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; code: IpcError['code']; message: string }

const defined = (value: unknown): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries((value as Record<string, unknown>) ?? {}).filter(([, v]) => v !== undefined),
  )

/**
 * The renderer's view of the one settings store. Changes apply at once and are saved in the
 * order made (a change made while a save is running is saved right after it); a failed save
 * keeps the change in use and says why it was not kept.
 */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  /** What the clinician must be told about how settings were loaded; cleared once read. */
  const notice = ref<SettingsNotice | null>(null)
  const saveState = ref<SaveState>({ state: 'idle' })
  let backend: SettingsBackend | null = null
  let saving: Promise<void> | null = null
  let pending = false

  // Applied once loaded, not before: the page may already be painted with the saved text size
  // (public/shell-route.js), which the defaults must not undo for a frame.
  watch(
    () => settings.value.display,
    (display) => applyDisplay(display),
    { deep: true },
  )

  /** Loads once at start-up, from main in the desktop app, from local storage in a browser. */
  async function load(chosen?: SettingsBackend): Promise<void> {
    const bridge = useBridge()
    backend = chosen ?? (bridge ? bridgeBackend(bridge) : browserBackend())
    try {
      const loaded = await backend.load()
      settings.value = loaded.settings
      notice.value = loaded.notice
    } catch {
      notice.value = {
        message:
          'Your settings could not be loaded, so the app is using its default settings for now. Restart the app to try again.',
        backup: null,
      }
      return
    } finally {
      applyDisplay(settings.value.display)
    }
    await adoptLegacy()
  }

  /** Preferences an earlier version kept in local storage move into the settings store, once. */
  async function adoptLegacy(): Promise<void> {
    const legacy = readLegacySettings(localStorage)
    if (!legacy) return
    const merged: Record<string, unknown> = { ...settings.value }
    for (const [key, value] of Object.entries(legacy))
      merged[key] = { ...settings.value[key as SectionKey], ...defined(value) }
    settings.value = readSettingsData(merged).settings
    await persist()
    if (saveState.value.state === 'saved') forgetLegacySettings(localStorage)
  }

  async function persist(): Promise<void> {
    if (!backend) return
    if (saving) {
      pending = true
      return saving
    }
    saveState.value = { state: 'saving' }
    saving = (async () => {
      do {
        pending = false
        // A plain copy: reactive proxies cannot cross the bridge (structured clone refuses them).
        const result = await backend!.save(JSON.parse(JSON.stringify(settings.value)) as Settings)
        if (!result.ok) {
          saveState.value = { state: 'error', ...result.error }
          continue
        }
        // Main cleans text (controls, bidi marks); adopt that, unless something changed since.
        if (!pending) settings.value = result.value
        saveState.value = { state: 'saved' }
      } while (pending)
    })()
    try {
      await saving
    } finally {
      saving = null
    }
  }

  /** Changes some fields of one section, applies them and saves. */
  function update<K extends SectionKey>(section: K, patch: Partial<Settings[K]>): Promise<void> {
    settings.value = { ...settings.value, [section]: { ...settings.value[section], ...patch } }
    return persist()
  }

  /** Every section back to its defaults (sections this version does not know are kept by main). */
  function resetAll(): Promise<void> {
    settings.value = structuredClone(DEFAULT_SETTINGS)
    return persist()
  }

  function dismissNotice(): void {
    notice.value = null
  }

  return {
    settings,
    notice,
    saveState,
    load,
    update,
    resetAll,
    dismissNotice,
    sections: SECTION_KEYS,
  }
})
