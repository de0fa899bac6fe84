import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { CertificateService } from '../../../src/main/learning/certificate/certificate-service'
import { DAY_ROWS_LIMIT } from '../../../src/main/learning/certificate/certificate-data'
import { moduleCatalogue } from '../../../src/main/learning/module-catalogue'
import type { LearningRecord } from '../../../src/shared/learning/schema'
import {
  DEFAULT_LEARNING_SETTINGS,
  type LearningSettings,
} from '../../../src/shared/learning/settings'
import { collapse, rawDictionaries, RESOURCES } from '../handouts/pdf-helpers'

const run = promisify(execFile)
const OUT = join('test-results', 'learning')
const catalogue = moduleCatalogue(join(RESOURCES, 'content'))
const service = new CertificateService({
  resourcesDir: RESOURCES,
  catalogue,
  appVersion: '0.1.0-test',
  now: () => new Date('2027-03-20T10:00:00Z'),
})
const settings: LearningSettings = {
  ...DEFAULT_LEARNING_SETTINGS,
  consent: 'on',
  name: 'Dr Alex O’Neill & Partner',
  registrationBody: 'NMC',
  registrationNumber: '12A3456E',
}
const YEAR = { start: '2026-04-01', end: '2027-04-01' }

const record: LearningRecord = {
  version: 1,
  activities: [
    {
      id: 'act-0000001',
      kind: 'reading',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2027-03-02',
      at: '2027-03-02T10:00:00Z',
      sections: {
        'learning-objectives': 120,
        physiology: 2400,
        'red-flags': 1200,
        'self-check': 600,
      },
    },
    {
      id: 'act-0000002',
      kind: 'self-check',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2027-03-02',
      at: '2027-03-02T11:10:00Z',
      score: 4,
      total: 5,
    },
    {
      id: 'act-0000003',
      kind: 'reading',
      moduleId: 'leg-twitching-after-sex',
      title: 'Leg twitching after sex',
      date: '2027-03-05',
      at: '2027-03-05T10:00:00Z',
      sections: { assessment: 1500, management: 1200 },
    },
    {
      id: 'act-0000004',
      kind: 'handout',
      moduleId: 'leg-twitching-after-sex',
      title: 'Leg twitching after sex',
      date: '2027-03-05',
      at: '2027-03-05T11:00:00Z',
    },
    {
      id: 'act-0000005',
      kind: 'presentation',
      moduleId: 'cramps-after-orgasm',
      source: { kind: 'deck', id: 'cramps-after-orgasm' },
      title: 'Cramps after orgasm',
      date: '2027-03-10',
      at: '2027-03-10T11:00:00Z',
      minutes: 45,
      audience: 'Practice nurses, protected learning time',
    },
    {
      id: 'act-0000006',
      kind: 'reading',
      moduleId: 'back-pain-after-sex',
      title: 'Lower back pain after sex',
      date: '2025-06-01',
      at: '2025-06-01T10:00:00Z',
      sections: { physiology: 3600 },
    },
  ],
  reflections: [
    {
      id: 'ref-0000001',
      template: 'nmc',
      title: 'Asking about pain after sex',
      activityIds: ['act-0000001', 'act-0000002'],
      fields: {
        activity: 'I read the module and did its self-check.',
        learned: 'Sudden severe pain after orgasm needs the red-flag questions before reassurance.',
        changed: 'I now ask when the pain starts and how long it lasts.',
        code: 'It keeps people safe by spotting emergencies early.',
      },
      codeThemes: ['preserve-safety', 'prioritise-people'],
      claimedMinutes: 60,
      preparationMinutes: 0,
      date: '2027-03-03',
      createdAt: '2027-03-03T09:00:00Z',
      updatedAt: '2027-03-03T09:00:00Z',
    },
    {
      id: 'ref-0000002',
      template: 'rcgp',
      title: 'Teaching the practice nurses',
      activityIds: ['act-0000005'],
      fields: {
        learned: 'Nurses wanted words for opening the conversation.',
        apply: 'I will run the session again for new starters.',
      },
      codeThemes: [],
      claimedMinutes: 45,
      preparationMinutes: 90,
      date: '2027-03-11',
      createdAt: '2027-03-11T09:00:00Z',
      updatedAt: '2027-03-11T09:00:00Z',
    },
    {
      id: 'ref-0000003',
      template: 'free',
      title: 'Not chosen for this certificate',
      activityIds: ['act-0000003'],
      fields: { reflection: 'This text must not appear.' },
      codeThemes: [],
      claimedMinutes: 10,
      preparationMinutes: 0,
      date: '2027-03-06',
      createdAt: '2027-03-06T09:00:00Z',
      updatedAt: '2027-03-06T09:00:00Z',
    },
  ],
}

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(OUT, `${name}.pdf`)
  await writeFile(path, bytes)
  return path
}
const text = async (path: string) => collapse((await run('pdftotext', [path, '-'])).stdout)

describe('learning certificate PDF', () => {
  let path: string
  let bytes: Uint8Array
  let pages: number

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
    const pdf = await service.make(record, settings, {
      period: YEAR,
      moduleId: null,
      reflectionIds: ['ref-0000001', 'ref-0000002'],
    })
    bytes = pdf.bytes
    pages = pdf.pages
    path = await save('certificate-year', bytes)
    await run('pdftoppm', ['-r', '60', '-png', path, join(OUT, 'certificate-year')])
  })

  it('holds the name, registration, period, module titles and objectives, hours and each chosen reflection', async () => {
    const printed = await text(path)
    for (const expected of [
      'Certificate of learning',
      'Dr Alex O’Neill & Partner',
      'NMC 12A3456E',
      '1 April 2026 to 31 March 2027',
      'Cramps after orgasm',
      'Leg twitching after sex',
      'Learning objectives',
      // Recorded: 72 + 45 min reading and a 45-minute talk; claimed in the two reflections
      // printed: 60 + 45 min (the third reflection's 10 minutes are not on this certificate).
      '2.70',
      '0.75 h recorded; 0.00 h claimed',
      '1.75',
      'Preparation for teaching',
      '1.50',
      'Self-check: 1 attempt; best 4 of 5',
      'Practice nurses, protected learning time',
      'Asking about pain after sex',
      'Sudden severe pain after orgasm needs the red-flag questions before reassurance.',
      'Preserve safety; Prioritise people',
      'Teaching the practice nurses',
      'plus 1.5 hours preparation for teaching',
      'I will run the session again for new starters.',
      'Declaration',
    ])
      expect(printed, expected).toContain(expected)
    const objectives = (await catalogue.get('cramps-after-orgasm'))!.objectives
    expect(objectives.length).toBeGreaterThan(2)
    for (const objective of objectives) expect(printed).toContain(collapse(objective))
    expect(printed).not.toContain('This text must not appear.')
    // Activity outside the period is not on the certificate.
    expect(printed).not.toContain('Lower back pain after sex')
    expect(printed).toMatch(new RegExp(`Page 1 of ${pages}`))
  })

  it('is tagged, titled and in British English, with every font embedded, like the handouts', async () => {
    const { stdout: info } = await run('pdfinfo', [path])
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(
      /Title:\s+Certificate of learning: Dr Alex O’Neill & Partner, 1 April 2026 to 31 March 2027/,
    )
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
    const raw = rawDictionaries(bytes)
    expect(raw).toMatch(/\/Lang \(en-GB\)/)
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    expect(raw).toMatch(/\/StructTreeRoot/)
    expect(raw).toMatch(/\/S \/Table/)
    expect(raw).toMatch(/\/Scope \/Column/)
    expect(raw).toMatch(/\/S \/H1/)
    // The XMP copy of the title is escaped (the name has an ampersand).
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/O’Neill|O\\u2019Neill|&amp;/)
    const { stdout: fonts } = await run('pdffonts', [path])
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toMatch(/NotoSans/)
      expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes')
    }
  })

  it('a module certificate holds only that module', async () => {
    const pdf = await service.make(record, settings, {
      period: YEAR,
      moduleId: 'leg-twitching-after-sex',
      reflectionIds: [],
    })
    const printed = await text(await save('certificate-module', pdf.bytes))
    expect(printed).toContain('Leg twitching after sex')
    expect(printed).not.toContain('Cramps after orgasm')
    expect(printed).toContain('Patient handout')
  })

  it('a busy year is summarised by month, so it stays a few pages', async () => {
    const busy: LearningRecord = { version: 1, activities: [], reflections: [] }
    for (let day = 0; day < 200; day++) {
      const date = new Date(Date.UTC(2026, 3, 1 + day)).toISOString().slice(0, 10)
      busy.activities.push({
        id: `busy-${String(day).padStart(6, '0')}`,
        kind: 'reading',
        moduleId: 'cramps-after-sex',
        title: 'Cramps and pain after sex',
        date,
        at: `${date}T10:00:00Z`,
        sections: { physiology: 900 },
      })
    }
    expect(200).toBeGreaterThan(DAY_ROWS_LIMIT)
    const pdf = await service.make(busy, settings, {
      period: YEAR,
      moduleId: null,
      reflectionIds: [],
    })
    const printed = await text(await save('certificate-busy', pdf.bytes))
    expect(pdf.pages).toBeLessThanOrEqual(3)
    expect(printed).toContain('April 2026')
    expect(printed).toMatch(/30 days: reading/)
    expect(printed).toContain('50.00')
  })

  it('without a name, prints a line to write it on; an emoji it cannot print is named before any PDF is made', async () => {
    const unnamed = await service.make(
      record,
      { ...settings, name: '' },
      { period: YEAR, moduleId: null, reflectionIds: [] },
    )
    expect(await text(await save('certificate-unnamed', unnamed.bytes))).toContain(
      'Name (not given in Settings):',
    )
    const withEmoji = structuredClone(record)
    withEmoji.reflections[0]!.fields['learned'] = 'Great session 🎉'
    await expect(
      service.make(withEmoji, settings, {
        period: YEAR,
        moduleId: null,
        reflectionIds: ['ref-0000001'],
      }),
    ).rejects.toMatchObject({
      code: 'font-cannot-draw',
      message: expect.stringContaining('U+1F389'),
    })
    await expect(
      service.make(record, settings, {
        period: YEAR,
        moduleId: null,
        reflectionIds: ['gone-0000001'],
      }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})
