import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { AudienceScreens } from '../../../src/main/present/audience-screens'
import { PresentationHub } from '../../../src/main/present/presentation-hub'
import { PresentFileStore } from '../../../src/main/present/present-file-store'
import {
  registerPresentIpc,
  type ViewContents,
  type WindowRole,
} from '../../../src/main/present/register-present-ipc'
import { createTrustedFrameCheck } from '../../../src/main/security/trusted-sender'
import { CHANNELS, PUSH_CHANNELS, type ChannelKey } from '../../../src/shared/ipc/channels'
import { IPC } from '../../../src/shared/ipc/contract'
import { initialPresentationState } from '../../../src/shared/present/state'
import type { StateMessage } from '../../../src/shared/present/messages'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { ExportedSlides, ExportSlidesRequest } from '../../../src/shared/ipc/present'
import { FakeWindow, fakeScreen, LAPTOP, PROJECTOR } from './screen-fakes'

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<IpcResult<unknown>>

/** A window's page as main sees it: an id, what was pushed to it, and its main frame. */
class Contents implements ViewContents {
  static next = 1
  readonly id = Contents.next++
  readonly pushed: [string, unknown][] = []
  mainFrame = { url: 'app://atlas/index.html#/present/cramps-after-orgasm/presenter' }
  private gone: (() => void)[] = []
  send = (channel: string, data: unknown) => void this.pushed.push([channel, data])
  once = (_event: 'destroyed', listener: () => void) => void this.gone.push(listener)
  destroy = () => this.gone.splice(0).forEach((f) => f())
  /** An invoke event from this page's main frame (or a subframe, or another site). */
  event(frame: 'main' | 'subframe' | 'foreign' = 'main'): IpcMainInvokeEvent {
    if (frame === 'main') return { sender: this, senderFrame: this.mainFrame } as never
    if (frame === 'subframe')
      return { sender: this, senderFrame: { url: this.mainFrame.url } } as never
    // The same window after its page navigated to another site.
    const away = { url: 'https://evil.example/' }
    return {
      sender: Object.assign(Object.create(this), { mainFrame: away }),
      senderFrame: away,
    } as never
  }
}

const KEY = 'deck:cramps-after-orgasm'
const SLIDES = 31
const state = (from: string, version: number, slide: number): StateMessage => ({
  type: 'state',
  presentation: KEY,
  from,
  version,
  slides: SLIDES,
  state: { ...initialPresentationState(SLIDES), slide },
})
const SESSIONS = {
  version: 1,
  sessions: [
    {
      id: 's-abc123',
      name: 'Pelvic pain after sex',
      audience: 'GP trainees',
      targetMinutes: 45,
      items: [{ deck: 'cramps-after-orgasm', slide: 'why-ask-about-it' }],
      updatedAt: '2026-12-07T09:00:00.000Z',
    },
  ],
}

const dir = await mkdtemp(join(tmpdir(), 'atlas-ipc-present-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

let handlers: Map<string, Handler>
let roles: Map<number, WindowRole>
let console: Contents
let audience: Contents
let printPage: Contents
let stranger: Contents
let screens: AudienceScreens
let consoleWindow: FakeWindow
let printerReady: Mock<(id: number, problem: string | null) => boolean>
let exportSlides: Mock<(request: ExportSlidesRequest) => Promise<IpcResult<ExportedSlides>>>
let n = 0

beforeEach(() => {
  handlers = new Map()
  console = new Contents()
  audience = new Contents()
  printPage = new Contents()
  stranger = new Contents()
  roles = new Map([
    [console.id, 'main'],
    [audience.id, 'audience'],
    [printPage.id, 'print'],
  ])
  consoleWindow = new FakeWindow(LAPTOP.workArea)
  screens = new AudienceScreens({
    screen: fakeScreen([LAPTOP, PROJECTOR]),
    consoleWindow: () => consoleWindow,
    createWindow: (bounds) => new FakeWindow(bounds),
    urlOf: (href) => `app://atlas/index.html${href}`,
    onChange: () => undefined,
  })
  printerReady = vi.fn(() => true)
  exportSlides = vi.fn(async () => ({
    ok: true as const,
    value: { fileName: 'x.pdf', path: '/x.pdf', token: 'a'.repeat(32), pages: 1, bytes: 9 },
  }))
  registerPresentIpc({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: createTrustedFrameCheck(),
    roleOf: (contents) => roles.get(contents.id) ?? null,
    hub: new PresentationHub(),
    screens,
    store: new PresentFileStore(join(dir, `case-${++n}`)),
    printer: { ready: printerReady },
    exportSlides,
  })
})

function invoke(
  from: Contents,
  channel: ChannelKey,
  payload?: unknown,
  frame: 'main' | 'subframe' | 'foreign' = 'main',
): Promise<IpcResult<unknown>> {
  return handlers.get(CHANNELS[channel])!(from.event(frame), payload)
}

const presentChannels = (Object.keys(IPC) as ChannelKey[]).filter((k) =>
  CHANNELS[k].startsWith('present:'),
)
const VALID: Partial<Record<ChannelKey, unknown>> = {
  presentSend: { type: 'hello', presentation: KEY, from: 'aaaaaa' },
  presentLeave: { presentation: KEY },
  chooseDisplay: { display: 2 },
  openAudience: { source: { kind: 'deck', id: 'cramps-after-orgasm' }, slide: 1, display: null },
  saveSessions: SESSIONS,
  saveTimings: { version: 1, budgets: {}, rehearsals: {} },
  exportSlides: {
    source: { kind: 'deck', id: 'cramps-after-orgasm' },
    options: { layout: 'script' },
  },
  printReady: { problem: null },
}

describe('presenting channels: who may send what', () => {
  it('registers every presenting channel of the contract', () => {
    expect(presentChannels).toHaveLength(13)
    for (const key of presentChannels) expect(handlers.has(CHANNELS[key]), key).toBe(true)
  })

  it.each(presentChannels)(
    "%s refuses subframes, other sites and windows that are not the app's",
    async (key) => {
      for (const frame of ['subframe', 'foreign'] as const) {
        const result = await invoke(console, key, VALID[key], frame)
        expect(result, frame).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
      expect(await invoke(stranger, key, VALID[key])).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    },
  )

  const ALLOWED: Record<WindowRole, ChannelKey[]> = {
    main: [
      'presentSend',
      'presentLeave',
      'presentScreens',
      'chooseDisplay',
      'openAudience',
      'swapScreens',
      'closeAudience',
      'loadSessions',
      'saveSessions',
      'loadTimings',
      'saveTimings',
      'exportSlides',
    ],
    audience: ['presentSend', 'presentLeave', 'loadSessions', 'loadTimings'],
    print: ['loadSessions', 'loadTimings', 'printReady'],
  }
  it.each(['main', 'audience', 'print'] as const)(
    'the %s window may use only its channels',
    async (role) => {
      const from = { main: console, audience, print: printPage }[role]
      for (const key of presentChannels) {
        const result = await invoke(from, key, VALID[key])
        const refused = !result.ok && result.error.code === 'forbidden'
        expect(refused, `${role} → ${key}`).toBe(!ALLOWED[role].includes(key))
      }
    },
  )
})

describe('presenting channels: payloads are validated before anything happens', () => {
  it.each([
    ['a state with no slide count', { ...state('aaaaaa', 1, 1), slides: undefined }],
    ['a slide far out of range', { ...state('aaaaaa', 1, 1), state: { slide: 99999 } }],
    ['an unknown message type', { type: 'script', presentation: KEY, from: 'aaaaaa' }],
    ['a presentation that is a path', { type: 'hello', presentation: '../../etc', from: 'aaaaaa' }],
    ['an extra field', { type: 'hello', presentation: KEY, from: 'aaaaaa', url: 'https://x' }],
    ['markup as the sender', { type: 'hello', presentation: KEY, from: '<img src=x>' }],
  ])('present:send refuses %s', async (_name, payload) => {
    expect(await invoke(console, 'presentSend', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it.each([
    [
      'an address instead of a deck',
      { ...(VALID.openAudience as object), source: { kind: 'deck', id: 'https://evil.example' } },
    ],
    [
      'a deck that climbs folders',
      { ...(VALID.openAudience as object), source: { kind: 'deck', id: '../x' } },
    ],
    ['an href', { href: 'file:///etc/passwd', slide: 1, display: null }],
    ['slide 0', { ...(VALID.openAudience as object), slide: 0 }],
    ['a display that is a string', { ...(VALID.openAudience as object), display: '2' }],
  ])('present:open-audience refuses %s and opens nothing', async (_name, payload) => {
    expect(await invoke(console, 'openAudience', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(screens.layout().audienceOpen).toBe(false)
  })

  it.each([
    ['a path', { ...(VALID.exportSlides as object), path: '/tmp/x.pdf' }],
    [
      '4 a page',
      {
        source: { kind: 'deck', id: 'x' },
        options: { layout: 'handout', perPage: 4, lines: true },
      },
    ],
    ['an unknown layout', { source: { kind: 'deck', id: 'x' }, options: { layout: 'poster' } }],
  ])('present:export-pdf refuses %s and prints nothing', async (_name, payload) => {
    expect(await invoke(console, 'exportSlides', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(exportSlides).not.toHaveBeenCalled()
  })

  it('refuses sessions that would not read back, and keeps what was saved', async () => {
    expect(await invoke(console, 'saveSessions', SESSIONS)).toEqual({ ok: true, value: null })
    const bad = { ...SESSIONS, sessions: [{ ...SESSIONS.sessions[0], name: '' }] }
    expect(await invoke(console, 'saveSessions', bad)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(await invoke(console, 'loadSessions')).toEqual({
      ok: true,
      value: { ok: true, value: SESSIONS },
    })
    expect(JSON.parse(await readFile(join(dir, `case-${n}`, 'sessions.json'), 'utf8'))).toEqual(
      SESSIONS,
    )
  })
})

describe('presenting channels: one state in main, both windows in step', () => {
  it('passes a move from the console to the audience window, and back', async () => {
    await invoke(console, 'presentSend', { type: 'hello', presentation: KEY, from: 'cccccc' })
    expect(
      await invoke(audience, 'presentSend', { type: 'hello', presentation: KEY, from: 'aaaaaa' }),
    ).toEqual({ ok: true, value: null })
    const moved = state('cccccc', 1, 4)
    expect(await invoke(console, 'presentSend', moved)).toEqual({ ok: true, value: null })
    expect(audience.pushed).toEqual([[PUSH_CHANNELS.presentMessage, moved]])
    expect(console.pushed).toEqual([])
    const back = state('aaaaaa', 2, 3)
    await invoke(audience, 'presentSend', back)
    expect(console.pushed).toEqual([[PUSH_CHANNELS.presentMessage, back]])
  })

  it('answers a window that opens late, or sends an older state, with the state it holds', async () => {
    await invoke(console, 'presentSend', state('cccccc', 5, 7))
    expect(
      await invoke(audience, 'presentSend', { type: 'hello', presentation: KEY, from: 'aaaaaa' }),
    ).toEqual({ ok: true, value: state('cccccc', 5, 7) })
    expect(await invoke(audience, 'presentSend', state('aaaaaa', 1, 0))).toEqual({
      ok: true,
      value: state('cccccc', 5, 7),
    })
    expect(console.pushed).toEqual([])
  })

  it('forgets a window whose page is gone, and a presentation nobody shows', async () => {
    await invoke(console, 'presentSend', state('cccccc', 5, 7))
    await invoke(audience, 'presentSend', { type: 'hello', presentation: KEY, from: 'aaaaaa' })
    audience.destroy()
    await invoke(console, 'presentSend', state('cccccc', 6, 8))
    expect(audience.pushed).toEqual([])
    await invoke(console, 'presentLeave', { presentation: KEY })
    expect(
      await invoke(audience, 'presentSend', { type: 'hello', presentation: KEY, from: 'aaaaaa' }),
    ).toEqual({ ok: true, value: null })
  })

  it('closes the audience window when the console leaves its presentation', async () => {
    const opened = await invoke(console, 'openAudience', VALID.openAudience)
    expect(opened).toMatchObject({
      ok: true,
      value: { audienceOpen: true, audience: PROJECTOR.id },
    })
    // The audience view leaving (a reload) does not close it; the console leaving does.
    await invoke(audience, 'presentLeave', { presentation: KEY })
    expect(screens.layout().audienceOpen).toBe(true)
    await invoke(console, 'presentLeave', { presentation: 'deck:other-deck' })
    expect(screens.layout().audienceOpen).toBe(true)
    await invoke(console, 'presentLeave', { presentation: KEY })
    expect(screens.layout().audienceOpen).toBe(false)
  })

  it('answers screen problems with their message, not a crash', async () => {
    expect(await invoke(console, 'swapScreens')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Open the audience window first.' },
    })
    expect(await invoke(console, 'chooseDisplay', { display: 77 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no longer connected/) },
    })
  })
})

describe('slides as PDF over IPC', () => {
  it('answers a second export "busy" while the first is still running', async () => {
    let finish: (value: IpcResult<ExportedSlides>) => void = () => undefined
    exportSlides.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    const first = invoke(console, 'exportSlides', VALID.exportSlides)
    await vi.waitFor(() => expect(exportSlides).toHaveBeenCalledOnce())
    expect(await invoke(console, 'exportSlides', VALID.exportSlides)).toEqual({
      ok: false,
      error: { code: 'busy', message: expect.stringMatching(/already being saved/) },
    })
    finish({ ok: false, error: { code: 'cancelled', message: 'Not saved' } })
    await first
    expect(await invoke(console, 'exportSlides', VALID.exportSlides)).toMatchObject({ ok: true })
  })

  it("passes a print page's readiness, with its sender, to the printer", async () => {
    await invoke(printPage, 'printReady', { problem: 'This session has no slides yet.' })
    expect(printerReady).toHaveBeenCalledWith(printPage.id, 'This session has no slides yet.')
    printerReady.mockReturnValueOnce(false)
    expect(await invoke(printPage, 'printReady', { problem: null })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
