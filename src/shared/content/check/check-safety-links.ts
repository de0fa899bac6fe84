import type { CompileContext, Registry } from '../context'
import type { SafetyData } from '../parse/parse-safety'

/**
 * Sources and conditions named by red flags and medicines exist; their sources count as cited
 * (they print wherever a module or handout names the flag or medicine).
 */
export function checkSafetyLinks(
  safety: SafetyData,
  registry: Registry,
  context: CompileContext,
): void {
  const located = [...safety.flags.values(), ...safety.medicines.values()]
  for (const { entry, file, line } of located) {
    for (const key of entry.cite) {
      context.ledger.add(
        { type: 'citation', key, line: 0 },
        { file, line, href: '#/', label: entry.id, context: file, from: 'reference' },
      )
    }
  }
  for (const { entry, file, line } of safety.flags.values()) {
    for (const id of entry.conditions) {
      if (!registry.conditions.has(id))
        context.issues.add(file, line, 'conditions', `"${entry.id}": unknown condition "${id}"`)
    }
  }
}
