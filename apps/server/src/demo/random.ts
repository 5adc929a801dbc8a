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
const givenNames = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '晓燕',
  '思远',
  '雨欣',
  '子涵',
  '海燕',
  '志强',
];

/** A common Chinese name, surname first. */
export function personName(random: Random): string {
  return random.pick(surnames) + random.pick(givenNames);
}
