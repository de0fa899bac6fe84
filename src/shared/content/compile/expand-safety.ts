import type { ContentProblem, SafetyDirective, SafetyPart } from '../../markdown'
import type { SafetyData } from '../parse/parse-safety'
import { TIER_IDS } from '../labels'

/** Who reads the document: clinicians get the taught wording, patients the plain one. */
export type Audience = 'clinician' | 'patient'

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Markdown text that reads as a sentence: ends in a stop. */
const sentence = (text: string): string =>
  /[.?!:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`

/**
 * The expander behind `::: red-flags` and `::: cautions`: what a document prints comes from
 * the safety data, never from the document, so a module, a handout and a table cannot drift
 * apart. Unknown ids are reported as problems on the directive's line.
 */
export function safetyExpander(
  safety: SafetyData,
  audience: Audience,
  problems: ContentProblem[],
): (directive: SafetyDirective) => SafetyPart[] {
  const known = (directive: SafetyDirective, map: Map<string, unknown>, file: string) =>
    directive.ids.filter((id) => {
      if (map.has(id)) return true
      problems.push({
        line: directive.line,
        field: directive.name,
        message: `unknown id "${id}"; ids come from resources/content/${file}`,
      })
      return false
    })

  return (directive) => {
    if (directive.name === 'cautions') {
      return known(directive, safety.medicines, 'medicines.yaml').flatMap((id) =>
        audience === 'patient' ? patientCaution(safety, id) : clinicianCaution(safety, id),
      )
    }
    if (audience === 'patient') {
      problems.push({
        line: directive.line,
        field: 'red-flags',
        message: 'a handout lists its red flags in the front matter (help: [ids]), not in the text',
      })
      return []
    }
    return redFlagTiers(safety, known(directive, safety.flags, 'red-flags.yaml'))
  }
}

/** Red flags grouped under their tiers, most urgent first, each tier with what to do. */
function redFlagTiers(safety: SafetyData, ids: string[]): SafetyPart[] {
  const parts: SafetyPart[] = []
  for (const tierId of TIER_IDS) {
    const flags = ids.map((id) => safety.flags.get(id)!.entry).filter((f) => f.tier === tierId)
    const tier = safety.tiers.get(tierId)
    if (!flags.length || !tier) continue
    const items = flags.map((flag) => {
      const think = flag.conditions.length
        ? ` *Think of:* ${flag.conditions.map((c) => `[[condition:${c}]]`).join(', ')}.`
        : ''
      return (
        `- **${flag.title}.** ${sentence(flag.clinician)}${think}` +
        ` *Do now:* ${sentence(flag.action)} *Where:* ${sentence(flag.setting)}`
      )
    })
    parts.push(
      { html: `<section class="pa-tier pa-tier--${tierId}" data-tier="${tierId}">\n` },
      { markdown: `### ${tier.label}\n\n${sentence(tier.clinician)}\n\n${items.join('\n')}\n` },
      { html: '</section>\n' },
    )
  }
  return parts
}

function clinicianCaution(safety: SafetyData, id: string): SafetyPart[] {
  const medicine = safety.medicines.get(id)!.entry
  const label = `Cautions: ${medicine.name}`
  return [
    {
      html:
        `<aside class="pa-callout pa-callout--caution" role="note" aria-label="${escapeHtml(label)}" data-medicine="${id}">\n` +
        `<p class="pa-callout__label"><span class="pa-icon pa-icon--caution" aria-hidden="true"></span>${escapeHtml(label)}</p>\n`,
    },
    { markdown: medicine.clinician.map((c) => `- ${sentence(c)}`).join('\n') + '\n' },
    { html: '</aside>\n' },
  ]
}

function patientCaution(safety: SafetyData, id: string): SafetyPart[] {
  const medicine = safety.medicines.get(id)!.entry
  return [
    { html: `<div class="pa-caution" data-medicine="${id}">\n` },
    { markdown: `**Before you take ${medicine.patientName}:** ${sentence(medicine.patient)}\n` },
    { html: '</div>\n' },
  ]
}
