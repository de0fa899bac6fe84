import type { IssueList } from '../issues'
import type { SafetyData } from '../parse/parse-safety'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { TopicFrontMatter } from '../parse/schemas/topic'
import type { HandoutFrontMatter } from '../parse/schemas/handout'
import type { TierId } from '../labels'

/** Tiers a patient must be able to act on alone: a handout may not leave these out silently. */
export const HANDOUT_REQUIRED_TIERS: readonly TierId[] = ['emergency', 'same-day']

/**
 * What a patient reads agrees with what the clinician is taught: a handout prints every
 * emergency and same-day red flag of its module (unless the module's `handoutOmits` says why),
 * and prints no red flag its module does not teach.
 */
export function checkRedFlagCoverage(
  topic: ParsedMarkdownSource<TopicFrontMatter>,
  moduleFlags: readonly string[],
  handout: ParsedMarkdownSource<HandoutFrontMatter>,
  safety: SafetyData,
  issues: IssueList,
): void {
  const printed = new Set(handout.meta.help)
  const omits = topic.meta.handoutOmits ?? {}
  const taught = new Set(moduleFlags)
  const helpLine = handout.yaml.lineOf(['help'])

  for (const id of moduleFlags) {
    const flag = safety.flags.get(id)?.entry
    if (!flag || !HANDOUT_REQUIRED_TIERS.includes(flag.tier)) continue
    if (printed.has(id) || Object.hasOwn(omits, id)) continue
    issues.add(
      handout.file,
      helpLine,
      'help',
      `lacks red flag "${id}" (${flag.tier}), which its module teaches; add it to help, or give the reason in the module's handoutOmits`,
    )
  }
  handout.meta.help.forEach((id, index) => {
    if (!taught.has(id) && safety.flags.has(id)) {
      issues.add(
        handout.file,
        handout.yaml.lineOf(['help', index]),
        'help',
        `prints red flag "${id}", which its module does not teach; add it to the module's "::: red-flags" block`,
      )
    }
  })
  for (const id of Object.keys(omits)) {
    if (!taught.has(id)) {
      issues.add(
        topic.file,
        topic.yaml.lineOf(['handoutOmits', id]),
        'handoutOmits',
        `"${id}" is not one of this module's red flags`,
      )
    } else if (printed.has(id)) {
      issues.add(
        topic.file,
        topic.yaml.lineOf(['handoutOmits', id]),
        'handoutOmits',
        `"${id}" is printed on the handout after all; remove it from handoutOmits`,
      )
    }
  }
}
