import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { todayIso } from '../../shared/dates'
import type {
  ExportRequest,
  ImportResult,
  LearningOverview,
  LearningSnapshot,
  OverviewRequest,
  PresentationRequest,
  SavedReflection,
  SaveReflectionRequest,
  TrackRequest,
  TrackResult,
} from '../../shared/learning/ipc'
import { presentationRequestSchema } from '../../shared/learning/ipc'
import { activitiesCsv, teachingLogCsv } from '../../shared/learning/csv'
import { buildExport, readExport, type ImportProblem } from '../../shared/learning/export-format'
import { mergeRecords } from '../../shared/learning/merge'
import {
  digestRecord,
  overviewOf,
  UNREFLECTED_PAGE,
  type RecordDigest,
  type RecordOverview,
} from '../../shared/learning/overview'
import { appraisalYear } from '../../shared/learning/periods'
import { migrateRecord } from '../../shared/learning/migrations'
import { findPatientDetails } from '../../shared/learning/patient-details'
import {
  addActivity,
  addReading,
  removeReflection,
  saveReflection,
  type Stamp,
} from '../../shared/learning/record-ops'
import {
  draftsFileSchema,
  EMPTY_DRAFTS,
  EMPTY_RECORD,
  RECORD_LIMITS,
  reflectionBodySchema,
  type Draft,
  type DraftsFile,
  type LearningRecord,
} from '../../shared/learning/schema'
import type { LearningSettings } from '../../shared/learning/settings'
import type { RecordCipher } from './cipher'
import { EncryptedDocument, type Loaded } from './encrypted-document'
import { LearningError } from './errors'
import type { ModuleCatalogue } from './module-catalogue'
import { draftsNotice, recordNotice } from './record-notices'

/**
 * The learning section of the app's settings, read from main's one settings store each time
 * (the settings page changes it through the settings channel, never through this service).
 */
export interface LearningSettingsAccess {
  load(): Promise<LearningSettings>
}

export interface LearningServiceOptions {
  /** The record's own folder in the user-data folder. */
  folder: string
  cipher: RecordCipher
  settings: LearningSettingsAccess
  catalogue: ModuleCatalogue
  app: { name: string; version: string }
  now?: () => Date
  newId?: () => string
  /** For fault tests: the atomic writer. */
  write?: (path: string, data: Uint8Array | string) => Promise<void>
  /** How long tracked time waits in memory before it is written (reports come every 30 s). */
  saveDelayMs?: number
}

/** A file's bytes and what to call it, for the IPC layer to offer in a save dialog. */
export interface ExportFile {
  bytes: Uint8Array
  suggestedName: string
  count: number
}

interface State {
  record: LearningRecord
  drafts: DraftsFile
  recordLoad: Loaded<LearningRecord>
  draftsLoad: Loaded<DraftsFile>
}

/**
 * The learning record in main: the only reader and writer of the record file. Every change
 * goes through one queue (no two writes interleave) and is saved atomically; tracked reading
 * is gathered for a couple of seconds and written once. Recording needs the clinician's
 * consent; reflections, exports and deleting work whatever the answer.
 */
export class LearningService {
  private readonly recordDoc: EncryptedDocument<LearningRecord>
  private readonly draftsDoc: EncryptedDocument<DraftsFile>
  private state?: Promise<State>
  private queue: Promise<unknown> = Promise.resolve()
  private saveTimer: ReturnType<typeof setTimeout> | null = null
  private unsaved = false
  /** The last failed background save, shown on the learning page until a save succeeds. */
  private writeProblem: string | null = null
  /**
   * Claims and unreflected activities of the record as it is, shared by every period the page
   * asks for. Keyed by the record object: every change makes a new one, so an old digest is
   * never used for a changed record.
   */
  private readonly digests = new WeakMap<LearningRecord, RecordDigest>()
  /** The last overview worked out, kept while the record and the question are the same. */
  private lastOverview: { record: LearningRecord; key: string; value: RecordOverview } | null = null

  constructor(private readonly options: LearningServiceOptions) {
    const today = () => this.stamp().today
    this.recordDoc = new EncryptedDocument({
      path: join(options.folder, 'learning-record.json'),
      cipher: options.cipher,
      parse: (raw) => {
        const migrated = migrateRecord(raw)
        if (migrated.ok)
          return { ok: true, value: migrated.record, migrated: migrated.migratedFrom !== null }
        return {
          ok: false,
          newer: migrated.problem.code === 'newer-version',
          detail: migrated.problem.code,
        }
      },
      empty: () => structuredClone(EMPTY_RECORD),
      write: options.write,
      backups: { folder: join(options.folder, 'backups'), keep: 7, today },
      now: options.now,
    })
    this.draftsDoc = new EncryptedDocument({
      path: join(options.folder, 'learning-drafts.json'),
      cipher: options.cipher,
      parse: (raw) => {
        const parsed = draftsFileSchema.safeParse(raw)
        if (parsed.success) return { ok: true, value: parsed.data }
        const version = (raw as { version?: unknown } | null)?.version
        return { ok: false, newer: typeof version === 'number' && version > 1, detail: 'invalid' }
      },
      empty: () => structuredClone(EMPTY_DRAFTS),
      write: options.write,
      now: options.now,
    })
  }

  private stamp(): Stamp {
    const now = this.options.now?.() ?? new Date()
    return {
      today: todayIso(now),
      now: now.toISOString(),
      newId: this.options.newId ?? randomUUID,
    }
  }

  private load(): Promise<State> {
    this.state ??= (async () => {
      const [recordLoad, draftsLoad] = await Promise.all([
        this.recordDoc.load(),
        this.draftsDoc.load(),
      ])
      return { record: recordLoad.value, drafts: draftsLoad.value, recordLoad, draftsLoad }
    })()
    return this.state
  }

  /** Runs `task` after every earlier change has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private requireWritable(state: State): void {
    if (!state.recordLoad.writable)
      throw new LearningError(
        'write-failed',
        recordNotice(state.recordLoad, this.options.folder) ??
          'Your learning record cannot be changed now.',
      )
  }

  private async consented(): Promise<boolean> {
    return (await this.options.settings.load()).consent === 'on'
  }

  /** Saves the record now; on failure the change is undone in memory and the error thrown. */
  private async commit(state: State, next: LearningRecord): Promise<void> {
    this.requireWritable(state)
    this.cancelTimer()
    await this.recordDoc.save(next)
    state.record = next
    this.unsaved = false
    this.writeProblem = null
  }

  private cancelTimer(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
  }

  /** Writes tracked time a little later, so a report every 30 s is one write, not many. */
  private scheduleSave(): void {
    this.unsaved = true
    if (this.saveTimer) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.flush().catch(() => undefined)
    }, this.options.saveDelayMs ?? 2_000)
  }

  /** Writes anything tracked but not yet saved (called before the app quits). */
  flush(): Promise<void> {
    return this.exclusive(async () => {
      this.cancelTimer()
      if (!this.unsaved) return
      const state = await this.load()
      try {
        await this.recordDoc.save(state.record)
        this.unsaved = false
        this.writeProblem = null
      } catch (error) {
        // Kept in memory and tried again with the next report; the page shows why.
        this.writeProblem = (error as Error).message
        throw error
      }
    })
  }

  async snapshot(): Promise<LearningSnapshot> {
    const state = await this.load()
    return { record: state.record, ...this.status(state) }
  }

  /** The learning page's figures for one period, without sending the record itself. */
  async overview(request: OverviewRequest): Promise<LearningOverview> {
    // After every change already asked for: the reading the module page reports as it closes
    // reaches main just before the learning page asks for its figures, which must include it.
    await this.queue
    const state = await this.load()
    return { ...this.overviewOf(state.record, request), ...this.status(state) }
  }

  private overviewOf(record: LearningRecord, request: OverviewRequest): RecordOverview {
    const key = JSON.stringify([request.period.start, request.period.end, request.unreflectedLimit])
    const last = this.lastOverview
    if (last?.record === record && last.key === key) return last.value
    const value = overviewOf(record, request, this.digest(record))
    this.lastOverview = { record, key, value }
    return value
  }

  /**
   * Reads the record and works out its claims, and the figures the learning page asks for
   * first (this appraisal year), ahead of the first request, so the page does not wait for
   * years of record to be decrypted, checked and summed. Only with consent (without it the
   * record may never be opened); a problem is left for the page to report.
   */
  async warm(): Promise<void> {
    const settings = await this.options.settings.load().catch(() => null)
    if (settings?.consent !== 'on') return
    const state = await this.load().catch(() => null)
    if (!state) return
    const period = appraisalYear(this.stamp().today, settings.yearStart)
    this.overviewOf(state.record, { period, unreflectedLimit: UNREFLECTED_PAGE })
  }

  private digest(record: LearningRecord): RecordDigest {
    let digest = this.digests.get(record)
    if (!digest) {
      digest = digestRecord(record)
      this.digests.set(record, digest)
    }
    return digest
  }

  /** Drafts, protection and anything the clinician must know: everything but the record. */
  private status(state: State): Omit<LearningSnapshot, 'record'> {
    const notices = [
      recordNotice(state.recordLoad, this.options.folder),
      draftsNotice(state.draftsLoad),
      this.writeProblem,
    ].filter((n): n is string => Boolean(n))
    return {
      drafts: state.drafts.drafts,
      storage: { encryption: this.options.cipher.encryption, folder: this.options.folder },
      notice: notices.length ? notices.join(' ') : null,
      writable: state.recordLoad.writable,
    }
  }

  private async moduleTitle(moduleId: string): Promise<string> {
    const module = await this.options.catalogue.get(moduleId)
    if (!module)
      throw new LearningError(
        'not-found',
        `There is no module called “${moduleId}”. It may have been renamed in a content update.`,
      )
    return module.title
  }

  /** Adds tracked reading. Without consent nothing is stored and `recorded` is false. */
  track(request: TrackRequest): Promise<TrackResult> {
    return this.exclusive(async () => {
      if (!(await this.consented())) return { recorded: false }
      const state = await this.load()
      if (!state.recordLoad.writable) return { recorded: false }
      const title = await this.moduleTitle(request.moduleId)
      state.record = addReading(
        state.record,
        { moduleId: request.moduleId, title, delta: request },
        this.stamp(),
      )
      this.scheduleSave()
      return { recorded: true }
    })
  }

  /** Adds one activity (self-check, handout, presentation) and saves at once. */
  private addOne(
    build: (stamp: Stamp) => Promise<Parameters<typeof addActivity>[1]>,
  ): Promise<TrackResult> {
    return this.exclusive(async () => {
      if (!(await this.consented())) return { recorded: false }
      const state = await this.load()
      if (!state.recordLoad.writable) return { recorded: false }
      const activity = await build(this.stamp())
      await this.commit(state, addActivity(state.record, activity))
      return { recorded: true }
    })
  }

  selfCheck(request: { moduleId: string; score: number; total: number }): Promise<TrackResult> {
    return this.addOne(async (stamp) => ({
      id: stamp.newId(),
      kind: 'self-check',
      moduleId: request.moduleId,
      title: await this.moduleTitle(request.moduleId),
      date: stamp.today,
      at: stamp.now,
      score: request.score,
      total: request.total,
    }))
  }

  /** A patient handout was saved (called by main's handout export, never by the renderer). */
  handoutSaved(moduleId: string): Promise<TrackResult> {
    return this.addOne(async (stamp) => ({
      id: stamp.newId(),
      kind: 'handout',
      moduleId,
      title: await this.moduleTitle(moduleId),
      date: stamp.today,
      at: stamp.now,
    }))
  }

  presentation(input: PresentationRequest): Promise<TrackResult> {
    const request = presentationRequestSchema.parse(input)
    return this.addOne(async (stamp) => {
      const deck = request.source.kind === 'deck'
      const title = deck ? await this.moduleTitle(request.source.id) : request.title
      if (!title)
        throw new LearningError(
          'invalid-request',
          'A teaching session needs its name to be recorded.',
        )
      return {
        id: stamp.newId(),
        kind: 'presentation',
        moduleId: deck ? request.source.id : null,
        source: request.source,
        title,
        date: request.date,
        at: stamp.now,
        minutes: request.minutes,
        audience: request.audience,
      }
    })
  }

  saveReflection(request: SaveReflectionRequest): Promise<SavedReflection> {
    return this.exclusive(async () => {
      const state = await this.load()
      this.requireWritable(state)
      const body = reflectionBodySchema.parse(request.body)
      const texts = [body.title, ...Object.values(body.fields)].join('\n')
      const modules = (await this.options.catalogue.all()).map((m) => m.title)
      if (!request.patientDetailsChecked && findPatientDetails(texts, modules).length)
        throw new LearningError(
          'invalid-request',
          'Some of the text looks like patient details (an NHS number, a date of birth or a name). Check the highlighted passages, then save again.',
        )
      const outcome = saveReflection(state.record, { id: request.id, body }, this.stamp())
      if (!outcome.ok) throw new LearningError('invalid-request', outcome.problems.join(' '))
      await this.commit(state, outcome.record)
      if (request.draftId) await this.dropDraft(state, request.draftId).catch(() => undefined)
      return { reflection: outcome.reflection, record: state.record, drafts: state.drafts.drafts }
    })
  }

  deleteReflection(id: string): Promise<LearningRecord> {
    return this.exclusive(async () => {
      const state = await this.load()
      if (!state.record.reflections.some((r) => r.id === id))
        throw new LearningError('not-found', 'That reflection is no longer in your record.')
      await this.commit(state, removeReflection(state.record, id))
      return state.record
    })
  }

  /** Keeps a draft as typed (newest first, the oldest dropped past the limit). */
  saveDraft(draft: Draft): Promise<{ savedAt: string }> {
    return this.exclusive(async () => {
      const state = await this.load()
      const drafts = [draft, ...state.drafts.drafts.filter((d) => d.id !== draft.id)].slice(
        0,
        RECORD_LIMITS.drafts,
      )
      const next: DraftsFile = { version: 1, drafts }
      await this.draftsDoc.save(next)
      state.drafts = next
      return { savedAt: draft.updatedAt }
    })
  }

  private async dropDraft(state: State, id: string): Promise<void> {
    const next: DraftsFile = { version: 1, drafts: state.drafts.drafts.filter((d) => d.id !== id) }
    await this.draftsDoc.save(next)
    state.drafts = next
  }

  discardDraft(id: string): Promise<Draft[]> {
    return this.exclusive(async () => {
      const state = await this.load()
      await this.dropDraft(state, id)
      return state.drafts.drafts
    })
  }

  /** The file for an export, made from the record as it is now. */
  async exportFile(request: ExportRequest): Promise<ExportFile> {
    const state = await this.load()
    const period = request.period ?? undefined
    const range = period ? `-${period.start}-to-${period.end}` : ''
    const encode = (text: string) => new TextEncoder().encode(text)
    switch (request.format) {
      case 'activities-csv': {
        const text = activitiesCsv(state.record, period)
        return {
          bytes: encode(text),
          suggestedName: `learning-activities${range}.csv`,
          count: text.split('\r\n').length - 2,
        }
      }
      case 'teaching-csv': {
        const text = teachingLogCsv(state.record, period)
        return {
          bytes: encode(text),
          suggestedName: `teaching-log${range}.csv`,
          count: text.split('\r\n').length - 2,
        }
      }
      case 'everything-json': {
        const data = buildExport(
          state.record,
          state.drafts.drafts,
          await this.options.settings.load(),
          this.options.app,
          this.stamp().now,
        )
        return {
          bytes: encode(`${JSON.stringify(data, null, 2)}\n`),
          suggestedName: `learning-record-${this.stamp().today}.json`,
          count: state.record.activities.length,
        }
      }
    }
  }

  /** Merges a previous "Export everything" file; a bad file changes nothing. */
  importText(text: string): Promise<ImportResult> {
    return this.exclusive(async () => {
      const state = await this.load()
      this.requireWritable(state)
      const read = readExport(text)
      if (!read.ok) throw new LearningError('invalid-request', importProblemMessage(read.problem))
      let merged: ReturnType<typeof mergeRecords>
      try {
        merged = mergeRecords(state.record, read.record)
      } catch (error) {
        throw new LearningError(
          'invalid-request',
          `${(error as Error).message} Nothing was imported.`,
        )
      }
      await this.commit(state, merged.record)
      const known = new Map(state.drafts.drafts.map((d) => [d.id, d]))
      for (const draft of read.drafts) {
        const mine = known.get(draft.id)
        if (!mine || mine.updatedAt < draft.updatedAt) known.set(draft.id, draft)
      }
      const drafts = [...known.values()]
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
        .slice(0, RECORD_LIMITS.drafts)
      if (drafts.length !== state.drafts.drafts.length || read.drafts.length) {
        const next: DraftsFile = { version: 1, drafts }
        await this.draftsDoc
          .save(next)
          .then(() => (state.drafts = next))
          .catch(() => undefined)
      }
      return { report: merged.report, record: state.record, drafts: state.drafts.drafts }
    })
  }

  /**
   * Deletes the record, drafts, backups and copies kept aside. Whether to keep recording is a
   * setting, changed by the page through the settings store.
   */
  deleteEverything(): Promise<void> {
    return this.exclusive(async () => {
      const state = await this.load()
      this.cancelTimer()
      await this.recordDoc.remove()
      await this.draftsDoc.remove()
      this.unsaved = false
      this.writeProblem = null
      const empty = structuredClone(EMPTY_RECORD)
      state.record = empty
      state.drafts = structuredClone(EMPTY_DRAFTS)
      state.recordLoad = {
        ...state.recordLoad,
        value: empty,
        problem: null,
        keptAs: null,
        restoredFrom: null,
        writable: true,
      }
      state.draftsLoad = {
        ...state.draftsLoad,
        problem: null,
        keptAs: null,
        restoredFrom: null,
        writable: true,
      }
    })
  }

  /** The record and settings as they are now, for the certificate. */
  async current(): Promise<{ record: LearningRecord; settings: LearningSettings }> {
    const state = await this.load()
    return { record: state.record, settings: await this.options.settings.load() }
  }
}

function importProblemMessage(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json':
      return 'That file is not a learning record export (it is not JSON). Choose the .json file made by “Export everything”. Nothing was imported.'
    case 'not-a-record':
      return 'That file is not a Postcoital Atlas learning record export. Choose the .json file made by “Export everything”. Nothing was imported.'
    case 'newer-version':
      return 'That export was made by a newer version of Postcoital Atlas. Update the app, then import it again. Nothing was imported.'
    case 'no-migration':
      return 'That export is in a format this version cannot read. Nothing was imported.'
    case 'invalid':
      return `That export is damaged or was edited (${problem.detail}). Nothing was imported; export it again from the app.`
  }
}
