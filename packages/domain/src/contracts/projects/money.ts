import { z } from 'zod';

/** The largest amount the platform takes, in fen: 100 billion yuan. */
export const maxAmountFen = 10_000_000_000_000;

/** An amount of money in integer fen (分): not negative, not a fraction of a fen. */
export const fenSchema = z
  .number({ error: 'money.fen' })
  .int({ error: 'money.fen' })
  .min(0, { error: 'money.fen' })
  .max(maxAmountFen, { error: 'money.fen' });
