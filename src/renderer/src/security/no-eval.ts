import { z } from 'zod'

// Zod tests whether it may compile validators by calling `new Function('')`. The CSP forbids
// eval and Trusted Types forbid turning strings into script, so that probe is refused and, even
// though Zod catches the error, reported as a violation on every start. `jitless` skips the
// probe: validators are interpreted, as they would be anyway under this CSP.
z.config({ jitless: true })
