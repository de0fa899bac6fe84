/**
 * Enumerations and their display labels. Kept free of zod so the renderer can show labels
 * without shipping the schema library; the schemas build their enums from these.
 */

/** Ordinal strength of evidence, following the evidence review's scale. */
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
}

export const AUDIENCES = {
  gp: 'GPs',
  'practice-nurse': 'Practice nurses',
  'sexual-health-nurse': 'Sexual-health nurses',
  'pelvic-health-physiotherapist': 'Pelvic-health physiotherapists',
  educator: 'Educators',
} as const

/** The same audiences as they read inside a sentence ("For GPs, practice nurses …"). */
export const AUDIENCE_PHRASES: Record<keyof typeof AUDIENCES, string> = {
  gp: 'GPs',
  'practice-nurse': 'practice nurses',
  'sexual-health-nurse': 'sexual-health nurses',
  'pelvic-health-physiotherapist': 'pelvic-health physiotherapists',
  educator: 'educators',
}

/** Groups for filtering the hormone index. */
export const HORMONE_CLASSES = {
  'peptide-hormone': 'Peptide hormone',
  catecholamine: 'Catecholamine',
  monoamine: 'Monoamine neurotransmitter',
  'steroid-hormone': 'Steroid hormone',
  eicosanoid: 'Eicosanoid (lipid mediator)',
  'opioid-peptide': 'Opioid peptide',
} as const

/** Groups for filtering the condition index. */
export const CONDITION_CATEGORIES = {
  gynaecological: 'Gynaecological',
  'early-pregnancy': 'Pregnancy-related',
  urological: 'Urological and prostate',
  infection: 'Infection',
  'pelvic-floor': 'Pelvic floor and pain',
  'sexual-function': 'Sexual function',
  musculoskeletal: 'Musculoskeletal',
  neurological: 'Neurological',
  gastrointestinal: 'Gastrointestinal',
  vascular: 'Vascular',
} as const

/**
 * The urgency tiers of the whole app, most urgent first. Only the ids live in code (colours,
 * icons and sort order key on them); every word a reader sees about a tier is content, in
 * `resources/content/urgency-tiers.yaml`, which must define exactly these.
 */
export const TIER_IDS = ['emergency', 'same-day', 'soon', 'routine'] as const
export type TierId = (typeof TIER_IDS)[number]

/** Comparison-table column types; ordinal types sort by meaning, not alphabetically. */
export const COLUMN_TYPES = ['text', 'number', 'evidence', 'urgency', 'presence'] as const
export type ColumnType = (typeof COLUMN_TYPES)[number]

export const PRESENCE_LEVELS = {
  common: 'Common cause',
  possible: 'Possible cause',
  rare: 'Rare but important',
} as const
