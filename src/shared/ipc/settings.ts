/**
 * Settings as the IPC contract sees them. The schema is modular (one sub-schema per section,
 * in src/shared/settings); this module gathers what the channels and older imports need.
 */
export { cleanText } from '../text/clean-text'
export { textLanguageSchema } from '../text/language-schema'
export {
  CLINIC_LIMITS,
  NO_CLINIC,
  clinicDetailsSchema,
  type ClinicDetails,
} from '../settings/sections/clinic'
export { PAPER_SIZES, type PaperSize } from '../settings/sections/handout'
export {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsInput,
} from '../settings/settings-schema'
export type { LoadedSettings, SettingsNotice } from '../settings/settings-notice'
