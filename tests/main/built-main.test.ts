/**
 * The built main process, not the source: main is built exactly as `electron-vite build` builds
 * it (same config, production mode) into a scratch folder, then loaded against the electron
 * stand-in with the dev-server variable set, as someone with access to a clinician's launch
 * environment could set it.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { IpcMainInvokeEvent } from 'electron'
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { unloadableImports } from '../../packaging/packed-files'

const VARIABLE = 'ELECTRON_RENDERER_URL'
const DEV_SERVER = 'http://localhost:5173/'

type Calls = unknown[][]
const calls = (fn: unknown): Calls => [...(fn as { mock: { calls: Calls } }).mock.calls]

let outDir: string
let bundle: string
const seen: Record<string, Calls> = {}

beforeAll(async () => {
  await mkdir('.tmp', { recursive: true })
  // Inside the project, so the build's bare imports (zod, pdfkit…) resolve from node_modules.
  outDir = await mkdtemp(join('.tmp', 'built-main-'))
  const { resolveConfig } = await import('electron-vite')
  const { build } = await import('vite')
  const mode = process.env['NODE_ENV_ELECTRON_VITE']
  process.env['NODE_ENV_ELECTRON_VITE'] = 'production'
  try {
    // As `electron-vite build` resolves it: the build command in production mode.
    const config = await resolveConfig(
      { build: { outDir }, logLevel: 'silent' },
      'build',
      'production',
    )
    await build(config.config!.main!)
  } finally {
    if (mode === undefined) delete process.env['NODE_ENV_ELECTRON_VITE']
    else process.env['NODE_ENV_ELECTRON_VITE'] = mode
  }
  const entry = join(outDir, 'main', 'index.js')
  bundle = await readFile(entry, 'utf8')

  const before = process.env[VARIABLE]
  process.env[VARIABLE] = DEV_SERVER
  try {
    await import(/* @vite-ignore */ pathToFileURL(join(process.cwd(), entry)).href)
    ;(app as unknown as { __ready: () => void }).__ready()
    // Settings and the window's place are read from disk before the window opens.
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows().length).toBe(1))
  } finally {
    if (before === undefined) delete process.env[VARIABLE]
    else process.env[VARIABLE] = before
  }
  const window = (BrowserWindow as unknown as { instances: { loadURL: unknown }[] }).instances[0]
  seen['loadURL'] = calls(window?.loadURL)
  seen['ipc'] = calls(ipcMain.handle)
  seen['menu'] = calls(Menu.buildFromTemplate)
}, 60_000)

afterAll(() => rm(outDir, { recursive: true, force: true }))

describe('the built main process', () => {
  it('does not contain the dev-server variable at all', () => {
    expect(bundle.length).toBeGreaterThan(1000)
    expect(bundle).not.toContain(VARIABLE)
  })

  it('loads the app from app:// even when the variable points at a dev server', () => {
    expect(seen['loadURL']).toEqual([['app://atlas/index.html']])
  })

  it('refuses IPC from the dev server origin the variable names', async () => {
    const handler = seen['ipc']!.find(([name]) => name === CHANNELS.appInfo)?.[1] as (
      event: IpcMainInvokeEvent,
    ) => Promise<unknown>
    const from = (url: string) => {
      const frame = { url }
      return { sender: { mainFrame: frame }, senderFrame: frame } as unknown as IpcMainInvokeEvent
    }
    expect(await handler(from(DEV_SERVER))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await handler(from('app://atlas/index.html'))).toMatchObject({ ok: true })
  })

  it('loads no package at run time but electron and Node built-ins', () => {
    // The installed app has no node_modules: anything main imports must be inside the bundle.
    expect(unloadableImports('out/main/index.js', bundle, new Set())).toEqual([])
    expect(unloadableImports('out/main/index.js', 'import "zod"', new Set())).toHaveLength(1)
  })

  it('exports a handout with pdfkit, fontkit and the content code bundled into it', async () => {
    // Main is bundled with its packages (the installed app has no node_modules), so this is the
    // PDF path the packaged app runs, with only the save dialog answered by the test.
    const target = join(process.cwd(), outDir, 'bundled-export.pdf')
    vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: target })
    const handler = seen['ipc']!.find(([name]) => name === CHANNELS.exportHandout)?.[1] as (
      event: IpcMainInvokeEvent,
      request: unknown,
    ) => Promise<{ ok: boolean; value?: { pages: number } }>
    const frame = { url: 'app://atlas/index.html' }
    const event = {
      sender: { mainFrame: frame },
      senderFrame: frame,
    } as unknown as IpcMainInvokeEvent
    const result = await handler(event, { topicId: 'cramps-after-sex', options: {} })
    expect(result).toMatchObject({ ok: true })
    expect(result.value!.pages).toBeGreaterThan(0)
    expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('has no Reload or DevTools menu items', () => {
    const roles = JSON.stringify(seen['menu'])
    expect(roles).not.toMatch(/"reload"|"toggleDevTools"/)
    expect(roles).toContain('"togglefullscreen"')
  })
})
