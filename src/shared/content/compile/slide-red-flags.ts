import type { ContentProblem, SafetyDirective, SafetyPart } from '../../markdown'
import type { SafetyData } from '../parse/parse-safety'
import { TIER_IDS } from '../labels'

/**
 * `::: red-flags` on a slide: each flag's short title under its tier's heading, most urgent
 * first. The room reads titles; the full wording, what to do and where stay in the module and
 * its triage table, so a slide never becomes a second copy to drift.
 */
export function slideRedFlags(
  safety: SafetyData,
  directive: SafetyDirective,
  problems: ContentProblem[],
): SafetyPart[] {
  const ids = directive.ids.filter((id) => {
    if (safety.flags.has(id)) return true
    problems.push({
      line: directive.line,
      field: 'red-flags',
      message: `unknown id "${id}"; ids come from resources/content/red-flags.yaml`,
    })
    return false
  })
  const parts: SafetyPart[] = []
  for (const tierId of TIER_IDS) {
    const titles = ids
      .map((id) => safety.flags.get(id)!.entry)
      .filter((flag) => flag.tier === tierId)
      .map((flag) => `- ${flag.title}`)
    const tier = safety.tiers.get(tierId)
    if (!titles.length || !tier) continue
    parts.push(
      { html: `<section class="pa-tier pa-tier--${tierId}" data-tier="${tierId}">\n` },
      { markdown: `### ${tier.label}\n\n${titles.join('\n')}\n` },
      { html: '</section>\n' },
    )
  }
  return parts
}
