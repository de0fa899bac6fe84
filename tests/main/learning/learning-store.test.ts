import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PLAIN } from '../../../src/main/learning/cipher'
import { ENCRYPTED_MAGIC } from '../../../src/main/learning/encrypted-document'
import { LearningError } from '../../../src/main/learning/errors'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { appraisalYear } from '../../../src/shared/learning/periods'
import { fakeCipher, fsError, makeService, tempFolder } from './learning-fixtures'

const read = {
  moduleId: 'cramps-after-orgasm',
  sections: { physiology: 600, 'red-flags': 120 },
  reached: ['physiology', 'red-flags'],
}
const reflection = (activityIds: string[], claimedMinutes = 5) => ({
  id: null,
  draftId: null,
  patientDetailsChecked: false,
  body: {
    template: 'free' as const,
    title: 'What the red flags are for',
    activityIds,
    fields: { reflection: 'I now ask about sudden severe pain before reassuring.' },
    codeThemes: [],
    claimedMinutes,
    preparationMinutes: 0,
  },
})

let folder: string
afterEach(() => undefined)

async function tracked(folderPath: string) {
  const h = makeService(folderPath)
  await h.service.track(read)
  await h.service.flush()
  return h
}

describe('learning record store', () => {
  it('records nothing without consent', async () => {
    folder = await tempFolder()
    for (const consent of ['unanswered', 'off'] as const) {
      const h = makeService(folder, { consent })
      expect(await h.service.track(read)).toEqual({ recorded: false })
      expect(
        await h.service.selfCheck({ moduleId: 'cramps-after-orgasm', score: 3, total: 5 }),
      ).toEqual({ recorded: false })
      await h.service.flush()
    }
    expect(await readdir(folder)).toEqual([])
  })

  it('reads the record ahead only with consent, and the page’s figures then need no second read', async () => {
    folder = await tempFolder()
    await tracked(folder)
    const year = { period: { start: '2026-04-01', end: '2027-04-01' }, unreflectedLimit: 25 }
    for (const consent of ['unanswered', 'off', 'on'] as const) {
      const cipher = fakeCipher()
      let reads = 0
      const counting = { ...cipher, decrypt: (bytes: Buffer) => (reads++, cipher.decrypt(bytes)) }
      const h = makeService(folder, { consent, cipher: counting })
      await h.service.warm()
      if (consent !== 'on') {
        expect(reads, consent).toBe(0)
        continue
      }
      expect(reads).toBe(1)
      const overview = await h.service.overview(year)
      expect(reads).toBe(1)
      expect(overview.summary.trackedSeconds).toBe(720)
      expect(overview.unreflected.total).toBe(1)
    }
  })

  it('keeps the record encrypted at rest, and reads it back', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const bytes = await readFile(h.recordPath)
    expect(bytes.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC)).toBe(true)
    expect(bytes.toString('latin1')).not.toContain('cramps-after-orgasm')
    const again = makeService(folder)
    const snapshot = await again.service.snapshot()
    expect(snapshot.record.activities).toHaveLength(1)
    expect(snapshot.record.activities[0]).toMatchObject({
      kind: 'reading',
      title: 'Cramps after orgasm',
      sections: read.sections,
    })
    expect(snapshot.storage.encryption).toBe('os')
    expect(snapshot.notice).toBeNull()
  })

  it('without encryption available, stores plain JSON and says so', async () => {
    folder = await tempFolder()
    const h = makeService(folder, { cipher: PLAIN })
    await h.service.track(read)
    await h.service.flush()
    expect(JSON.parse(await readFile(h.recordPath, 'utf8'))).toMatchObject({ version: 1 })
    expect((await h.service.snapshot()).storage.encryption).toBe('none')
  })

  it('adds a day’s reading of a module into one activity', async () => {
    folder = await tempFolder()
    const h = makeService(folder)
    await h.service.track(read)
    await h.service.track({
      moduleId: 'cramps-after-orgasm',
      sections: { physiology: 30, assessment: 10 },
      reached: ['assessment'],
    })
    const { record } = await h.service.snapshot()
    expect(record.activities).toHaveLength(1)
    expect(record.activities[0]).toMatchObject({
      sections: { physiology: 630, 'red-flags': 120, assessment: 10 },
    })
  })

  it('refuses a module that does not exist', async () => {
    folder = await tempFolder()
    const h = makeService(folder)
    await expect(h.service.track({ ...read, moduleId: 'no-such-module' })).rejects.toMatchObject({
      code: 'not-found',
    })
  })
})

describe('learning record store faults', () => {
  it('a corrupt file is kept aside byte for byte, the newest backup restores the record, and the page is told', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    // A second save the same day leaves a backup of the first.
    await h.service.selfCheck({ moduleId: 'cramps-after-orgasm', score: 4, total: 5 })
    const backups = await readdir(join(folder, 'backups'))
    expect(backups).toEqual(['learning-record.json.2027-03-02.bak'])
    const garbage = Buffer.from('{"version": 1, "activities": [trunc')
    await writeFile(h.recordPath, garbage)

    const again = makeService(folder)
    const snapshot = await again.service.snapshot()
    const kept = (await readdir(folder)).find((n) => n.startsWith('learning-record.json.damaged-'))
    expect(kept).toBeDefined()
    expect(await readFile(join(folder, kept!))).toEqual(garbage)
    expect(snapshot.notice).toContain(kept!)
    expect(snapshot.notice).toContain('restored from the backup of 2 March 2027')
    expect(snapshot.record.activities.map((a) => a.kind)).toEqual(['reading'])
    expect(snapshot.writable).toBe(true)
  })

  it('a valid JSON file that is not a valid record is kept aside too', async () => {
    folder = await tempFolder()
    const h = makeService(folder, { cipher: PLAIN })
    await writeFile(
      h.recordPath,
      JSON.stringify({ version: 1, activities: [{ kind: 'reading' }], reflections: [] }),
    )
    const snapshot = await h.service.snapshot()
    expect(snapshot.notice).toMatch(
      /damaged.*A new, empty record was started.*Nothing was deleted/s,
    )
    expect(snapshot.record.activities).toEqual([])
  })

  it('a record from a newer version is never changed: read-only, with the reason', async () => {
    folder = await tempFolder()
    const h = makeService(folder, { cipher: PLAIN })
    const newer = JSON.stringify({ version: 9, activities: [], reflections: [], future: true })
    await writeFile(h.recordPath, newer)
    const snapshot = await h.service.snapshot()
    expect(snapshot.writable).toBe(false)
    expect(snapshot.notice).toMatch(/newer version/)
    expect(await h.service.track(read)).toEqual({ recorded: false })
    const error = await h.service.saveReflection(reflection([])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LearningError)
    expect((error as LearningError).code).toBe('write-failed')
    await expect(h.service.importText('{}')).rejects.toBeInstanceOf(LearningError)
    await h.service.flush()
    expect(await readFile(h.recordPath, 'utf8')).toBe(newer)
  })

  it('a record encrypted with a key this computer no longer has is kept aside, not overwritten', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const original = await readFile(h.recordPath)
    const other = makeService(folder, { cipher: fakeCipher(0x33) })
    const snapshot = await other.service.snapshot()
    expect(snapshot.notice).toMatch(/key this computer no longer provides/)
    const kept = (await readdir(folder)).find((n) => n.includes('.locked-'))
    expect(await readFile(join(folder, kept!))).toEqual(original)
  })

  it('ENOSPC while saving a reflection: typed error, nothing saved half-way, nothing lost', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const before = await readFile(h.recordPath)
    const id = (await h.service.snapshot()).record.activities[0]!.id
    const failing = makeService(folder, {
      write: async () => {
        throw fsError('ENOSPC')
      },
    })
    const error = await failing.service.saveReflection(reflection([id])).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'LearningError', code: 'write-failed', fault: 'disk-full' })
    expect((error as Error).message).toMatch(/disk is full/)
    expect(await readFile(h.recordPath)).toEqual(before)
    // The failed reflection is not half-kept in memory: saving again does not make two.
    expect((await failing.service.snapshot()).record.reflections).toEqual([])
  })

  it('EACCES while writing tracked time: the page is told, the time stays in memory and is written once the disk allows', async () => {
    folder = await tempFolder()
    let deny = true
    const h = makeService(folder, {
      write: async (path, data) => {
        if (deny) throw fsError('EACCES')
        await writeFileAtomic(path, data)
      },
    })
    await h.service.track(read)
    await expect(h.service.flush()).rejects.toMatchObject({ fault: 'no-permission' })
    expect((await h.service.snapshot()).notice).toMatch(/not allowed to write/)
    await h.service.track({
      moduleId: 'cramps-after-orgasm',
      sections: { physiology: 60 },
      reached: [],
    })
    deny = false
    await h.service.flush()
    const reopened = await makeService(folder).service.snapshot()
    expect(reopened.record.activities[0]).toMatchObject({
      sections: { physiology: 660, 'red-flags': 120 },
    })
    expect((await h.service.snapshot()).notice).toBeNull()
  })

  it('import: a duplicate adds nothing; a malformed file changes nothing and says why', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const exported = await h.service.exportFile({ format: 'everything-json', period: null })
    const text = Buffer.from(exported.bytes).toString('utf8')
    const result = await h.service.importText(text)
    expect(result.report).toMatchObject({ activitiesAdded: 0, duplicates: 1 })
    const before = await readFile(h.recordPath)
    for (const bad of [
      '{"format":"postcoital-atlas-learning-record","record":{"version":1,"activities":[{}],"reflections":[]}}',
      'PK\u0003\u0004 zip',
      '[]',
    ]) {
      const error = await h.service.importText(bad).catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'LearningError', code: 'invalid-request' })
      expect((error as Error).message).toMatch(/Nothing was imported/)
    }
    expect(await readFile(h.recordPath)).toEqual(before)
    expect((await h.service.snapshot()).record.activities).toHaveLength(1)
  })

  it('drafts are kept in their own file, and a saved reflection clears its draft', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const id = (await h.service.snapshot()).record.activities[0]!.id
    const draft = {
      id: 'draft-0000001',
      reflectionId: null,
      body: reflection([id]).body,
      updatedAt: '2027-03-02T10:01:00.000Z',
    }
    await h.service.saveDraft(draft)
    expect((await makeService(folder).service.snapshot()).drafts).toEqual([draft])
    const saved = await h.service.saveReflection({ ...reflection([id]), draftId: draft.id })
    expect(saved.drafts).toEqual([])
    expect(saved.record.reflections).toHaveLength(1)
  })

  it('a reflection that looks like it names a patient needs the clinician’s check', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    const id = (await h.service.snapshot()).record.activities[0]!.id
    const flagged = reflection([id])
    flagged.body.fields.reflection = 'Mrs Patel, NHS 943 476 5919, asked about cramps.'
    await expect(h.service.saveReflection(flagged)).rejects.toMatchObject({
      code: 'invalid-request',
    })
    const checked = await h.service.saveReflection({ ...flagged, patientDetailsChecked: true })
    expect(checked.record.reflections).toHaveLength(1)
  })

  it('delete removes the record, drafts, backups and copies kept aside', async () => {
    folder = await tempFolder()
    const h = await tracked(folder)
    await h.service.selfCheck({ moduleId: 'cramps-after-orgasm', score: 4, total: 5 })
    await writeFile(join(folder, 'learning-record.json.damaged-20270301T090000'), 'old')
    await h.service.saveDraft({
      id: 'draft-0000002',
      reflectionId: null,
      body: reflection([]).body,
      updatedAt: '2027-03-02T10:01:00.000Z',
    })
    await h.service.deleteEverything()
    expect(await readdir(folder)).toEqual(['backups'])
    expect(await readdir(join(folder, 'backups'))).toEqual([])
    expect((await h.service.snapshot()).record.activities).toEqual([])
  })
})

describe('learning page figures and changes sent before them', () => {
  it('include reading reported just before they were asked for, without waiting for it', async () => {
    const h = makeService(await tempFolder())
    const period = appraisalYear('2027-03-02', '04-01')
    // The reading tracker reports as the module page closes, and the learning page asks for
    // its figures straight after, neither awaited: the figures must include that reading.
    const reported = h.service.track(read)
    const figures = await h.service.overview({ period, unreflectedLimit: 10 })
    expect(await reported).toEqual({ recorded: true })
    expect(figures.unreflected.total).toBe(1)
    expect(figures.unreflected.activities[0]).toMatchObject({ moduleId: read.moduleId })
  })
})
