import type { Criteria } from '../criteria/model.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { NO_ISSUES, type Issue } from '../shared/diagnostics.js';
import { quote } from '../shared/quote.js';
import type { Evidence } from './model.js';

/** True when a finding's date is a real day inside the criteria's period (or there is no period). */
export function isDateInPeriod(date: string, period: Criteria['period']): boolean {
  // ISO dates order as text.
  return isCalendarDate(date) && (!period || (date >= period.from && date <= period.to));
}

/**
 * A finding's `date` (SPEC §3): a day that does not exist is an error; one outside the criteria's
 * assessment period a warning, since the grade reflects the period (the date is never used to grade).
 */
export function checkFindingDates(criteria: Criteria, evidence: Evidence): readonly Issue[] {
  let issues: Issue[] | undefined;
  const period = criteria.period;
  // forEach: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  evidence.findings.forEach((finding, index) => {
    const date = finding.date;
    if (typeof date !== 'string') return;
    if (!isCalendarDate(date)) {
      (issues ??= []).push({ code: 'invalid-value', severity: 'error', path: ['findings', index, 'date'],
        message: `findings[${index}].date ${quote(date)} is not a day of the calendar (YYYY-MM-DD)` });
    } else if (period && !isDateInPeriod(date, period)) {
      (issues ??= []).push({ code: 'date-outside-period', severity: 'warning', path: ['findings', index, 'date'],
        message: `the finding for ${finding.criterion} is dated ${date}, outside the assessment period ${period.from} to ${period.to} of ${criteria.framework} (the grade reflects the period)` });
    }
  });
  return issues ?? NO_ISSUES;
}
