/**
 * The learning record's IPC channel names, merged into the one CHANNELS list. Free of
 * dependencies, like it, so the sandboxed preload can import them.
 */
export const LEARNING_CHANNELS = {
  getLearning: 'learning:get',
  getLearningOverview: 'learning:overview',
  trackLearning: 'learning:track',
  recordSelfCheck: 'learning:self-check',
  recordPresentation: 'learning:presentation',
  saveReflection: 'learning:save-reflection',
  deleteReflection: 'learning:delete-reflection',
  saveReflectionDraft: 'learning:save-draft',
  discardReflectionDraft: 'learning:discard-draft',
  exportLearning: 'learning:export',
  saveCertificate: 'learning:certificate',
  importLearning: 'learning:import',
  deleteLearningRecord: 'learning:delete-record',
} as const

export type LearningChannelKey = keyof typeof LEARNING_CHANNELS
