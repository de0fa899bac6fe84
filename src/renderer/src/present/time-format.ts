/** "4:05", "1:02:03": a duration in milliseconds, as a clock shows it (negative as "−0:40"). */
export function clockDuration(ms: number): string {
  const sign = ms < 0 ? '−' : ''
  const total = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`
}

/** "3 min", "1 min", "under a minute": for pacing in words. */
export function minutesInWords(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000)
  return minutes === 0 ? 'under a minute' : `${minutes} min`
}

/** The time of day, as the presenter's clock on the wall would show it. */
export function wallClock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
}
