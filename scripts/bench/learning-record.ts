/**
 * A synthetic five-year learning record for the benchmark (issue 16: 20,000 activities and 300
 * reflections): reading most days, self-checks, handouts and some teaching, over the real
 * modules. Reflections are added through the record's own rules (record-ops), so every claim
 * fits the tracked time, and the whole record is validated with the file's schema.
 */
import { TEMPLATES } from '../../src/shared/learning/templates'
import { saveReflection } from '../../src/shared/learning/record-ops'
import {
  CODE_THEMES,
  learningRecordSchema,
  TEMPLATE_IDS,
  type Activity,
  type LearningRecord,
} from '../../src/shared/learning/schema'

export interface RecordSize {
  activities: number
  reflections: number
  /** The last day of the record; it starts five years before. */
  end: string
}

const SECTIONS = ['learning-objectives', 'physiology', 'assessment', 'red-flags', 'self-check']

/** A small seeded generator, so every run measures the same record. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(8, '0')}`

export function syntheticRecord(
  modules: { id: string; title: string }[],
  size: RecordSize,
): LearningRecord {
  const random = seeded(16)
  const end = new Date(`${size.end}T12:00:00Z`).getTime()
  const span = 5 * 365 * 86_400_000
  const activities: Activity[] = []
  for (let n = 0; n < size.activities; n++) {
    // Spread evenly over the five years, oldest first, as a record grows.
    const at = new Date(end - span + Math.floor((n / size.activities) * span))
    const date = at.toISOString().slice(0, 10)
    const module = modules[Math.floor(random() * modules.length)]!
    const common = { id: id('act', n), date, at: at.toISOString(), title: module.title }
    const roll = random()
    if (roll < 0.8)
      activities.push({
        ...common,
        kind: 'reading',
        moduleId: module.id,
        sections: Object.fromEntries(
          SECTIONS.slice(0, 1 + Math.floor(random() * SECTIONS.length)).map((s) => [
            s,
            60 + Math.floor(random() * 900),
          ]),
        ),
      })
    else if (roll < 0.92)
      activities.push({
        ...common,
        kind: 'self-check',
        moduleId: module.id,
        score: Math.floor(random() * 6),
        total: 5,
      })
    else if (roll < 0.97) activities.push({ ...common, kind: 'handout', moduleId: module.id })
    else
      activities.push({
        ...common,
        kind: 'presentation',
        moduleId: module.id,
        source: { kind: 'deck', id: module.id },
        minutes: 30 + Math.floor(random() * 60),
        audience: 'GP trainees, half-day release',
      })
  }

  let record: LearningRecord = { version: 1, activities, reflections: [] }
  const readings = activities.filter((a) => a.kind === 'reading')
  const per = Math.floor(readings.length / size.reflections)
  for (let n = 0; n < size.reflections; n++) {
    const chosen = readings.slice(n * per, n * per + 3)
    const last = chosen[chosen.length - 1]!
    const template = TEMPLATE_IDS[n % TEMPLATE_IDS.length]!
    const fields = Object.fromEntries(
      TEMPLATES[template].fields.map((f) => [
        f.key,
        `Benchmark reflection ${n + 1}, ${f.label.toLowerCase()}: written for the speed test, not by a clinician.`,
      ]),
    )
    const outcome = saveReflection(
      record,
      {
        id: null,
        body: {
          template,
          title: `Benchmark reflection ${n + 1}`,
          activityIds: chosen.map((a) => a.id),
          fields,
          codeThemes: template === 'nmc' ? [CODE_THEMES[n % CODE_THEMES.length]!] : [],
          claimedMinutes: 10,
          preparationMinutes: 0,
        },
      },
      { today: last.date, now: last.at, newId: () => id('ref', n) },
    )
    if (!outcome.ok) throw new Error(`synthetic reflection ${n}: ${outcome.problems.join(' ')}`)
    record = outcome.record
  }
  return learningRecordSchema.parse(record)
}
