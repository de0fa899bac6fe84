/**
 * "Today" for review-date checks over the real content: the newest `lastReviewed` date in it.
 * Fixed by the content rather than the calendar, so the suite does not start failing when a
 * review date passes, nor when the content is reviewed again today.
 */
export function reviewToday(texts: Iterable<string>): string {
  let newest = ''
  for (const text of texts) {
    for (const [, date] of text.matchAll(/^lastReviewed:\s*(\d{4}-\d{2}-\d{2})/gm)) {
      if (date! > newest) newest = date!
    }
  }
  if (!newest) throw new Error('No lastReviewed date found in the content')
  return newest
}
