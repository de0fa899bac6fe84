import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerIpc } from '../../../src/main/ipc/register'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { FileTokens } from '../../../src/main/services/file-tokens'
import { SettingsStore } from '../../../src/main/services/settings-store'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { handoutService } from './pdf-helpers'

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>
interface Failure {
  ok: false
  error: { code: string; message: string }
}

const service = handoutService()
let dir: string
let trusted: boolean
let handlers: Map<string, Handler>
let files: FileTokens
const spies = {
  generate: vi.fn((topicId: string, options) => service.generateHandout(topicId, options)),
  chooseSavePath: vi.fn(async (name: string): Promise<string | null> => join(dir, name)),
  write: vi.fn(writeFileAtomic),
  openPath: vi.fn(async (_path: string) => ''),
  showInFolder: vi.fn((_path: string) => undefined),
}

const VALID = {
  topicId: 'cramps-after-sex',
  options: {
    paper: 'a4',
    largePrint: false,
    clinic: { name: '', phone: '', website: '' },
    note: '',
  },
}

function invoke(channel: keyof typeof CHANNELS, payload?: unknown): Promise<unknown> {
  const handler = handlers.get(CHANNELS[channel])
  if (!handler) throw new Error(`no handler for ${CHANNELS[channel]}`)
  return handler({ senderFrame: { url: 'app://atlas/' } } as unknown as IpcMainInvokeEvent, payload)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-ipc-'))
  await service.generateHandout('cramps-after-sex')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

beforeEach(() => {
  Object.values(spies).forEach((spy) => spy.mockClear())
  trusted = true
  handlers = new Map()
  files = new FileTokens()
  registerIpc({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: () => trusted,
    appInfo: {
      name: 'Postcoital Atlas',
      version: '0.0.0-test',
      platform: 'linux',
      versions: { electron: '45.6.1', chrome: '142.0.0.0', node: '22.20.0' },
    },
    settings: new SettingsStore(join(dir, 'settings.json')),
    openExternal: vi.fn(async () => 'opened' as const),
    handouts: {
      generate: spies.generate,
      chooseSavePath: spies.chooseSavePath,
      write: spies.write,
    },
    files,
    openPath: spies.openPath,
    showInFolder: spies.showInFolder,
  })
})

function expectNothingStarted() {
  expect(spies.generate).not.toHaveBeenCalled()
  expect(spies.chooseSavePath).not.toHaveBeenCalled()
  expect(spies.write).not.toHaveBeenCalled()
}

describe('handouts:export over IPC', () => {
  it('exports a valid request and answers with a token for the saved file', async () => {
    const result = (await invoke('exportHandout', VALID)) as {
      ok: true
      value: { path: string; token: string; fileName: string }
    }
    expect(result).toMatchObject({ ok: true, value: { fileName: 'cramps-after-sex-handout.pdf' } })
    expect(spies.chooseSavePath).toHaveBeenCalledWith('cramps-after-sex-handout.pdf')
    expect(files.resolve(result.value.token)).toBe(result.value.path)
    expect(await readdir(dir)).toContain('cramps-after-sex-handout.pdf')
  })

  it.each([
    ['no payload', undefined],
    ['not an object', 'cramps-after-sex'],
    ['an array', [VALID]],
    ['a missing topicId', { options: VALID.options }],
    ['a topicId that climbs folders', { ...VALID, topicId: '../x' }],
    ['a topicId with a slash', { ...VALID, topicId: 'handouts/cramps-after-sex' }],
    ['a topicId with a backslash', { ...VALID, topicId: '..\\..\\x' }],
    ['an absolute path as topicId', { ...VALID, topicId: '/etc/passwd' }],
    ['an over-long topicId', { ...VALID, topicId: `a${'-b'.repeat(60)}` }],
    ['a topicId that is a number', { ...VALID, topicId: 42 }],
    ['a path beside the request', { ...VALID, path: '/tmp/evil.pdf' }],
    ['a path inside the options', { ...VALID, options: { ...VALID.options, path: '/tmp/x.pdf' } }],
    [
      'an extra clinic field',
      { ...VALID, options: { ...VALID.options, clinic: { ...VALID.options.clinic, email: 'x' } } },
    ],
    [
      'a note over 1000 characters',
      { ...VALID, options: { ...VALID.options, note: 'n'.repeat(1001) } },
    ],
    ['a huge note', { ...VALID, options: { ...VALID.options, note: 'n'.repeat(100_000) } }],
    ['an unknown paper size', { ...VALID, options: { ...VALID.options, paper: 'a3' } }],
    ['largePrint as a string', { ...VALID, options: { ...VALID.options, largePrint: 'true' } }],
    ['a note that is not a string', { ...VALID, options: { ...VALID.options, note: ['x'] } }],
  ])('rejects %s before generating or opening a dialog', async (_name, payload) => {
    const result = (await invoke('exportHandout', payload)) as Failure
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/Nothing was changed/) },
    })
    expectNothingStarted()
  })

  it('rejects a request from a foreign frame before looking at it', async () => {
    trusted = false
    expect(await invoke('exportHandout', VALID)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'forbidden' }),
    })
    expectNothingStarted()
  })

  it('reports an unknown topic and text the font cannot draw without opening the dialog', async () => {
    const unknown = (await invoke('exportHandout', {
      ...VALID,
      topicId: 'no-such-topic',
    })) as Failure
    expect(unknown.error.code).toBe('not-found')
    const emoji = (await invoke('exportHandout', {
      ...VALID,
      options: { ...VALID.options, note: 'See you soon 😀' },
    })) as Failure
    expect(emoji.error).toMatchObject({
      code: 'font-cannot-draw',
      message: expect.stringContaining('U+1F600'),
    })
    expect(spies.chooseSavePath).not.toHaveBeenCalled()
    expect(spies.write).not.toHaveBeenCalled()
  })
})

describe('files:open and files:show', () => {
  async function exported(): Promise<{ token: string; path: string }> {
    const result = (await invoke('exportHandout', VALID)) as {
      value: { token: string; path: string }
    }
    return result.value
  }

  it('open and show the file a token was issued for', async () => {
    const { token, path } = await exported()
    expect(await invoke('openExportedFile', { token })).toEqual({ ok: true, value: null })
    expect(spies.openPath).toHaveBeenCalledWith(path)
    expect(await invoke('showExportedFile', { token })).toEqual({ ok: true, value: null })
    expect(spies.showInFolder).toHaveBeenCalledWith(path)
  })

  it.each(['openExportedFile', 'showExportedFile'] as const)(
    '%s refuses a well-formed token it never issued',
    async (channel) => {
      await exported()
      const result = (await invoke(channel, { token: 'a'.repeat(32) })) as Failure
      expect(result.error.code).toBe('not-found')
      expect(spies.openPath).not.toHaveBeenCalled()
      expect(spies.showInFolder).not.toHaveBeenCalled()
    },
  )

  it.each([
    ['a path', { token: '/home/user/secret.pdf' }],
    ['a relative path', { token: '../../etc/passwd' }],
    ['upper-case hex', { token: 'A'.repeat(32) }],
    ['too short', { token: 'abc' }],
    ['a number', { token: 42 }],
    ['an extra path field', { token: 'a'.repeat(32), path: '/etc/passwd' }],
    ['no token', {}],
    ['no payload', undefined],
  ])('refuses a malformed token (%s)', async (_name, payload) => {
    for (const channel of ['openExportedFile', 'showExportedFile'] as const) {
      const result = (await invoke(channel, payload)) as Failure
      expect(result.error.code, channel).toBe('invalid-request')
    }
    expect(spies.openPath).not.toHaveBeenCalled()
    expect(spies.showInFolder).not.toHaveBeenCalled()
  })

  it('refuses a valid token from a foreign frame', async () => {
    const { token } = await exported()
    trusted = false
    expect(await invoke('openExportedFile', { token })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await invoke('showExportedFile', { token })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(spies.openPath).not.toHaveBeenCalled()
    expect(spies.showInFolder).not.toHaveBeenCalled()
  })

  it('reports a saved file that has since been moved', async () => {
    const { token } = await exported()
    spies.openPath.mockResolvedValueOnce('No such file')
    expect(await invoke('openExportedFile', { token })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('moved or deleted') },
    })
  })
})

describe('exports are PDFs, one at a time', () => {
  it('names a file typed with another extension as a PDF', async () => {
    spies.chooseSavePath.mockResolvedValueOnce(join(dir, 'leaflet.txt'))
    const result = (await invoke('exportHandout', VALID)) as {
      ok: true
      value: { path: string; fileName: string; token: string }
    }
    expect(result.value.fileName).toBe('leaflet.txt.pdf')
    expect(spies.write).toHaveBeenCalledWith(join(dir, 'leaflet.txt.pdf'), expect.anything())
    expect(await readdir(dir)).not.toContain('leaflet.txt')
    expect(await invoke('openExportedFile', { token: result.value.token })).toEqual({
      ok: true,
      value: null,
    })
    expect(spies.openPath).toHaveBeenCalledWith(join(dir, 'leaflet.txt.pdf'))
  })

  it('answers a second export "busy" while the first is still asking where to save', async () => {
    let choose: (path: string | null) => void = () => undefined
    spies.chooseSavePath.mockImplementationOnce(
      () => new Promise<string | null>((resolve) => (choose = resolve)),
    )
    const first = invoke('exportHandout', VALID)
    await vi.waitFor(() => expect(spies.chooseSavePath).toHaveBeenCalledOnce())
    const second = (await invoke('exportHandout', VALID)) as Failure
    expect(second.error).toEqual({
      code: 'busy',
      message: expect.stringMatching(/already being saved/),
    })
    expect(spies.generate).toHaveBeenCalledOnce()
    choose(join(dir, 'first.pdf'))
    expect(await first).toMatchObject({ ok: true, value: { fileName: 'first.pdf' } })
    // Once the first is done, the next export goes ahead.
    expect(await invoke('exportHandout', VALID)).toMatchObject({ ok: true })
  })

  it.each([
    ['a path that is not a PDF', 'notes.txt', (path: string) => writeFile(path, 'x')],
    ['a link put where the PDF was', 'swapped.pdf', (path: string) => symlink('/bin/sh', path)],
    ['a PDF that has gone', 'gone.pdf', async () => undefined],
  ])('open and show refuse %s', async (_name, name, make) => {
    const path = join(dir, name)
    await make(path)
    const token = files.issue(path)
    for (const channel of ['openExportedFile', 'showExportedFile'] as const) {
      const result = (await invoke(channel, { token })) as Failure
      expect(result.error.code, channel).toBe('not-found')
    }
    expect(spies.openPath).not.toHaveBeenCalled()
    expect(spies.showInFolder).not.toHaveBeenCalled()
  })
})
