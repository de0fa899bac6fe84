/**
 * A desktop bridge for browser tests of the learning record. The built renderer runs in
 * Chromium as usual; `window.api` is defined before the app starts and every call crosses to
 * Node (page.exposeBinding), where the real main-process code answers: the learning service
 * and its channel handlers (zod validation, sender check) started by `startLearning`, and the
 * real settings store, over a temp folder. Only Electron's dialogs are stood in for.
 */
import { mkdir, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import {
  startLearning,
  warmWhenLoaded,
  type StartLearningDeps,
} from '../../src/main/learning/start-learning'
import { FileTokens } from '../../src/main/services/file-tokens'
import { SettingsStore } from '../../src/main/services/settings-store'
import { learningApi } from '../../src/preload/learning-api'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { fail, ok } from '../../src/shared/ipc/result'
import type { LearningService } from '../../src/main/learning/learning-service'

/** ipcMain's invoke event, as main's handlers take it (electron itself stays out of e2e code). */
type IpcMainInvokeEvent = Parameters<Parameters<StartLearningDeps['ipcMain']['handle']>[1]>[0]
type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>

export interface LearningBridge {
  folder: string
  /** Where the next save dialog "chooses" (inside `folder`). */
  saved: string[]
  service: LearningService
  settings: SettingsStore
  /** The `window.api` methods the page called, in order. */
  calls: string[]
  /** Files the app wrote outside its own folder (exports). */
  exports(): Promise<string[]>
}

const APP_FRAME = {
  senderFrame: { url: 'app://atlas/index.html' },
} as unknown as IpcMainInvokeEvent

/**
 * Installs the bridge on `page`; call before the first navigation. Main's clock reads `startsAt`
 * then. As the app's main does, the record is read ahead once the first page has loaded,
 * unless `warm` is false (to measure a page that must wait for it).
 */
export async function installLearningBridge(
  page: Page,
  startsAt: Date,
  options: { warm?: boolean } = {},
): Promise<LearningBridge> {
  const installedAt = Date.now()
  const folder = await mkdtemp(join(tmpdir(), 'atlas-learning-e2e-'))
  const settings = new SettingsStore(join(folder, 'settings.json'))
  const handlers = new Map<string, Handler>()
  const saved: string[] = []
  const files = new FileTokens()
  const service = startLearning({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: (event) => event.senderFrame?.url === 'app://atlas/index.html',
    userData: folder,
    documents: join(folder, 'Documents'),
    resourcesDir: 'resources',
    app: { name: 'Postcoital Atlas', version: '0.1.0-e2e' },
    safeStorage: undefined,
    platform: process.platform,
    settings,
    files,
    dialog: {
      showSaveDialog: (async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath: string }
        const path = join(folder, 'exports', options.defaultPath.split(/[\\/]/).pop()!)
        saved.push(path)
        return { canceled: false, filePath: path }
      }) as never,
      showOpenDialog: (async () => ({ canceled: true, filePaths: [] })) as never,
      showMessageBox: (async () => ({ response: 0, checkboxChecked: false })) as never,
    },
    window: () => null,
    // Main's dates follow the page's faked clock (which starts at `startsAt`), not today's.
    now: () => new Date(startsAt.getTime() + (Date.now() - installedAt)),
  })
  await mkdir(join(folder, 'exports'), { recursive: true })
  // Playwright's `load` stands in for the window's did-finish-load.
  if (options.warm !== false)
    warmWhenLoaded({ once: (_event, listener) => page.once('load', listener) }, service)
  const invoke = (key: keyof typeof CHANNELS, request?: unknown) =>
    handlers.get(CHANNELS[key])!(APP_FRAME, request) as Promise<never>
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {
    ...(learningApi(invoke as never) as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >),
    getSettings: async () => ok(await settings.get()),
    saveSettings: async (input) => {
      try {
        return ok(await settings.save(input as never))
      } catch (error) {
        return fail('write-failed', (error as Error).message)
      }
    },
    openExportedFile: async () => ok(null),
    showExportedFile: async () => ok(null),
  }
  const calls: string[] = []
  await page.exposeBinding('__atlasBridge', async (_source, method: string, args: unknown[]) => {
    calls.push(method)
    const call = api[method]
    return call
      ? call(...args)
      : fail('not-found', `${method} is not part of this browser test's bridge.`)
  })
  await page.addInitScript(() => {
    // Arguments are copied the way Electron's contextBridge copies them (structured clone,
    // which refuses a Vue reactive Proxy), so a payload the real preload would drop fails here.
    const bridge = (method: string, args: unknown[]) =>
      (
        window as unknown as { __atlasBridge: (m: string, a: unknown[]) => Promise<unknown> }
      ).__atlasBridge(method, structuredClone(args))
    ;(window as unknown as { api: unknown }).api = new Proxy(
      {},
      {
        get(_target, name) {
          // Not a promise, and subscriptions are accepted and never fire.
          if (typeof name !== 'string' || name === 'then') return undefined
          if (/^on[A-Z]/.test(name)) return () => () => undefined
          return (...args: unknown[]) => bridge(name, args)
        },
      },
    )
  })
  return {
    folder,
    saved,
    service,
    settings,
    calls,
    exports: async () =>
      (await readdir(join(folder, 'exports'))).map((n) => join(folder, 'exports', n)),
  }
}
