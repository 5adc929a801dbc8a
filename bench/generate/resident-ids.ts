import { residentIdCheckChar } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';

/**
 * 居民身份证号 of generated people (GB 11643): the real code of their county, the birth date, a
 * sequence whose parity gives the sex (odd male), and the ISO 7064 check character. Unique among
 * the numbers this instance made; counties never share a prefix, so one instance per chunk of
 * whole counties keeps every number of a dataset unique.
 */
export class ResidentIds {
  private readonly used = new Set<string>();

  next(random: Random, county: string, birthDate: string, sex: 'male' | 'female'): string {
    const born = birthDate.replaceAll('-', '');
    for (;;) {
      const sequence = 2 * random.int(0, 498) + (sex === 'male' ? 1 : 2);
      const first17 = `${county}${born}${String(sequence).padStart(3, '0')}`;
      if (this.used.has(first17)) continue;
      this.used.add(first17);
      return first17 + residentIdCheckChar(first17);
    }
  }
}
