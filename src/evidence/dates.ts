import type { Criteria } from '../criteria/model.js';
import type { Issue } from '../shared/diagnostics.js';
import { quote } from '../shared/quote.js';
import type { Evidence } from './model.js';

/** True for a real day written YYYY-MM-DD (not 2007-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when a finding's date is a real day inside the criteria's period (or there is no period). */
export function isDateInPeriod(date: string, period: Criteria['period']): boolean {
  // ISO dates order as text.
  return isCalendarDate(date) && (!period || (date >= period.from && date <= period.to));
}

/**
 * A finding's `date` (SPEC §3): a day that does not exist is an error; one outside the criteria's
 * assessment period a warning, since the grade reflects the period (the date is never used to grade).
 */
export function checkFindingDates(criteria: Criteria, evidence: Evidence): Issue[] {
  const issues: Issue[] = [];
  const period = criteria.period;
  // forEach: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  evidence.findings.forEach((finding, index) => {
    const date = finding.date;
    if (typeof date !== 'string') return;
    if (!isCalendarDate(date)) {
      issues.push({ code: 'invalid-value', severity: 'error', path: ['findings', index, 'date'],
        message: `findings[${index}].date ${quote(date)} is not a day of the calendar (YYYY-MM-DD)` });
    } else if (period && !isDateInPeriod(date, period)) {
      issues.push({ code: 'date-outside-period', severity: 'warning', path: ['findings', index, 'date'],
        message: `the finding for ${finding.criterion} is dated ${date}, outside the assessment period ${period.from} to ${period.to} of ${criteria.framework} (the grade reflects the period)` });
    }
  });
  return issues;
}
