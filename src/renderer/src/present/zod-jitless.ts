import { config } from 'zod'

/**
 * zod compiles fast parsers with `new Function` when it may, and probes for that the first time
 * it parses. The renderer's CSP forbids it (no eval, Trusted Types for every sink), and the
 * probe alone is reported as a violation, so presenting parses with the interpreter.
 * Imported first by every renderer module that validates data.
 */
config({ jitless: true })
