import type { Language } from '@shegong/domain';

/** Money is kept in fen (分) and shown in yuan (元) with two decimals: 300000 → 3,000.00. */
export function formatYuan(fen: number, language: Language): string {
  return (fen / 100).toLocaleString(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** What a user typed in yuan, in whole fen (rounded: 0.1 + 0.2 must not become 30.000000004). */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}
