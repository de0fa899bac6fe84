import { describe, expect, it } from 'vitest'
import { findPatientDetails, isValidNhsNumber } from '../../../src/shared/learning/patient-details'

const kinds = (text: string, known: string[] = []) =>
  findPatientDetails(text, known).map((f) => [f.kind, f.text])

describe('patient details in a reflection', () => {
  it('checks NHS numbers with the modulus 11 rule', () => {
    // Published example numbers: 943 476 5919 and 401 023 2137 pass; a changed check digit fails.
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('4010232137')).toBe(true)
    expect(isValidNhsNumber('9434765918')).toBe(false)
    // A remainder that gives check digit 10 is never a valid number.
    expect(isValidNhsNumber('1000000010')).toBe(false)
  })

  it('flags NHS numbers written with spaces, hyphens or none, and says which look valid', () => {
    for (const written of ['943 476 5919', '943-476-5919', '9434765919']) {
      const [found] = findPatientDetails(`Seen today, ${written}, with cramps.`)
      expect(found?.kind).toBe('nhs-number')
      expect(found?.text).toBe(written)
      expect(found?.message).toMatch(/looks like an NHS number/)
    }
    expect(findPatientDetails('ref 123 456 7890')[0]?.message).toMatch(
      /could be an NHS or hospital number/,
    )
  })

  it('leaves alone numbers that cannot be an NHS number', () => {
    expect(kinds('I read for 45 minutes and scored 4 of 5; phone 020 7946 0000.')).toEqual([])
    expect(kinds('Order 12345678901 arrived')).toEqual([])
  })

  it('flags dates of birth and full dates, in figures or words', () => {
    expect(kinds('DOB 03/04/1984')).toEqual([
      ['date', 'DOB'],
      ['date', '03/04/1984'],
    ])
    expect(kinds('She was born on 3rd March 1984.')[0]).toEqual(['date', 'born on'])
    expect(kinds('Seen with her date of birth checked')).toEqual([['date', 'date of birth']])
    expect(kinds('On 12 March 2027 I taught the registrars.')).toEqual([['date', '12 March 2027']])
    expect(kinds('Follow-up on March 3, 1990')).toEqual([['date', 'March 3, 1990']])
    // A score or a fraction is not a date.
    expect(kinds('I scored 4/5 on the self-check.')).toEqual([])
  })

  it('flags names with a title, after "called", and as a run of capitalised words', () => {
    expect(kinds('I saw Mrs Patel after her smear.')).toEqual([['name', 'Mrs Patel']])
    expect(kinds('A man called Jamal described cramps.')).toEqual([['name', 'Jamal']])
    expect(kinds('Yesterday Jane Smith told me her cramps had eased.')).toEqual([
      ['name', 'Jane Smith'],
    ])
  })

  it('does not take institutions, the Code or module titles for names', () => {
    const text =
      'The Royal College of General Practitioners and the NMC Code: Preserve Safety. I reread Cramps After Orgasm and Leg Twitching After Sex.'
    expect(kinds(text, ['Cramps after orgasm', 'Leg twitching after sex'])).toEqual([])
  })

  it('reports each passage once, in the order it appears', () => {
    const found = findPatientDetails('Mr John Brown, DOB 1/2/1950, NHS 943 476 5919')
    expect(found.map((f) => f.kind)).toEqual(['name', 'date', 'date', 'nhs-number'])
    const starts = found.map((f) => f.start)
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
  })
})
