import type { PrintTheme } from '../../../shared/handout-theme'

/**
 * How tightly one attempt sets the handout. The first plan is the designed look; later plans
 * close up spacing, then step the type down (never below 11 pt standard or 16 pt large print,
 * the RNIB floor), until the handout fits its page budget with no near-empty page.
 */
export interface LayoutPlan {
  /** 0 = as designed; each step is tighter. */
  density: number
  /** Start "Your checklist" on a fresh page, so a last page is never a few stray lines. */
  breakBeforeActions: boolean
}

const STEPS: { gap: number; size: number }[] = [
  { gap: 1, size: 1 },
  { gap: 0.7, size: 1 },
  { gap: 0.6, size: 0.96 },
  { gap: 0.5, size: 0.92 },
  { gap: 0.45, size: 0.89 },
]

export const PLANS: LayoutPlan[] = [
  ...STEPS.map((_, density) => ({ density, breakBeforeActions: false })),
  ...STEPS.map((_, density) => ({ density, breakBeforeActions: true })),
]

/** The theme for a plan: spacing and type scaled, sizes kept at or above their floor. */
export function planTheme(base: PrintTheme, plan: LayoutPlan, floor: number): PrintTheme {
  const step = STEPS[plan.density] ?? STEPS.at(-1)!
  const size = (value: number): number => Math.max(floor * (value / base.body), value * step.size)
  return {
    body: size(base.body),
    small: Math.max(base.small * step.size, floor === 16 ? 14 : 8.5),
    h1: size(base.h1),
    h2: size(base.h2),
    h3: size(base.h3),
    lineGap: base.lineGap * step.gap,
    paragraphGap: base.paragraphGap * step.gap,
    sectionGap: base.sectionGap * step.gap,
    indent: base.indent,
    boxPadding: Math.max(4, base.boxPadding * step.gap),
  }
}

/** What one attempt produced, read from the layout itself. */
export interface LayoutOutcome {
  pages: number
  /** Share of each page's text area that holds content, 0–1. */
  fills: number[]
  /** True when the clinic block (or the review line) starts a page with nothing before it. */
  clinicAlone: boolean
}

/** Rules a patient's printout must meet (the audit's M1/M2): checked on every attempt. */
export function problems(outcome: LayoutOutcome, maxPages: number): string[] {
  const found: string[] = []
  if (outcome.pages > maxPages) found.push(`${outcome.pages} pages, more than ${maxPages}`)
  if (outcome.pages > 1) {
    outcome.fills.forEach((fill, index) => {
      if (fill < 0.25) found.push(`page ${index + 1} is ${Math.round(fill * 100)}% full`)
    })
  }
  if (outcome.clinicAlone) found.push('the clinic block starts a page on its own')
  return found
}
