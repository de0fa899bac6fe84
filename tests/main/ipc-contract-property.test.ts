import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { registerIpc, type IpcDeps } from '../../src/main/ipc/register'
import { registerLearningIpc, type LearningIpcDeps } from '../../src/main/learning/ipc-learning'
import {
  registerPresentIpc,
  type PresentIpcDeps,
} from '../../src/main/present/register-present-ipc'
import { IPC } from '../../src/shared/ipc/contract'
import { DEFAULT_SETTINGS } from '../../src/shared/settings/settings-schema'

/*
 * Property: for every channel of the one IPC contract, as main really registers it, any
 * payload either parses to the channel's type and reaches the handler, or is refused with
 * `invalid-request` before the handler touches anything: every dependency handed to the
 * registration (services, stores, dialogs, the shell, the screens) is a recorder that notes
 * each property read and call, and a refused payload must leave it empty. Payloads are
 * arbitrary values and mutations of a valid one (a field replaced, removed or added, including
 * `__proto__` and `constructor`). A sender that is not the app's frame is refused the same way.
 */

type Key = keyof typeof IPC
const RECORD = 'rec-00000001'
const BODY = {
  template: 'free',
  title: 'Reflection',
  activityIds: [RECORD],
  fields: { learning: 'What I learnt.' },
  codeThemes: [],
  claimedMinutes: 10,
  preparationMinutes: 0,
}
const NOW = '2026-06-01T10:00:00.000Z'

/** One valid request per channel (undefined: the channel takes none). */
const VALID: Record<Key, unknown> = {
  appInfo: undefined,
  openExternal: { url: 'https://www.nice.org.uk/guidance/ng73' },
  getSettings: undefined,
  saveSettings: DEFAULT_SETTINGS,
  exportHandout: { topicId: 'cramps-after-sex', options: { paper: 'a4', largePrint: true } },
  openExportedFile: { token: 'a'.repeat(32) },
  showExportedFile: { token: 'b'.repeat(32) },
  getLearning: undefined,
  getLearningOverview: {
    period: { start: '2026-04-01', end: '2027-04-01' },
    unreflectedLimit: 25,
  },
  trackLearning: { moduleId: 'cramps-after-sex', sections: { physiology: 30 }, reached: [] },
  recordSelfCheck: { moduleId: 'cramps-after-sex', score: 3, total: 5 },
  recordPresentation: {
    source: { kind: 'deck', id: 'cramps-after-sex' },
    date: '2026-05-01',
    minutes: 30,
  },
  saveReflection: { id: null, body: BODY, draftId: null, patientDetailsChecked: true },
  deleteReflection: { id: RECORD },
  saveReflectionDraft: { id: RECORD, reflectionId: null, body: BODY, updatedAt: NOW },
  discardReflectionDraft: { id: RECORD },
  exportLearning: { format: 'activities-csv', period: null },
  saveCertificate: {
    period: { start: '2026-01-01', end: '2026-06-01' },
    moduleId: null,
    reflectionIds: [RECORD],
  },
  importLearning: undefined,
  deleteLearningRecord: undefined,
  presentSend: { type: 'hello', presentation: 'deck:cramps-after-sex', from: 'abcdef12' },
  presentLeave: { presentation: 'deck:cramps-after-sex' },
  presentScreens: undefined,
  chooseDisplay: { display: 2 },
  openAudience: { source: { kind: 'deck', id: 'cramps-after-sex' }, slide: 1, display: null },
  swapScreens: undefined,
  closeAudience: undefined,
  loadSessions: undefined,
  saveSessions: { version: 1, sessions: [] },
  loadTimings: undefined,
  saveTimings: { version: 1, budgets: { 'cramps-after-sex/intro': 60 }, rehearsals: {} },
  exportSlides: { source: { kind: 'session', id: 'gp-trainees' }, options: { layout: 'script' } },
  printReady: { problem: null },
  reportRoute: {
    path: '/modules/cramps-after-sex',
    name: 'module',
    bare: false,
    canGoBack: true,
    canGoForward: false,
    hasHandout: true,
    hasDeck: true,
  },
}

/** Notes every property read and call on the dependencies, and answers each with another recorder. */
function recorder(touched: string[], path: string): unknown {
  return new Proxy(function dependency() {}, {
    get(_target, key) {
      // Not a promise, not iterable: awaiting a dependency gives the recorder back.
      if (typeof key === 'symbol' || key === 'then') return undefined
      touched.push(`${path}.${key}`)
      return recorder(touched, `${path}.${key}`)
    },
    apply() {
      touched.push(`${path}()`)
      return recorder(touched, `${path}()`)
    },
  })
}

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
const handlers = new Map<string, Invoke>()
const touched: string[] = []
let trusted = true

function registerAll(): void {
  const ipcMain = { handle: (name: string, fn: Invoke) => void handlers.set(name, fn) }
  const isTrusted = () => trusted
  // Everything else on the dependencies is a recorder.
  const deps = <T>(real: object): T =>
    new Proxy(real, {
      get(target, key) {
        if (key in target) return target[key as keyof typeof target]
        touched.push(`deps.${String(key)}`)
        return recorder(touched, `deps.${String(key)}`)
      },
    }) as T
  registerIpc(deps<IpcDeps>({ ipcMain, isTrusted }))
  registerLearningIpc(deps<LearningIpcDeps>({ ipcMain, isTrusted }))
  registerPresentIpc(
    deps<PresentIpcDeps>({
      ipcMain,
      isTrusted,
      // The sender's role is part of the handler: reading it counts as reaching it.
      roleOf: (contents: { role: string }) => (touched.push('deps.roleOf()'), contents.role),
    }),
  )
}

function event(key: Key): IpcMainInvokeEvent {
  const sender = { id: 7, role: key === 'printReady' ? 'print' : 'main', send() {}, once() {} }
  return { sender, senderFrame: null } as unknown as IpcMainInvokeEvent
}

/** Paths to every value inside `value` (the root is []). */
function paths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const inner =
    value && typeof value === 'object'
      ? Object.keys(value).flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, k]))
      : []
  return [at, ...inner]
}

/** A copy of `value` with `change` applied to the container of `path`'s last key. */
function mutate(
  value: unknown,
  path: PropertyKey[],
  change: (parent: Record<PropertyKey, unknown>, key: PropertyKey) => void,
): unknown {
  const copy = structuredClone(value) as Record<PropertyKey, unknown>
  const holder = { root: copy } as Record<PropertyKey, unknown>
  let parent = holder
  let key: PropertyKey = 'root'
  for (const step of path) {
    parent = parent[key] as Record<PropertyKey, unknown>
    key = step
  }
  change(parent, key)
  return holder['root']
}

const anything = fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true })
const strangeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'path', 'extra', 'then')

/** Arbitrary payloads and mutations of the channel's valid one. */
function payloads(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid)
  const objects = all.filter((p) => {
    const v = p.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)[k], valid)
    return v !== null && typeof v === 'object' && !Array.isArray(v)
  })
  const options: fc.Arbitrary<unknown>[] = [
    anything,
    fc.constant(valid),
    fc
      .tuple(fc.constantFrom(...all), anything)
      .map(([path, replacement]) =>
        mutate(valid, path, (parent, key) => (parent[key] = replacement)),
      ),
  ]
  if (all.length > 1)
    options.push(
      fc
        .constantFrom(...all.slice(1))
        .map((path) => mutate(valid, path, (parent, key) => delete parent[key])),
    )
  if (objects.length)
    options.push(
      fc.tuple(fc.constantFrom(...objects), strangeKey, anything).map(([path, name, extra]) =>
        mutate(valid, path, (parent, key) =>
          // An own property, as structured clone delivers it (not the object's prototype).
          Object.defineProperty(parent[key], name, { value: extra, enumerable: true }),
        ),
      ),
    )
  return fc.oneof(...options)
}

describe('every IPC payload parses to the contract or is refused before any side effect (property)', () => {
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    registerAll()
  })
  afterAll(() => vi.restoreAllMocks())

  it('main registers exactly the contract’s channels, and each sample is valid', () => {
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(IPC)
        .map((c) => c.name)
        .sort(),
    )
    for (const key of Object.keys(IPC) as Key[])
      expect(IPC[key].request.safeParse(VALID[key]).success, key).toBe(true)
  })

  it.each(Object.keys(IPC) as Key[])('%s', async (key) => {
    const channel = IPC[key]
    const invoke = handlers.get(channel.name)!
    let reached = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(payloads(VALID[key]), fc.boolean(), async (payload, fromApp) => {
        trusted = fromApp
        touched.length = 0
        const valid = channel.request.safeParse(payload).success
        const answer = (await invoke(event(key), payload)) as {
          ok: boolean
          error?: { code: string }
        }
        if (!fromApp || !valid) {
          expect(answer).toMatchObject({
            ok: false,
            error: { code: fromApp ? 'invalid-request' : 'forbidden' },
          })
          expect(touched).toEqual([])
          refused++
        } else {
          expect(answer.error?.code).not.toBe('invalid-request')
          expect(touched.length).toBeGreaterThan(0)
          reached++
        }
      }),
      // The valid payload from the app and from elsewhere always run, besides the random ones.
      {
        numRuns: 40,
        examples: [
          [VALID[key], true],
          [VALID[key], false],
        ],
      },
    )
    // Both sides of the property were exercised.
    expect(reached).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
  })
})
