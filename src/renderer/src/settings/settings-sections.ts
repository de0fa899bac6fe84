import type { Component } from 'vue'
import { SETTINGS_SECTIONS, type SectionKey } from '@shared/settings/settings-schema'
import DisplaySettings from './sections/DisplaySettings.vue'
import PresentationSettings from './sections/PresentationSettings.vue'
import ClinicSettings from './sections/ClinicSettings.vue'
import HandoutSettings from './sections/HandoutSettings.vue'
import LearningSettings from '../learning/LearningSettings.vue'

/** One section of the settings page: its heading, its anchor and what it shows. */
export interface SettingsPageSection {
  /** The settings-file section it edits (also its anchor: `#/settings?section=<id>`). */
  id: SectionKey
  title: string
  component: Component
}

const section = (id: SectionKey, component: Component): SettingsPageSection => ({
  id,
  title: SETTINGS_SECTIONS[id].title,
  component,
})

/** The settings page, in order. A new section is its component plus one line here. */
export const SETTINGS_PAGE_SECTIONS: SettingsPageSection[] = [
  section('display', DisplaySettings),
  section('presentation', PresentationSettings),
  section('clinic', ClinicSettings),
  section('handout', HandoutSettings),
  section('learning', LearningSettings),
]
