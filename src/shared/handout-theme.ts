import type { PaperSize } from './ipc/settings'
import type { TierId } from './content/labels'

/*
 * The handout's print design, shared by the PDF service (main) and the in-app preview
 * (renderer) so that the preview shows the same sizes, colours and wording as the PDF.
 */

/** Type sizes and spacing, in points. Standard body text is 12 pt; large print is 18 pt. */
export interface PrintTheme {
  body: number
  small: number
  h1: number
  h2: number
  h3: number
  lineGap: number
  paragraphGap: number
  sectionGap: number
  indent: number
  boxPadding: number
}

export const STANDARD: PrintTheme = {
  body: 12,
  small: 9.5,
  h1: 21,
  h2: 14,
  h3: 12.5,
  lineGap: 0.5,
  paragraphGap: 4,
  sectionGap: 8,
  indent: 15,
  boxPadding: 7,
}

export const LARGE_PRINT: PrintTheme = {
  body: 18,
  small: 16,
  h1: 30,
  h2: 21,
  h3: 18.5,
  lineGap: 3,
  paragraphGap: 9,
  sectionGap: 16,
  indent: 24,
  boxPadding: 12,
}

/** Page sizes in points and the PDF page-size names pdfkit expects. */
export const PAPER = {
  a4: { name: 'A4', width: 595.28, height: 841.89 },
  letter: { name: 'LETTER', width: 612, height: 792 },
} as const satisfies Record<PaperSize, { name: string; width: number; height: number }>

export const MARGINS = { top: 48, bottom: 50, left: 46, right: 46 }

/**
 * Large print needs room for its bigger running header and footer inside a 10 mm (28.35 pt)
 * printable margin: the furniture sits between 10 mm from the edge and the text area.
 */
export const LARGE_PRINT_MARGINS = { top: 58, bottom: 58, left: 40, right: 40 }

/** Nothing is printed nearer the paper's edge than this (10 mm), where printers may clip. */
export const PRINTABLE_INSET = 28.35

/** Ink colours. Meaning is always carried by words and icons too, never by colour alone. */
export const INK = {
  text: '#1a1a1a',
  muted: '#4a4a4a',
  heading: '#0b4f4b',
  rule: '#9a9a9a',
  caution: '#6b3f00',
  tier: {
    emergency: '#a3151a',
    'same-day': '#7a4b00',
    soon: '#1d4f7a',
    routine: '#2f5130',
  } satisfies Record<TierId, string>,
  tint: {
    emergency: '#fbeceb',
    'same-day': '#fdf3dc',
    soon: '#e8f0f7',
    routine: '#edf3ec',
    clinic: '#f2f2f0',
    caution: '#fdf6e7',
  },
} as const

/** Noto Sans line height as a multiple of the font size (ascender − descender, no line gap). */
export const LINE_HEIGHT_EM = 1.362

/**
 * Heavier borders for more urgent tiers, so the difference survives black-and-white printing.
 * What each tier tells the reader is content (urgency-tiers.yaml); only its look is here.
 */
export const TIER_BORDER: Record<TierId, number> = {
  emergency: 3,
  'same-day': 2,
  soon: 1.2,
  routine: 1,
}

/** Fixed headings and lines the handout adds around the content. */
export const HANDOUT_LABELS = {
  checklist: 'Your checklist',
  questions: 'Questions to ask',
  clinic: 'Your clinic',
  note: 'Note from your clinician',
  about: 'About this leaflet.',
  disclaimer: 'It gives general information and does not replace advice from your own clinician.',
  footer: 'Postcoital Atlas patient information',
  caution: 'Medicine safety',
  emergencyAbove: 'Signs that need 999 or 112 now are in the red box on page 1.',
  emergencyShortLead: 'Call 999 (or 112), or go straight to A&E, if you have any of these:',
  titleSuffix: ': information for patients',
} as const
