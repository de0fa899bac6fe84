import type { CompileContext } from '../context'
import type { UrgencyTier } from '../model'
import { documentEnv } from '../context'
import { renderInlineTracked } from './render-inline'

/** The tier model as the app shows it, with the clinician line rendered (it may cite). */
export function compileTiers(context: CompileContext): UrgencyTier[] {
  const env = documentEnv(context)
  return [...context.safety.tiers.values()].map((tier) => ({
    id: tier.id,
    label: tier.label,
    clinicianHtml: renderInlineTracked(tier.clinician, env).html,
    patient: { ...tier.patient },
  }))
}
