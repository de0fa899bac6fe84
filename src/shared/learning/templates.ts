import type { CodeTheme, ReflectionBody, TemplateId } from './schema'

/**
 * Reflection templates. The headings follow what appraisers and the NMC ask for; the wording
 * of every label and hint is the atlas's own.
 */

export interface TemplateField {
  key: string
  label: string
  /** A prompt under the label: what a good answer covers. */
  hint: string
  /** A saved reflection needs this answered (drafts never do). */
  required: boolean
  rows: number
}

export interface ReflectionTemplate {
  id: TemplateId
  name: string
  /** Who tends to use it, in one line for the chooser. */
  description: string
  fields: TemplateField[]
  /** Whether the NMC Code themes are chosen. */
  codeThemes: boolean
}

export const TEMPLATES: Record<TemplateId, ReflectionTemplate> = {
  rcgp: {
    id: 'rcgp',
    name: 'RCGP-style learning credit',
    description: 'For GP appraisal: one credit for each hour claimed with this reflection.',
    codeThemes: false,
    fields: [
      {
        key: 'learned',
        label: 'What I learned',
        hint: 'The points that were new to you, or that changed what you thought you knew.',
        required: true,
        rows: 5,
      },
      {
        key: 'apply',
        label: 'How I will apply it',
        hint: 'Where this will come up in your work: the consultations, patients or colleagues it affects.',
        required: true,
        rows: 4,
      },
      {
        key: 'change',
        label: 'What I will change',
        hint: 'A concrete change, and how you will know it made a difference. If nothing needs to change, say why.',
        required: false,
        rows: 4,
      },
    ],
  },
  nmc: {
    id: 'nmc',
    name: 'NMC reflective account',
    description: 'For nurses and midwives: one of the five written accounts for revalidation.',
    codeThemes: true,
    fields: [
      {
        key: 'activity',
        label: 'The activity',
        hint: 'What you did (reading, a self-check, teaching) and what led you to it.',
        required: true,
        rows: 4,
      },
      {
        key: 'learned',
        label: 'What I learned',
        hint: 'What you now know or do differently, in your own words.',
        required: true,
        rows: 5,
      },
      {
        key: 'changed',
        label: 'How I changed or improved my practice',
        hint: 'What you have done differently since, or will do, and for whom.',
        required: true,
        rows: 4,
      },
      {
        key: 'code',
        label: 'How this relates to the Code',
        hint: 'Choose the themes below, then say how this learning serves them.',
        required: true,
        rows: 4,
      },
    ],
  },
  free: {
    id: 'free',
    name: 'Free text',
    description: 'Your own structure, for HCPC profiles or any other portfolio.',
    codeThemes: false,
    fields: [
      {
        key: 'reflection',
        label: 'Reflection',
        hint: 'What you did, what you learned, and what you will do with it.',
        required: true,
        rows: 10,
      },
    ],
  },
}

/** The four themes of the NMC Code, as the Code names them. */
export const CODE_THEME_NAMES: Record<CodeTheme, string> = {
  'prioritise-people': 'Prioritise people',
  'practise-effectively': 'Practise effectively',
  'preserve-safety': 'Preserve safety',
  'promote-professionalism': 'Promote professionalism and trust',
}

/** Problems that stop a reflection being saved (a draft is kept whatever it holds). */
export function templateProblems(body: ReflectionBody): string[] {
  const template = TEMPLATES[body.template]
  const known = new Set(template.fields.map((f) => f.key))
  const problems: string[] = []
  for (const key of Object.keys(body.fields)) {
    if (!known.has(key) && body.fields[key]!.trim())
      problems.push(`“${key}” is not part of the ${template.name} template.`)
  }
  for (const field of template.fields) {
    if (field.required && !(body.fields[field.key] ?? '').trim())
      problems.push(`Write something under “${field.label}”.`)
  }
  if (template.codeThemes && body.codeThemes.length === 0)
    problems.push('Choose at least one theme of the Code.')
  return problems
}

/** Only the template's own answers, in its order: what is saved, exported and printed. */
export function templateAnswers(body: ReflectionBody): { label: string; text: string }[] {
  return TEMPLATES[body.template].fields
    .map((field) => ({ label: field.label, text: (body.fields[field.key] ?? '').trim() }))
    .filter((answer) => answer.text)
}
