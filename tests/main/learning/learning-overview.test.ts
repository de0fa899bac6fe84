import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CertificateService } from '../../../src/main/learning/certificate/certificate-service'
import { registerLearningIpc } from '../../../src/main/learning/ipc-learning'
import { moduleCatalogue } from '../../../src/main/learning/module-catalogue'
import { FileTokens } from '../../../src/main/services/file-tokens'
import { activityIndex } from '../../../src/shared/learning/claims'
import { reflectionTitle } from '../../../src/shared/learning/labels'
import { LEARNING_CHANNELS } from '../../../src/shared/learning/channels'
import type { LearningOverview, LearningSnapshot } from '../../../src/shared/learning/ipc'
import {
  appraisalYear,
  previousYear,
  revalidationCycle,
  within,
  type Period,
} from '../../../src/shared/learning/periods'
import { summarise, unreflected } from '../../../src/shared/learning/summary'
import { CONTENT, makeService, tempFolder } from './learning-fixtures'

/*
 * Property: the learning page's figures as main answers them on `learning:overview` are
 * exactly what the page used to work out itself from the whole record (`learning:get`):
 * the period's summary, its unreflected activities (count and the newest `limit`), its
 * reflections and their titles, and the record's state. Records are built through the
 * service's own channels (reading, self-checks, presentations, reflections made and deleted)
 * over several years, and the figures are asked for between changes, so an answer worked out
 * for an older record would be caught.
 */

const MODULES = ['cramps-after-orgasm', 'cramps-after-sex', 'leg-twitching-after-sex'] as const
const SECTIONS = ['physiology', 'red-flags', 'assessment'] as const
const FIRST_DAY = Date.UTC(2023, 0, 1, 10)
const DAYS = 4 * 365

const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10)

type Step =
  | { kind: 'read'; day: number; module: number; section: number; seconds: number }
  | { kind: 'check'; day: number; module: number; score: number }
  | { kind: 'present'; day: number; module: number; minutes: number; deck: boolean }
  | { kind: 'reflect'; day: number; picks: number[]; minutes: number; titled: boolean }
  | { kind: 'unreflect'; pick: number }
  | { kind: 'view'; period: Period; limit: number }

const day = fc.integer({ min: 0, max: DAYS })
const module = fc.nat({ max: MODULES.length - 1 })
const period: fc.Arbitrary<Period> = fc.oneof(
  // The same few periods often, as the page asks for them again (with other list lengths).
  fc.constantFrom(appraisalYear(isoDay(DAYS), '04-01'), appraisalYear(isoDay(DAYS / 2), '04-01')),
  fc
    .tuple(day, fc.constantFrom('04-01', '01-01', '02-29'))
    .map(([d, start]) => appraisalYear(isoDay(d), start)),
  fc
    .tuple(day, fc.constantFrom('04-01', '09-15'))
    .map(([d, start]) => previousYear(appraisalYear(isoDay(d), start), start)),
  fc
    .tuple(day, day, fc.constantFrom(3, 5))
    .map(([d, c, years]) => revalidationCycle(isoDay(d), isoDay(c), years)!),
  fc
    .tuple(day, fc.integer({ min: 1, max: DAYS }))
    .map(([d, length]) => ({ start: isoDay(d), end: isoDay(d + length) })),
)
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      day,
      module,
      section: fc.nat({ max: SECTIONS.length - 1 }),
      seconds: fc.integer({ min: 0, max: 900 }),
    }),
  },
  fc.record({
    kind: fc.constant('check' as const),
    day,
    module,
    score: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('present' as const),
    day,
    module,
    minutes: fc.integer({ min: 1, max: 120 }),
    deck: fc.boolean(),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('reflect' as const),
      day,
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      // Nothing claimed is always allowed; more only when the activities tracked enough.
      minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
      titled: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('unreflect' as const), pick: fc.nat() }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('view' as const),
      period,
      limit: fc.integer({ min: 0, max: 30 }),
    }),
  },
)

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>
const APP = { senderFrame: { url: 'app://atlas/index.html' } } as unknown as IpcMainInvokeEvent
const certificates = new CertificateService({
  resourcesDir: join(CONTENT, '..'),
  catalogue: moduleCatalogue(CONTENT),
  appVersion: '0.1.0-test',
})

/** Main's learning channels over a fresh record, and a clock the steps move. */
async function channels() {
  const folder = await tempFolder()
  let now = new Date(FIRST_DAY)
  const { service } = makeService(folder, { now: () => now })
  const handlers = new Map<string, Handler>()
  registerLearningIpc({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: (event) => event.senderFrame?.url === 'app://atlas/index.html',
    service,
    certificates,
    files: new FileTokens(),
    chooseSavePath: async () => null,
    chooseImportPath: async () => null,
    confirmDelete: async () => false,
  })
  /** A channel's answer as the renderer receives it (Electron copies it by structured clone). */
  const send = async (key: keyof typeof LEARNING_CHANNELS, payload?: unknown) =>
    structuredClone(await handlers.get(LEARNING_CHANNELS[key])!(APP, payload)) as {
      ok: boolean
      value?: unknown
      error?: { code: string }
    }
  /** The value of an answer that must succeed. */
  const invoke = async <T>(key: keyof typeof LEARNING_CHANNELS, payload?: unknown) => {
    const answer = await send(key, payload)
    expect(answer.ok, `${key}: ${JSON.stringify(answer)}`).toBe(true)
    return answer.value as T
  }
  return {
    folder,
    send,
    invoke,
    setDay: (d: number) => (now = new Date(FIRST_DAY + d * 86_400_000)),
  }
}

/** What the learning page used to work out from the whole record, for one period. */
function fromWholeRecord(snapshot: LearningSnapshot, period: Period, limit: number) {
  const { record, ...status } = snapshot
  const waiting = unreflected(record).filter((a) => within(a.date, period))
  const reflections = record.reflections
    .filter((r) => within(r.date, period))
    .sort((a, b) => (a.date < b.date ? 1 : -1))
  const index = activityIndex(record)
  return {
    summary: summarise(record, period),
    unreflected: { total: waiting.length, activities: waiting.slice(0, limit) },
    reflections: reflections.map((r) => ({
      id: r.id,
      template: r.template,
      date: r.date,
      claimedMinutes: r.claimedMinutes,
      preparationMinutes: r.preparationMinutes,
      title: reflectionTitle(r, index),
    })),
    ...status,
  }
}

describe('learning:overview agrees with the whole record (property)', () => {
  it('gives the figures the page would work out from the record, before and after every change', async () => {
    let views = 0
    let reflections = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const { folder, send, invoke, setDay } = await channels()
        try {
          // Last, the record's whole span, listed long and then short (the same question but
          // for the list's length must not get the longer answer back).
          const last: Step[] = [25, 2].map((limit) => ({
            kind: 'view',
            period: period0(steps),
            limit,
          }))
          for (const s of [...steps, ...last]) {
            const { record } = await invoke<LearningSnapshot>('getLearning')
            switch (s.kind) {
              case 'read':
                setDay(s.day)
                await invoke('trackLearning', {
                  moduleId: MODULES[s.module],
                  sections: { [SECTIONS[s.section]!]: s.seconds },
                  reached: [SECTIONS[s.section]],
                })
                break
              case 'check':
                setDay(s.day)
                await invoke('recordSelfCheck', {
                  moduleId: MODULES[s.module],
                  score: s.score,
                  total: 5,
                })
                break
              case 'present':
                await invoke('recordPresentation', {
                  source: s.deck
                    ? { kind: 'deck', id: MODULES[s.module] }
                    : { kind: 'session', id: 'half-day-release' },
                  title: 'Half-day release: pain after sex',
                  date: isoDay(s.day),
                  minutes: s.minutes,
                  audience: 'GP trainees',
                })
                break
              case 'reflect': {
                if (!record.activities.length) break
                setDay(s.day)
                // A claim the record cannot back is refused and changes nothing: also a case.
                const saved = await send('saveReflection', {
                  id: null,
                  draftId: null,
                  patientDetailsChecked: true,
                  body: {
                    template: 'free',
                    title: s.titled ? 'Red flags before reassurance' : '',
                    activityIds: s.picks.map(
                      (p) => record.activities[p % record.activities.length]!.id,
                    ),
                    fields: { reflection: 'I ask about sudden severe pain first.' },
                    codeThemes: [],
                    claimedMinutes: s.minutes,
                    preparationMinutes: 0,
                  },
                })
                if (saved.ok) reflections++
                else expect(saved.error?.code).toBe('invalid-request')
                break
              }
              case 'unreflect':
                if (record.reflections.length)
                  await invoke('deleteReflection', {
                    id: record.reflections[s.pick % record.reflections.length]!.id,
                  })
                break
              case 'view': {
                const overview = await invoke<LearningOverview>('getLearningOverview', {
                  period: s.period,
                  unreflectedLimit: s.limit,
                })
                const whole = await invoke<LearningSnapshot>('getLearning')
                expect(overview).toEqual(fromWholeRecord(whole, s.period, s.limit))
                expect(overview).not.toHaveProperty('record')
                views++
              }
            }
          }
        } finally {
          await rm(folder, { recursive: true, force: true })
        }
      }),
      { numRuns: 40 },
    )
    // Both sides were exercised: figures asked for, and claims made against the record.
    expect(views).toBeGreaterThan(40)
    expect(reflections).toBeGreaterThan(0)
  }, 60_000)
})

/** A period around the record's days, so the last look always has something in it. */
function period0(steps: Step[]): Period {
  const days = steps.filter((s): s is Step & { day: number } => 'day' in s).map((s) => s.day)
  const first = days.length ? Math.min(...days) : 0
  return { start: isoDay(first), end: isoDay(DAYS + 1) }
}
