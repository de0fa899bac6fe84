import type { PrintTheme } from '../../../shared/handout-theme'

/**
 * How page 1 names the emergency signs: the full tier where it fits on page 1 (else a short box
 * naming each sign, with the full tier first in the help section); or the short box alone (each
 * short label is broader than its full wording, so a reader errs towards calling 999).
 */
export type EmergencyMode = 'full' | 'short'

/**
 * How one attempt sets the handout. The first plan is the designed look; later plans close up
 * spacing, then step the type down (body text never below 12 pt in standard print or 16 pt in
 * large print, the RNIB clear-print floors), then shorten the page-1 emergency box, until the handout fits its page budget with
 * no near-empty page.
 */
export interface LayoutPlan {
  /** 0 = as designed; each step is tighter. */
  density: number
  emergency: EmergencyMode
  /** Start "Your checklist" on a fresh page, so a last page is never a few stray lines. */
  breakBeforeActions: boolean
  /**
   * Keep "When should I get help?" and its intro with the first help box. Given up only when
   * nothing else fits the budget: page 1 already names the emergency signs, and the intro then
   * points to them.
   */
  helpKeep: boolean
}

/**
 * Density steps, with roughly how much more each holds per page than the designed look
 * (measured on the real handouts; used to pick the next step from an attempt's overflow).
 */
const STEPS: { gap: number; size: number; leading: number; capacity: number }[] = [
  { gap: 1, size: 1, leading: 0, capacity: 1 },
  { gap: 0.7, size: 1, leading: 0, capacity: 1.05 },
  { gap: 0.6, size: 0.96, leading: -0.04, capacity: 1.12 },
  { gap: 0.5, size: 0.92, leading: -0.06, capacity: 1.21 },
  { gap: 0.45, size: 0.89, leading: -0.08, capacity: 1.28 },
  { gap: 0.3, size: 0.89, leading: -0.09, capacity: 1.34 },
]

export const DENSITIES = STEPS.length

/**
 * The next plan to try after `plan` produced `outcome`, or null when there is none left. An
 * overflow picks the lightest density expected to hold the content (from how many pages it
 * filled), so most handouts need two attempts; a near-empty last page within budget tries a
 * break before the checklist; when even the tightest density overflows, the next emergency
 * mode is tried.
 */
export function nextPlan(
  plan: LayoutPlan,
  outcome: LayoutOutcome,
  maxPages: number,
): LayoutPlan | null {
  const used = outcome.pages - 1 + (outcome.fills.at(-1) ?? 1)
  const capacity = STEPS[plan.density]!.capacity
  if (outcome.pages <= maxPages) {
    if (!plan.breakBeforeActions) return { ...plan, breakBeforeActions: true }
    if (plan.density + 1 < DENSITIES) return { ...plan, density: plan.density + 1 }
  } else {
    // Content measured at this density, in designed-look pages, against the budget (with a
    // little slack for where page breaks fall).
    const need = (used / capacity / maxPages) * 1.01
    const density = STEPS.findIndex((step, d) => d > plan.density && step.capacity >= need)
    if (density !== -1) return { ...plan, density, breakBeforeActions: false }
    // The estimate is rough: the tightest density is always tried before changing the mode.
    if (plan.density < DENSITIES - 1)
      return { ...plan, density: DENSITIES - 1, breakBeforeActions: false }
    if (plan.emergency === 'full') {
      // Even the tightest density does not hold the full emergency tier: the short box alone,
      // at the density its measured saving suggests.
      const shortNeed = ((used - outcome.shortSaves) / capacity / maxPages) * 1.01
      const fitting = STEPS.findIndex((step) => step.capacity >= shortNeed)
      return {
        ...plan,
        emergency: 'short',
        density: fitting === -1 ? DENSITIES - 1 : fitting,
        breakBeforeActions: false,
      }
    }
  }
  return plan.helpKeep ? { ...FIRST_PLAN, helpKeep: false } : null
}

export const FIRST_PLAN: LayoutPlan = {
  density: 0,
  emergency: 'full',
  breakBeforeActions: false,
  helpKeep: true,
}

/** The theme for a plan: spacing and type scaled, sizes kept at or above their floor. */
export function planTheme(base: PrintTheme, plan: LayoutPlan, floor: number): PrintTheme {
  const step = STEPS[plan.density] ?? STEPS.at(-1)!
  // Body text never goes below the floor (12 pt, clear print; 16 pt, large print). Headings
  // shrink with the step but stay clearly larger than the body.
  const body = Math.max(floor, base.body * step.size)
  const heading = (value: number): number => Math.max(body * 1.04, value * step.size)
  return {
    body,
    small: Math.max(base.small * step.size, floor >= 16 ? 14 : 8.5),
    h1: heading(base.h1),
    h2: heading(base.h2),
    h3: heading(base.h3),
    // Noto Sans sets lines 1.36 em apart; the tightest steps close that to about 1.27 em,
    // still within clear-print guidance on line spacing.
    lineGap: base.lineGap * step.gap + step.leading * body,
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
  /** Pages the short emergency box alone would save over this attempt's emergency signs. */
  shortSaves: number
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
