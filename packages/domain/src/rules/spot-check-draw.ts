/**
 * 抽查: each year a share (default 30%, 深圳 2021) of the projects running a year or more is drawn
 * for a spot check, in every stratum (a region and a project type) separately, so that no county
 * or type escapes it. The draw is reproducible: the same population and seed give the same sample,
 * so anyone holding the audit record can re-run it.
 */
export interface DrawCandidate {
  id: string;
  stratum: string;
}

export interface DrawResult {
  chosen: string[];
  strata: { stratum: string; population: number; drawn: number }[];
}

/** A 32-bit hash of a text (FNV-1a), the seed of a stratum's generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small generator whose sequence depends on its seed alone. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of a stratum are drawn: the share rounded up, so a stratum of one is checked. */
export const drawnOf = (population: number, sharePercent: number) =>
  Math.max(0, Math.min(population, Math.ceil((population * sharePercent) / 100 - 1e-9)));

export function drawSample(
  candidates: readonly DrawCandidate[],
  sharePercent: number,
  seed: string,
): DrawResult {
  const strata = new Map<string, string[]>();
  for (const c of candidates) strata.set(c.stratum, [...(strata.get(c.stratum) ?? []), c.id]);
  const chosen: string[] = [];
  const summary: DrawResult['strata'] = [];
  for (const stratum of [...strata.keys()].sort()) {
    const ids = [...new Set(strata.get(stratum)!)].sort();
    const random = generator(hash(`${seed}:${stratum}`));
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const drawn = drawnOf(ids.length, sharePercent);
    chosen.push(...ids.slice(0, drawn));
    summary.push({ stratum, population: ids.length, drawn });
  }
  return { chosen, strata: summary };
}
