import { z } from 'zod'
import { LEARNING_CHANNELS, type LearningChannelKey } from './channels'
import {
  certificateRequestSchema,
  exportRequestSchema,
  idRequestSchema,
  overviewRequestSchema,
  presentationRequestSchema,
  saveDraftRequestSchema,
  saveReflectionRequestSchema,
  selfCheckRequestSchema,
  trackRequestSchema,
  type ExportedLearningFile,
  type ImportResult,
  type LearningOverview,
  type LearningSnapshot,
  type SavedReflection,
  type TrackResult,
} from './ipc'
import type { Draft, LearningRecord } from './schema'

/** A channel as the one contract describes it: name, request schema, answer type. */
function channel<Request extends z.ZodType>(key: LearningChannelKey, request: Request) {
  return {
    returns: <Response>() => ({
      name: LEARNING_CHANNELS[key],
      request,
      response: undefined as unknown as Response,
    }),
  }
}

/** The learning record's part of the one IPC contract (spread into `IPC` in ipc/contract.ts). */
export const LEARNING_IPC = {
  getLearning: channel('getLearning', z.undefined()).returns<LearningSnapshot>(),
  getLearningOverview: channel(
    'getLearningOverview',
    overviewRequestSchema,
  ).returns<LearningOverview>(),
  trackLearning: channel('trackLearning', trackRequestSchema).returns<TrackResult>(),
  recordSelfCheck: channel('recordSelfCheck', selfCheckRequestSchema).returns<TrackResult>(),
  recordPresentation: channel(
    'recordPresentation',
    presentationRequestSchema,
  ).returns<TrackResult>(),
  saveReflection: channel('saveReflection', saveReflectionRequestSchema).returns<SavedReflection>(),
  deleteReflection: channel('deleteReflection', idRequestSchema).returns<LearningRecord>(),
  saveReflectionDraft: channel('saveReflectionDraft', saveDraftRequestSchema).returns<{
    savedAt: string
  }>(),
  discardReflectionDraft: channel('discardReflectionDraft', idRequestSchema).returns<Draft[]>(),
  exportLearning: channel('exportLearning', exportRequestSchema).returns<ExportedLearningFile>(),
  saveCertificate: channel(
    'saveCertificate',
    certificateRequestSchema,
  ).returns<ExportedLearningFile>(),
  importLearning: channel('importLearning', z.undefined()).returns<ImportResult>(),
  deleteLearningRecord: channel('deleteLearningRecord', z.undefined()).returns<{
    deleted: boolean
  }>(),
} as const satisfies Record<LearningChannelKey, unknown>
