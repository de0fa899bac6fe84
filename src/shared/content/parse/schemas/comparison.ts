import { z } from 'zod'
import { id, ids, line, text } from './common'
import { COLUMN_TYPES, PRESENCE_LEVELS, type ColumnType } from '../../labels'

export { COLUMN_TYPES, PRESENCE_LEVELS, type ColumnType }

/**
 * What an evidence column grades: the condition itself, a physiological finding (a hormone's
 * change at orgasm), its link to the post-coital symptom, or a treatment. A `link` grade is the
 * one condition cards and hormone entries give, so those must match.
 */
export const EVIDENCE_GRADES = ['condition', 'physiology', 'link', 'treatment'] as const

/** Fields of a red flag a column can take its cells from, for rows that name a red flag. */
export const RED_FLAG_FIELDS = ['clinician', 'action', 'setting', 'conditions'] as const

const column = z
  .strictObject({
    id,
    label: line(60),
    type: z.enum(COLUMN_TYPES).default('text'),
    /** For matrix columns: the module this column stands for. */
    module: id.optional(),
    description: line(200).optional(),
    /** For evidence columns: what the grade is about. A `link` grade must match the condition card. */
    grades: z.enum(EVIDENCE_GRADES).optional(),
    /** For rows with `redFlag`: the red flag's field this column prints when the cell is empty. */
    field: z.enum(RED_FLAG_FIELDS).optional(),
  })
  .refine((c) => c.type !== 'evidence' || c.grades, {
    message: `an evidence column says what it grades: "grades: <one of ${EVIDENCE_GRADES.join(', ')}>"`,
    path: ['grades'],
  })

/** A presence cell of the cause × presentation matrix: how often, and where it is taught. */
const presenceCell = z.strictObject({
  level: z.enum(Object.keys(PRESENCE_LEVELS) as [keyof typeof PRESENCE_LEVELS]),
  /** Section slug in the column's module that discusses this cause. */
  section: id,
  note: line(160).optional(),
})

/** Cells are checked against their column's type when the table is compiled. */
const cell = z.union([text(600), z.number(), presenceCell, z.null()])

const row = z.strictObject({
  id,
  /** Row heading; a row with `redFlag` takes the flag's title when this is left out. */
  label: line(80).optional(),
  /**
   * A red flag from red-flags.yaml this row stands for: its tier fills the urgency columns
   * (a different tier written here is an error), its fields fill columns that name them.
   */
  redFlag: id.optional(),
  /** The reference entry this row describes, as a cross-link target (`condition:x`). */
  ref: z
    .string()
    .regex(/^(hormone|condition):[a-z0-9-]+$/, 'write "hormone:<id>" or "condition:<id>"')
    .optional(),
  /** Modules whose readers should see this row highlighted. */
  modules: ids.default([]),
  cells: z.record(z.string(), cell).default({}),
  cite: z.array(id).default([]),
})

/** `comparisons/<id>.yaml`: a table of rows with typed columns. */
export const comparisonFile = z.strictObject({
  id,
  title: line(100),
  description: text(600),
  /** `matrix` is the cause × presentation grid whose cells link to module sections. */
  kind: z.enum(['table', 'matrix']).default('table'),
  rowHeader: line(60),
  /** Text for the legend, e.g. what an empty cell means. */
  legend: text(400).optional(),
  /** What the compare mode compares (shown as "Compare conditions"). */
  rowNoun: line(30).default('rows'),
  columns: z.array(column).min(1).max(12),
  rows: z.array(row).min(2),
  sources: ids.default([]),
})
export type ComparisonFile = z.infer<typeof comparisonFile>
