import { access, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { parse } from 'csv-parse/sync'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CertificateService } from '../../../src/main/learning/certificate/certificate-service'
import { registerLearningIpc, MAX_IMPORT_BYTES } from '../../../src/main/learning/ipc-learning'
import { moduleCatalogue } from '../../../src/main/learning/module-catalogue'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { FileTokens } from '../../../src/main/services/file-tokens'
import { LEARNING_CHANNELS } from '../../../src/shared/learning/channels'
import { CONTENT, fsError, makeService, tempFolder, type Harness } from './learning-fixtures'

type Handler = (
  event: IpcMainInvokeEvent,
  payload?: unknown,
) => Promise<{ ok: boolean; value?: never; error?: { code: string; message: string } }>

let h: Harness
let handlers: Map<string, Handler>
let trusted: boolean
let savePath: string | null
let importPath: string | null
let confirm: boolean
let files: FileTokens
const write = vi.fn(writeFileAtomic)
const certificates = new CertificateService({
  resourcesDir: join(CONTENT, '..'),
  catalogue: moduleCatalogue(CONTENT),
  appVersion: '0.1.0-test',
})

function invoke(key: keyof typeof LEARNING_CHANNELS, payload?: unknown) {
  const handler = handlers.get(LEARNING_CHANNELS[key])
  if (!handler) throw new Error(`no handler for ${key}`)
  const url = trusted ? 'app://atlas/index.html' : 'https://evil.example/'
  return handler({ senderFrame: { url } } as unknown as IpcMainInvokeEvent, payload)
}

beforeEach(async () => {
  h = makeService(await tempFolder())
  handlers = new Map()
  trusted = true
  savePath = null
  importPath = null
  confirm = false
  files = new FileTokens()
  write.mockClear()
  registerLearningIpc({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: (event) => event.senderFrame?.url.startsWith('app://atlas/') ?? false,
    service: h.service,
    certificates,
    files,
    chooseSavePath: async () => savePath,
    chooseImportPath: async () => importPath,
    confirmDelete: async () => confirm,
    write,
  })
})

const track = {
  moduleId: 'cramps-after-orgasm',
  sections: { physiology: 300 },
  reached: ['physiology'],
}

describe('learning channels', () => {
  it('registers every learning channel of the contract', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(LEARNING_CHANNELS).sort())
  })

  it('refuses a sender that is not the app, before reading the payload', async () => {
    trusted = false
    expect(await invoke('trackLearning', track)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    trusted = true
    expect((await invoke('getLearning')).value).toMatchObject({ record: { activities: [] } })
  })

  it('validates every payload: too much time at once, unknown fields, bad ids, impossible dates', async () => {
    for (const [key, payload] of [
      ['trackLearning', { ...track, sections: { physiology: 901 } }],
      ['trackLearning', { ...track, extra: true }],
      ['trackLearning', { ...track, moduleId: '../settings' }],
      ['recordSelfCheck', { moduleId: 'cramps-after-orgasm', score: 6, total: 5 }],
      [
        'recordPresentation',
        { source: { kind: 'deck', id: 'cramps-after-orgasm' }, date: '2027-02-30', minutes: 45 },
      ],
      ['exportLearning', { format: 'xlsx', period: null }],
      [
        'saveCertificate',
        { period: { start: '2027-04-01', end: '2026-04-01' }, moduleId: null, reflectionIds: [] },
      ],
      ['deleteReflection', { id: 'x' }],
      // The learning page's figures: a real period, a whole count within the record's bounds.
      [
        'getLearningOverview',
        { period: { start: '2027-04-01', end: '2026-04-01' }, unreflectedLimit: 25 },
      ],
      [
        'getLearningOverview',
        { period: { start: '2026-04-01', end: '2026-04-01' }, unreflectedLimit: 25 },
      ],
      [
        'getLearningOverview',
        { period: { start: '2026-02-30', end: '2027-04-01' }, unreflectedLimit: 25 },
      ],
      [
        'getLearningOverview',
        { period: { start: '2026-04-01', end: '2027-04-01' }, unreflectedLimit: -1 },
      ],
      [
        'getLearningOverview',
        { period: { start: '2026-04-01', end: '2027-04-01' }, unreflectedLimit: 2.5 },
      ],
      [
        'getLearningOverview',
        { period: { start: '2026-04-01', end: '2027-04-01' }, unreflectedLimit: 200_001 },
      ],
      [
        'getLearningOverview',
        {
          period: { start: '2026-04-01', end: '2027-04-01' },
          unreflectedLimit: 25,
          path: '/etc',
        },
      ],
      ['getLearningOverview', { period: { start: '2026-04-01', end: '2027-04-01' } }],
      ['getLearningOverview', undefined],
    ] as const) {
      const result = await invoke(key, payload)
      expect(result, key).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    expect((await h.service.snapshot()).record.activities).toEqual([])
  })

  it('answers the learning page with its period’s figures, not the record; refuses another sender', async () => {
    await invoke('trackLearning', track)
    await invoke('recordSelfCheck', { moduleId: 'cramps-after-orgasm', score: 3, total: 5 })
    const request = { period: { start: '2026-04-01', end: '2027-04-01' }, unreflectedLimit: 1 }
    const answer = await invoke('getLearningOverview', request)
    expect(answer).toMatchObject({
      ok: true,
      value: {
        summary: { trackedSeconds: 300, byKind: { 'self-check': { activities: 1 } } },
        // Both activities wait for a reflection; only the newest one is listed.
        unreflected: { total: 2, activities: [{ kind: 'self-check' }] },
        reflections: [],
        drafts: [],
        writable: true,
        notice: null,
      },
    })
    expect(answer.value).not.toHaveProperty('record')
    trusted = false
    expect(await invoke('getLearningOverview', request)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })

  it('records a presentation given (title from the content for a deck, the name for a session)', async () => {
    expect(
      await invoke('recordPresentation', {
        source: { kind: 'deck', id: 'cramps-after-orgasm' },
        date: '2027-03-01',
        minutes: 45,
        audience: 'GP trainees',
      }),
    ).toMatchObject({ ok: true, value: { recorded: true } })
    expect(
      await invoke('recordPresentation', {
        source: { kind: 'session', id: 'half-day-release' },
        title: 'Half-day release: pain after sex',
        date: '2027-03-08',
        minutes: 90,
        audience: '',
      }),
    ).toMatchObject({ ok: true })
    expect(
      await invoke('recordPresentation', {
        source: { kind: 'session', id: 'half-day-release' },
        date: '2027-03-08',
        minutes: 90,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const { record } = await h.service.snapshot()
    expect(record.activities.map((a) => [a.kind, a.title, a.date])).toEqual([
      ['presentation', 'Cramps after orgasm', '2027-03-01'],
      ['presentation', 'Half-day release: pain after sex', '2027-03-08'],
    ])
  })

  it('exports activities as CSV where the clinician chose, named .csv whatever was typed', async () => {
    await invoke('trackLearning', track)
    await invoke('recordSelfCheck', { moduleId: 'cramps-after-orgasm', score: 3, total: 5 })
    savePath = join(h.folder, 'my portfolio')
    const result = await invoke('exportLearning', { format: 'activities-csv', period: null })
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'my portfolio.csv', token: null, count: 2 },
    })
    const rows = parse(await readFile(`${savePath}.csv`, 'utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[]
    expect(rows.map((r) => r['Activity'])).toEqual(['Reading', 'Self-check'])
  })

  it('a closed dialog saves nothing; a full disk says so; a second export while one is open is refused', async () => {
    expect(await invoke('exportLearning', { format: 'teaching-csv', period: null })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    })
    expect(write).not.toHaveBeenCalled()
    savePath = join(h.folder, 'log.csv')
    write.mockRejectedValueOnce(fsError('ENOSPC'))
    expect(await invoke('exportLearning', { format: 'teaching-csv', period: null })).toMatchObject({
      ok: false,
      error: { code: 'write-failed', message: expect.stringMatching(/disk is full/) },
    })
    let release: (path: string | null) => void = () => undefined
    savePath = null
    handlers.clear()
    registerLearningIpc({
      ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
      isTrusted: () => true,
      service: h.service,
      certificates,
      files,
      chooseSavePath: () => new Promise((resolve) => (release = resolve)),
      chooseImportPath: async () => null,
      confirmDelete: async () => false,
    })
    const first = invoke('exportLearning', { format: 'activities-csv', period: null })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(
      await invoke('saveCertificate', {
        period: { start: '2026-04-01', end: '2027-04-01' },
        moduleId: null,
        reflectionIds: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'busy' } })
    release(null)
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } })
  })

  it('saves a certificate and hands back a token that Open and Show accept', async () => {
    await invoke('trackLearning', track)
    savePath = join(h.folder, 'certificate')
    const result = await invoke('saveCertificate', {
      period: { start: '2026-04-01', end: '2028-04-01' },
      moduleId: null,
      reflectionIds: [],
    })
    expect(result).toMatchObject({ ok: true, value: { fileName: 'certificate.pdf' } })
    const value = result.value as unknown as { token: string; path: string; count: number }
    expect(files.resolve(value.token)).toBe(value.path)
    expect(value.count).toBeGreaterThan(0)
    expect((await stat(value.path)).size).toBeGreaterThan(1000)
  })

  it('imports an export file, and refuses one too large to be a record', async () => {
    await invoke('trackLearning', track)
    await h.service.flush()
    savePath = join(h.folder, 'everything.json')
    await invoke('exportLearning', { format: 'everything-json', period: null })
    const fresh = makeService(await tempFolder())
    handlers.clear()
    registerLearningIpc({
      ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
      isTrusted: () => true,
      service: fresh.service,
      certificates,
      files,
      chooseSavePath: async () => null,
      chooseImportPath: async () => importPath,
      confirmDelete: async () => false,
    })
    expect(await invoke('importLearning')).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    })
    importPath = savePath
    expect(await invoke('importLearning')).toMatchObject({
      ok: true,
      value: { report: { activitiesAdded: 1 } },
    })
    const huge = join(h.folder, 'huge.json')
    await writeFile(huge, Buffer.alloc(MAX_IMPORT_BYTES + 1, 32))
    importPath = huge
    expect(await invoke('importLearning')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('deletes the record only after the clinician confirms in main’s own dialog', async () => {
    await invoke('trackLearning', track)
    await h.service.flush()
    expect(await invoke('deleteLearningRecord')).toMatchObject({
      ok: true,
      value: { deleted: false },
    })
    await access(h.recordPath)
    confirm = true
    expect(await invoke('deleteLearningRecord')).toMatchObject({
      ok: true,
      value: { deleted: true },
    })
    await expect(access(h.recordPath)).rejects.toThrow()
  })
})
