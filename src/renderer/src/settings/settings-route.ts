import type { SectionKey } from '@shared/settings/settings-schema'

/** The settings page, opened at one section when given (`#/settings?section=clinic`). */
export function settingsHref(section?: SectionKey): string {
  return section ? `/settings?section=${section}` : '/settings'
}
