import type { RegistrationBody } from './settings'

/**
 * What each regulator's process asks of a year or a cycle, as a guide on the learning page.
 * Guides, not rules: the clinician's own regulator and appraiser decide what counts.
 */
export interface RequirementGuide {
  /** One sentence naming the source of the expectation. */
  text: string
  /** Hours claimed with reflection hoped for per appraisal year, when there is a figure. */
  yearHours?: number
  /** Hours over the revalidation cycle, when there is a figure. */
  cycleHours?: number
  /** Written reflective accounts over the cycle (NMC). */
  cycleAccounts?: number
}

export const REQUIREMENT_GUIDES: Partial<Record<RegistrationBody, RequirementGuide>> = {
  GMC: {
    text: 'For GP appraisal, RCGP guidance is about 50 credits a year: one credit for each hour of learning you reflect on.',
    yearHours: 50,
  },
  NMC: {
    text: 'NMC revalidation asks for 35 hours of CPD (20 of them participatory, such as teaching) and five written reflective accounts every three years.',
    cycleHours: 35,
    cycleAccounts: 5,
  },
  HCPC: {
    text: 'The HCPC sets no number of hours: keep a continuous, up-to-date record of your CPD and be ready to show it if you are chosen for audit.',
  },
}
