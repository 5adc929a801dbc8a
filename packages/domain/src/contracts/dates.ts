import { z } from 'zod';
import { isCalendarDate } from '../rules/calendar-dates';

/** A real calendar date written `YYYY-MM-DD` (30 February is refused). */
export const calendarDateSchema = z.string().trim().refine(isCalendarDate, 'date.invalid');
