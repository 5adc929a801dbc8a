/** A small seeded generator (mulberry32): the same seed gives the same demo data everywhere. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    /** A `YYYY-MM-DD` date between two years, inclusive. */
    date: (fromYear: number, toYear: number) => {
      const year = fromYear + Math.floor(next() * (toYear - fromYear + 1));
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    },
  };
}

export type Random = ReturnType<typeof seededRandom>;

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '罗',
  '龙',
  '杜',
];
// In the order they were first listed (the demo's draws depend on it), each with the sex it fits.
const givenNames: readonly { name: string; sex: 'male' | 'female' }[] = [
  { name: '芳', sex: 'female' },
  { name: '娜', sex: 'female' },
  { name: '敏', sex: 'female' },
  { name: '静', sex: 'female' },
  { name: '丽', sex: 'female' },
  { name: '强', sex: 'male' },
  { name: '磊', sex: 'male' },
  { name: '军', sex: 'male' },
  { name: '洋', sex: 'male' },
  { name: '勇', sex: 'male' },
  { name: '艳', sex: 'female' },
  { name: '杰', sex: 'male' },
  { name: '娟', sex: 'female' },
  { name: '涛', sex: 'male' },
  { name: '明', sex: 'male' },
  { name: '超', sex: 'male' },
  { name: '秀英', sex: 'female' },
  { name: '建华', sex: 'male' },
  { name: '晓燕', sex: 'female' },
  { name: '思远', sex: 'male' },
  { name: '雨欣', sex: 'female' },
  { name: '子涵', sex: 'female' },
  { name: '海燕', sex: 'female' },
  { name: '志强', sex: 'male' },
];

/** A common Chinese name, surname first. */
export function personName(random: Random): string {
  return random.pick(surnames) + random.pick(givenNames).name;
}

/** The sex a demo given name fits; null for a name not drawn from the list. */
export function sexOfGivenName(given: string): 'male' | 'female' | null {
  return givenNames.find((g) => g.name === given)?.sex ?? null;
}

/**
 * The name with its given name swapped for one that fits `sex` when it does not (chosen by
 * `index`, not drawn, so the rest of the demo stays as it was).
 */
export function nameFitting(name: string, sex: 'male' | 'female', index: number): string {
  if (sexOfGivenName(name.slice(1)) === sex) return name;
  const fitting = givenNames.filter((g) => g.sex === sex);
  return name.slice(0, 1) + fitting[index % fitting.length]!.name;
}
