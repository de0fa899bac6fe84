import type { StorageStatus } from '../../shared/learning/ipc'

/**
 * Encryption at rest for the learning record, through Electron's `safeStorage`: the key is
 * kept by the operating system for this user (Keychain on macOS, DPAPI on Windows, the
 * desktop keyring on Linux). Where there is none, the record is stored as plain JSON and
 * Settings says so.
 */
export interface RecordCipher {
  readonly encryption: StorageStatus['encryption']
  encrypt(text: string): Buffer
  decrypt(bytes: Buffer): string
}

/** The part of Electron's `safeStorage` the record uses (absent in tests and plain Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(bytes: Buffer): string
  /** Linux only: which keyring, or 'basic_text' when the key is a fixed one. */
  getSelectedStorageBackend?(): string
}

/** No encryption: the record is plain JSON. */
export const PLAIN: RecordCipher = {
  encryption: 'none',
  encrypt: () => {
    throw new Error('no encryption is available')
  },
  decrypt: () => {
    throw new Error('no encryption is available')
  },
}

/**
 * The cipher for this computer, decided once after the app is ready (safeStorage cannot be
 * asked before). On Linux without a keyring Electron still encrypts, but with a key that is
 * not secret: that is reported as 'basic', so Settings does not overstate it.
 */
export function safeStorageCipher(
  safeStorage: SafeStorageLike | undefined,
  platform: NodeJS.Platform,
): RecordCipher {
  const ask = <T>(question: () => T, otherwise: T): T => {
    try {
      return question()
    } catch {
      return otherwise
    }
  }
  if (!safeStorage || !ask(() => safeStorage.isEncryptionAvailable(), false)) return PLAIN
  const backend =
    platform === 'linux' ? ask(() => safeStorage.getSelectedStorageBackend?.() ?? '', '') : ''
  return {
    encryption:
      platform === 'linux' && (backend === 'basic_text' || backend === 'unknown') ? 'basic' : 'os',
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (bytes) => safeStorage.decryptString(bytes),
  }
}
