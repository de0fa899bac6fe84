import type { IpcResult } from '../ipc/result'
import type {
  CertificateRequest,
  ExportedLearningFile,
  ExportRequest,
  ImportResult,
  LearningOverview,
  OverviewRequest,
  LearningSnapshot,
  PresentationRequest,
  SavedReflection,
  SaveReflectionRequest,
  TrackResult,
} from './ipc'
import type { Draft, DraftInput, LearningRecord } from './schema'

/** The learning record's methods of `window.api`: one per channel. */
export interface LearningApi {
  /** The record, drafts, settings and how the record is stored. */
  getLearning(): Promise<IpcResult<LearningSnapshot>>
  /**
   * The learning page's figures for a period, worked out in main: a few kilobytes, where the
   * record itself can be megabytes.
   */
  getLearningOverview(request: OverviewRequest): Promise<IpcResult<LearningOverview>>
  /** Active reading since the last report; stored only with the clinician's consent. */
  trackLearning(request: {
    moduleId: string
    sections: Record<string, number>
    reached: string[]
  }): Promise<IpcResult<TrackResult>>
  recordSelfCheck(request: {
    moduleId: string
    score: number
    total: number
  }): Promise<IpcResult<TrackResult>>
  /**
   * A presentation given (deck or session, date, minutes, the audience as the educator typed
   * it). For the presenting feature to call when a talk ends.
   */
  recordPresentation(request: PresentationRequest): Promise<IpcResult<TrackResult>>
  saveReflection(request: SaveReflectionRequest): Promise<IpcResult<SavedReflection>>
  deleteReflection(id: string): Promise<IpcResult<LearningRecord>>
  saveReflectionDraft(draft: DraftInput): Promise<IpcResult<{ savedAt: string }>>
  discardReflectionDraft(id: string): Promise<IpcResult<Draft[]>>
  /** CSV or JSON: main asks where to save and writes atomically. */
  exportLearning(request: ExportRequest): Promise<IpcResult<ExportedLearningFile>>
  /** The certificate PDF: main makes it, asks where to save, writes atomically. */
  saveCertificate(request: CertificateRequest): Promise<IpcResult<ExportedLearningFile>>
  /** Main asks which export file to open, then merges it without duplicates. */
  importLearning(): Promise<IpcResult<ImportResult>>
  /** Main asks the clinician to confirm, then deletes the record, drafts and backups. */
  deleteLearningRecord(): Promise<IpcResult<{ deleted: boolean }>>
}
