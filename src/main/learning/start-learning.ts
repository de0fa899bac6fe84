import { join } from 'node:path'
import type { BrowserWindow, Dialog, IpcMain } from 'electron'
import {
  DEFAULT_LEARNING_SETTINGS,
  learningSettingsSchema,
  type LearningSettings,
} from '../../shared/learning/settings'
import type { TrustedFrame } from '../ipc/handle'
import type { FileTokens } from '../services/file-tokens'
import { CertificateService } from './certificate/certificate-service'
import { safeStorageCipher, type SafeStorageLike } from './cipher'
import { registerLearningIpc, type SaveKind } from './ipc-learning'
import { LearningService } from './learning-service'
import { moduleCatalogue } from './module-catalogue'

export interface StartLearningDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  userData: string
  documents: string
  resourcesDir: string
  app: { name: string; version: string }
  /** Electron's safeStorage (undefined where the platform lacks it). */
  safeStorage: SafeStorageLike | undefined
  platform: NodeJS.Platform
  /** The app's one settings store; the record reads its `learning` section. */
  settings: { load(): Promise<unknown>; current?(): unknown }
  files: FileTokens
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>
  window: () => BrowserWindow | null
  /** The clock the record's dates come from (tests pass a fixed one). */
  now?: () => Date
}

const FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'Learning record export', extensions: ['json'] },
}

/** The `learning` section of whatever the settings store holds, defaults where it has none. */
export function learningSection(all: unknown): LearningSettings {
  const parsed = learningSettingsSchema.safeParse(
    (all as { learning?: unknown } | null)?.learning ?? {},
  )
  return parsed.success ? parsed.data : structuredClone(DEFAULT_LEARNING_SETTINGS)
}

/**
 * Starts the learning record in main: the service over `<userData>/learning`, certificates,
 * and the channels. Returns the service so the app can record saved handouts and write any
 * tracked time still in memory before quitting.
 */
export function startLearning(deps: StartLearningDeps): LearningService {
  const catalogue = moduleCatalogue(join(deps.resourcesDir, 'content'))
  const service = new LearningService({
    folder: join(deps.userData, 'learning'),
    cipher: safeStorageCipher(deps.safeStorage, deps.platform),
    settings: {
      async load() {
        const loaded = await deps.settings.load()
        // The store's own copy after a save (its `load()` answers with the first read).
        return learningSection(deps.settings.current ? deps.settings.current() : loaded)
      },
    },
    catalogue,
    app: deps.app,
    ...(deps.now ? { now: deps.now } : {}),
  })
  const certificates = new CertificateService({
    resourcesDir: deps.resourcesDir,
    catalogue,
    appVersion: deps.app.version,
  })
  const withWindow = <T>(show: (window: BrowserWindow | null) => Promise<T>): Promise<T> =>
    show(deps.window())
  registerLearningIpc({
    ipcMain: deps.ipcMain,
    isTrusted: deps.isTrusted,
    service,
    certificates,
    files: deps.files,
    chooseSavePath: (suggestedName, kind) =>
      withWindow(async (window) => {
        const options = {
          title: kind === 'pdf' ? 'Save learning certificate' : 'Save learning record export',
          defaultPath: join(deps.documents, suggestedName),
          filters: [FILTERS[kind]],
        }
        const result = window
          ? await deps.dialog.showSaveDialog(window, options)
          : await deps.dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      }),
    chooseImportPath: () =>
      withWindow(async (window) => {
        const options = {
          title: 'Import a learning record export',
          defaultPath: deps.documents,
          filters: [FILTERS.json],
          properties: ['openFile' as const],
        }
        const result = window
          ? await deps.dialog.showOpenDialog(window, options)
          : await deps.dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }),
    confirmDelete: () =>
      withWindow(async (window) => {
        const question = {
          type: 'warning' as const,
          buttons: ['Delete my record', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          title: 'Delete learning record',
          message: 'Delete your learning record from this computer?',
          detail:
            'Every activity, reflection, draft and backup will be deleted and cannot be brought back. Use “Export everything” first if you may need them.',
        }
        const { response } = window
          ? await deps.dialog.showMessageBox(window, question)
          : await deps.dialog.showMessageBox(question)
        return response === 0
      }),
  })
  return service
}

/** How long after the window's page has loaded the record is read ahead (the page's own requests first). */
export const WARM_DELAY_MS = 500

/**
 * Reads the learning record ahead, a moment after the app window's page has loaded (see
 * `LearningService.warm`), so opening the learning page does not wait for it.
 */
export function warmWhenLoaded(
  contents: { once(event: 'did-finish-load', listener: () => void): unknown },
  service: Pick<LearningService, 'warm'>,
  delayMs = WARM_DELAY_MS,
): void {
  contents.once('did-finish-load', () => {
    setTimeout(() => void service.warm().catch(() => undefined), delayMs)
  })
}

/**
 * Writes tracked time still in memory before the app exits. `will-quit` comes after the
 * windows have closed, so the last report a closing module page sends is in by then.
 */
export function flushBeforeQuit(
  app: {
    on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown
    quit(): void
  },
  service: Pick<LearningService, 'flush'>,
): void {
  let done = false
  app.on('will-quit', (event) => {
    if (done) return
    event.preventDefault()
    void service
      .flush()
      .catch(() => undefined)
      .finally(() => {
        done = true
        app.quit()
      })
  })
}
