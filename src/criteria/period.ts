import { isCalendarDate } from '../shared/calendar-date.js';
import type { Issue } from '../shared/diagnostics.js';
import { quote } from '../shared/quote.js';
import type { CriteriaDocument } from './model.js';

/**
 * The assessment period's days: each must exist, and the period must not end before it starts,
 * or every finding's date would be warned about as outside it. The schema has checked the
 * YYYY-MM-DD shape.
 */
export function periodIssues(period: CriteriaDocument['period']): Issue[] {
  if (!period) return [];
  const issues: Issue[] = [];
  for (const end of ['from', 'to'] as const) {
    if (!isCalendarDate(period[end])) {
      issues.push({ code: 'invalid-value', severity: 'error', path: ['period', end],
        message: `period.${end} ${quote(period[end])} is not a day of the calendar (YYYY-MM-DD)` });
    }
  }
  // ISO dates order as text.
  if (issues.length === 0 && period.to < period.from) {
    issues.push({ code: 'invalid-value', severity: 'error', path: ['period', 'to'],
      message: `the period ends on ${period.to}, before it starts on ${period.from}` });
  }
  return issues;
}
