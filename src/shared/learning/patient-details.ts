/**
 * Flags text in a reflection that may identify a patient: an NHS (or CHI) number, a date of
 * birth, a full name. These are warnings, not a filter: the clinician sees each one, and saves
 * only after checking. False alarms are cheaper than a patient named in a portfolio.
 */

export type PatientDetailKind = 'nhs-number' | 'date' | 'name'

export interface PatientDetail {
  kind: PatientDetailKind
  /** The text that looks identifying, as typed. */
  text: string
  start: number
  end: number
  /** What it looks like and what to do, in one sentence. */
  message: string
}

/** Whether ten digits pass the NHS number's modulus 11 check. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

// Ten digits on their own, as written (3 3 4 with spaces or hyphens) or run together.
const TEN_DIGITS = /(?<![\d])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d])/g

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])/g
const WRITTEN_DATE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+(\\d{4})\\b|\\b(?:${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
)
const BIRTH_WORDS = /\b(?:d\.?o\.?b\.?|date of birth|born (?:on|in)?)\b/gi
const TITLED_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof)\.?\s+[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)?/g
const CALLED = /\b(?:called|named)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)/g
const CAPITALISED_RUN =
  /\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}\b/g

/**
 * Capitalised words that are not names: how sentences commonly start, and the institutions,
 * documents and topics reflections mention. A run made only of these is not flagged.
 */
const NOT_NAMES = new Set(
  (
    'a an the this that these those then there here when what where which while why how who i we my our ' +
    'it its in on at after before during since today yesterday tomorrow last next reading learning ' +
    'although because if as so but and or also having doing being once following some many most ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december royal college colleges general practitioners ' +
    'practitioner practice nhs nice nmc gmc hcpc rcgp rcn bashh fsrh code nursing midwifery council ' +
    'health care healthcare excellence national institute british association society trust hospital ' +
    'hospitals clinic centre center university medical medicine guideline guidelines guidance service ' +
    'services england scotland wales ireland northern uk primary secondary sexual pelvic floor ' +
    'physiotherapy physiotherapist physiotherapists faculty reproductive postcoital atlas cramps cramp ' +
    'after sex orgasm masturbation lower back pain leg legs twitching prioritise people practise ' +
    'effectively preserve safety promote professionalism red flag flags self check self-check module ' +
    'modules handout handouts appraisal revalidation reflective account continuing professional ' +
    'development cpd team meeting journal club grand round session sessions women men'
  ).split(' '),
)

function add(
  found: PatientDetail[],
  kind: PatientDetailKind,
  text: string,
  start: number,
  message: string,
): void {
  const end = start + text.length
  if (found.some((f) => start < f.end && end > f.start)) return
  found.push({ kind, text, start, end, message })
}

function plausibleDay(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/**
 * Everything in `text` that may identify a patient, in the order it appears. `known` lists
 * capitalised terms the reflection may use freely (module titles), so they are not taken
 * for names.
 */
export function findPatientDetails(text: string, known: readonly string[] = []): PatientDetail[] {
  const found: PatientDetail[] = []
  const knownWords = new Set(
    known.flatMap((term) => term.toLowerCase().split(/[^a-z'’-]+/)).filter(Boolean),
  )
  for (const match of text.matchAll(TEN_DIGITS)) {
    const digits = `${match[1]}${match[3]}${match[4]}`
    add(
      found,
      'nhs-number',
      match[0],
      match.index,
      isValidNhsNumber(digits)
        ? 'This looks like an NHS number. Remove it: a reflection must not identify a patient.'
        : 'This ten-digit number could be an NHS or hospital number. Remove it unless it is something else.',
    )
  }
  for (const match of text.matchAll(BIRTH_WORDS)) {
    add(
      found,
      'date',
      match[0],
      match.index,
      'This mentions a date of birth. Leave it out, or give an age range instead.',
    )
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const a = Number(match[1])
    const b = Number(match[2])
    if (!plausibleDay(a, b) && !plausibleDay(b, a)) continue
    add(
      found,
      'date',
      match[0],
      match.index,
      'A full date could be a date of birth. Keep it only if it is not about a patient.',
    )
  }
  for (const match of text.matchAll(WRITTEN_DATE)) {
    add(
      found,
      'date',
      match[0],
      match.index,
      'A full date could be a date of birth. Keep it only if it is not about a patient.',
    )
  }
  for (const match of text.matchAll(TITLED_NAME)) {
    add(
      found,
      'name',
      match[0],
      match.index,
      'This looks like a person’s name. Write “a patient” or “a colleague” instead.',
    )
  }
  for (const match of text.matchAll(CALLED)) {
    const name = match[1]!
    if (NOT_NAMES.has(name.split(' ')[0]!.toLowerCase())) continue
    add(
      found,
      'name',
      name,
      match.index + match[0].length - name.length,
      'This looks like a person’s name. Write “a patient” or “a colleague” instead.',
    )
  }
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(' ')
    const isName = (word: string): boolean => {
      const lower = word.toLowerCase()
      return !NOT_NAMES.has(lower) && !knownWords.has(lower)
    }
    // Two or more name-like words together: "Jane Smith", not "Royal College" or "Lower Back Pain".
    let run: string[] = []
    let offset = match.index
    let runStart = offset
    for (const word of [...words, '']) {
      if (word && isName(word)) {
        if (!run.length) runStart = offset
        run.push(word)
      } else {
        if (run.length >= 2)
          add(
            found,
            'name',
            run.join(' '),
            runStart,
            'This could be a full name. If it names a patient, remove it.',
          )
        run = []
      }
      offset += word.length + 1
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
