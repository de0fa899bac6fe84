/**
 * Shared set-up for the learning record's main-process tests: the real service over a temp
 * folder and the real module sources, a stand-in for safeStorage, and settings in memory.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RecordCipher } from '../../../src/main/learning/cipher'
import {
  LearningService,
  type LearningServiceOptions,
} from '../../../src/main/learning/learning-service'
import { moduleCatalogue } from '../../../src/main/learning/module-catalogue'
import {
  DEFAULT_LEARNING_SETTINGS,
  type LearningSettings,
} from '../../../src/shared/learning/settings'

export const CONTENT = join(process.cwd(), 'resources', 'content')

/**
 * Stands in for safeStorage: a reversible scramble keyed per "computer", so the file holds no
 * readable text and a file from another key cannot be opened (as with a reset keyring).
 */
export function fakeCipher(key = 0x5a): RecordCipher {
  const MARK = Buffer.from([key, 0x01])
  return {
    encryption: 'os',
    encrypt: (text) =>
      Buffer.concat([MARK, Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ key))]),
    decrypt: (bytes) => {
      if (!bytes.subarray(0, 2).equals(MARK))
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        )
      return Buffer.from(bytes.subarray(2).map((b) => b ^ key)).toString('utf8')
    },
  }
}

export async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'atlas-learning-'))
}

export interface Harness {
  service: LearningService
  settings: LearningSettings
  folder: string
  recordPath: string
}

let ids = 0
export function makeService(
  folder: string,
  options: Partial<LearningServiceOptions> & { consent?: LearningSettings['consent'] } = {},
): Harness {
  const settings: LearningSettings = {
    ...DEFAULT_LEARNING_SETTINGS,
    consent: options.consent ?? 'on',
    name: 'Alex Example',
  }
  const service = new LearningService({
    folder,
    cipher: fakeCipher(),
    settings: { load: async () => settings },
    catalogue: moduleCatalogue(CONTENT),
    app: { name: 'Postcoital Atlas', version: '0.1.0-test' },
    now: () => new Date('2027-03-02T10:00:00.000Z'),
    newId: () => `test-${String(++ids).padStart(8, '0')}`,
    saveDelayMs: 60_000,
    ...options,
  })
  return { service, settings, folder, recordPath: join(folder, 'learning-record.json') }
}

/** An error as Node's file functions raise it. */
export function fsError(code: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: simulated`) as NodeJS.ErrnoException
  error.code = code
  return error
}
