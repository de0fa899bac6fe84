import { z } from 'zod'
import { id, ids, line, text } from './common'
import { TIER_IDS } from '../../labels'

/** A tier id; anything else is a tier the model does not define. */
export const tierId = z.enum(TIER_IDS)

const tier = z.strictObject({
  id: tierId,
  /** Heading in a module's red-flag section and label on urgency badges ("Emergency now"). */
  label: line(40),
  /** What a clinician does at this tier, one sentence (Markdown inline, may cite). */
  clinician: text(400),
  /** The same in words a patient understands, for handouts and the PDF. */
  patient: z.strictObject({
    /** The box heading: what to do, as an instruction ("Call 999 or 112 now"). */
    action: line(60),
    /** The line under it: where to go, ending before the list ("…if you have:"). */
    lead: line(200),
  }),
})

/** `urgency-tiers.yaml`: the one tier model, most urgent first. */
export const urgencyTiersFile = z.strictObject({ tiers: z.array(tier).min(1) })
export type UrgencyTierEntry = z.infer<typeof tier>

const flag = z.strictObject({
  id,
  tier: tierId,
  /** Short clinician label, for tables and lists ("Sudden severe one-sided pelvic pain"). */
  title: line(120),
  /** What the clinician is taught: the presentation, with citations (Markdown inline). */
  clinician: text(600),
  /** What to do first, for the triage table. */
  action: text(300),
  /** Where the person should be seen. */
  setting: text(300),
  /**
   * The same sign in a patient's words, printed on handouts. Left out for signs only an
   * examiner can find; such a flag cannot appear on a handout.
   */
  patient: text(240).optional(),
  /** A few words naming the sign, for the page-1 emergency box when the full list does not fit. */
  short: line(60).optional(),
  /** Condition cards this sign points to. */
  conditions: ids.default([]),
  /** Sources for the flag as a whole (the clinician wording may cite more). */
  cite: ids.min(1),
})

/** `red-flags.yaml`: every sign that should send someone for care, with its tier. */
export const redFlagsFile = z.strictObject({ flags: z.array(flag).min(1) })
export type RedFlagEntry = z.infer<typeof flag>

const medicine = z.strictObject({
  id,
  /** As a clinician reads it in a caution box heading ("Ibuprofen and other NSAIDs"). */
  name: line(80),
  /** As a patient reads it ("ibuprofen"). */
  patientName: line(60),
  /**
   * Words that count as mentioning this medicine in content, matched whole and ignoring case
   * ("ibuprofen", "NSAID", "anti-inflammatory painkiller").
   */
  terms: z.array(line(60)).min(1),
  /**
   * True for a medicine the atlas teaches against for these symptoms (magnesium, quinine): a
   * sentence that names it together with a negation ("do not advise magnesium") warns rather
   * than advises, and needs no caution box. Any other mention still does.
   */
  advisedAgainst: z.boolean().default(false),
  /** Cautions and contraindications for clinicians, each a sentence that cites its source. */
  clinician: z.array(text(400)).min(1),
  /** The same in plain words, printed where a handout suggests the medicine. */
  patient: text(400),
  cite: ids.min(1),
})

/** `medicines.yaml`: cautions for every medicine the content recommends, said once. */
export const medicinesFile = z.strictObject({ medicines: z.array(medicine).min(1) })
export type MedicineEntry = z.infer<typeof medicine>
