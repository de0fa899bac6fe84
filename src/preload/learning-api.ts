import type { ChannelKey } from '../shared/ipc/channels'
import type { IPC, RequestOf, ResponseOf } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/result'
import type { LearningApi } from '../shared/learning/api'

type Invoke = <K extends ChannelKey>(
  key: K,
  request?: RequestOf<(typeof IPC)[K]>,
) => Promise<IpcResult<ResponseOf<(typeof IPC)[K]>>>

/** The learning record's methods of `window.api`: each sends on its contract channel only. */
export function learningApi(invoke: Invoke): LearningApi {
  return {
    getLearning: () => invoke('getLearning'),
    getLearningOverview: (request) => invoke('getLearningOverview', request),
    trackLearning: (request) => invoke('trackLearning', request),
    recordSelfCheck: (request) => invoke('recordSelfCheck', request),
    recordPresentation: (request) => invoke('recordPresentation', request),
    saveReflection: (request) => invoke('saveReflection', request),
    deleteReflection: (id) => invoke('deleteReflection', { id }),
    saveReflectionDraft: (draft) => invoke('saveReflectionDraft', draft),
    discardReflectionDraft: (id) => invoke('discardReflectionDraft', { id }),
    exportLearning: (request) => invoke('exportLearning', request),
    saveCertificate: (request) => invoke('saveCertificate', request),
    importLearning: () => invoke('importLearning'),
    deleteLearningRecord: () => invoke('deleteLearningRecord'),
  }
}
