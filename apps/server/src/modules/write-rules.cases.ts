/**
 * The rules of each write, as cases that `write-rules.test.ts` runs through the API form and
 * through every import that makes the same record: both must give the same verdict, naming the
 * same field (its column in the sheet) with the same message. The clock stands at 2026-11-22;
 * the workers are born on 1996-03-15 and registered in 南明区 (520102016).
 */

/** Accepted, or refused with the first problem's field and its zh-CN message. */
export type Verdict = 'accepted' | { field: string; message: string };

type Held = { level: string; certifiedOn: string };
type Score = { level: string; subject: string; year: number; score: number };
type Credit = { source: string; hours: number; earnedOn: string; description: string };

export type WriteRuleCase = { name: string; expected: Verdict } & (
  | {
      operation: 'certificate';
      /** What the worker holds before: certificates and exam scores. */
      holds?: Held[];
      scores?: Score[];
      input: Held;
    }
  | { operation: 'credit'; recorded?: Credit[]; input: Credit }
  | {
      operation: 'worker';
      /** The ID number is already registered by 云岩区 (outside the importer's scope). */
      registeredElsewhere?: true;
      input: { regionCode?: string };
    }
  | {
      operation: 'organisation';
      input: { registeredOn?: string; type?: string; regionCode?: string };
    }
  | { operation: 'station'; input: { tier: string; regionCode: 'free township' | string } }
  | { operation: 'project'; input: { regionCode?: string; termEnd?: string } }
  | {
      /** A draft contract of an awarded project (budget 50 万, term 2026-04-01 to 2027-03-31). */
      operation: 'contract';
      input: {
        amountYuan: number;
        tranchesYuan: [number, number, number];
        /** The winning bid's price (中标价), in yuan; the budget when not given. */
        awardPriceYuan?: number;
      };
    }
);

const refused = (field: string, message: string) => ({ field, message });

export const writeRuleCases: WriteRuleCase[] = [
  // ---- certificates ----------------------------------------------------------------------------
  {
    name: 'a senior certificate dated 2099 with nothing below it',
    operation: 'certificate',
    input: { level: 'senior_social_worker', certifiedOn: '2099-01-01' },
    expected: refused('certifiedOn', '发证日期不能晚于今天'),
  },
  {
    name: 'a senior certificate without the intermediate one',
    operation: 'certificate',
    input: { level: 'senior_social_worker', certifiedOn: '2024-06-30' },
    expected: refused('level', '取得高级社会工作师须先持有社会工作师证书'),
  },
  {
    name: 'a senior certificate after the intermediate one',
    operation: 'certificate',
    holds: [{ level: 'social_worker', certifiedOn: '2020-06-30' }],
    input: { level: 'senior_social_worker', certifiedOn: '2024-06-30' },
    expected: 'accepted',
  },
  {
    name: 'a senior certificate dated before the intermediate one',
    operation: 'certificate',
    holds: [{ level: 'social_worker', certifiedOn: '2020-06-30' }],
    input: { level: 'senior_social_worker', certifiedOn: '2019-06-30' },
    expected: refused('level', '取得高级社会工作师须先持有社会工作师证书'),
  },
  {
    name: 'a certificate dated before the holder was born',
    operation: 'certificate',
    input: { level: 'social_work_assistant_local', certifiedOn: '1990-01-01' },
    expected: refused('certifiedOn', '发证日期早于出生日期'),
  },
  {
    name: 'a certificate the recorded exam scores do not pass',
    operation: 'certificate',
    scores: [
      { level: 'assistant_social_worker', subject: 'comprehensive_junior', year: 2025, score: 50 },
    ],
    input: { level: 'assistant_social_worker', certifiedOn: '2025-06-30' },
    expected: refused('level', '考试成绩未达到该级别的通过条件'),
  },
  {
    name: 'a level already held with another date',
    operation: 'certificate',
    holds: [{ level: 'assistant_social_worker', certifiedOn: '2018-06-30' }],
    input: { level: 'assistant_social_worker', certifiedOn: '2020-06-30' },
    expected: refused('level', '已持有该级别证书（发证日期 2018-06-30）'),
  },
  {
    name: 'a plain assistant certificate',
    operation: 'certificate',
    input: { level: 'assistant_social_worker', certifiedOn: '2024-06-30' },
    expected: 'accepted',
  },

  // ---- continuing-education hours ----------------------------------------------------------
  {
    name: 'no hours',
    operation: 'credit',
    input: { source: 'other', hours: 0, earnedOn: '2026-05-21', description: '零学时' },
    expected: refused('hours', '学时须大于 0、不超过 500'),
  },
  {
    name: 'more hours than a cycle holds',
    operation: 'credit',
    input: { source: 'other', hours: 600, earnedOn: '2026-05-22', description: '超长' },
    expected: refused('hours', '学时须大于 0、不超过 500'),
  },
  {
    name: 'hours with two decimals',
    operation: 'credit',
    input: { source: 'other', hours: 1.25, earnedOn: '2026-05-23', description: '小数' },
    expected: refused('hours', '学时最多保留一位小数'),
  },
  {
    name: 'hours on a future day',
    operation: 'credit',
    input: { source: 'other', hours: 2, earnedOn: '2026-12-01', description: '未来' },
    expected: refused('earnedOn', '日期不能晚于今天'),
  },
  {
    name: 'the day and title of an entry on record, with other hours',
    operation: 'credit',
    recorded: [
      { source: 'supervision', hours: 2, earnedOn: '2026-05-20', description: '个案督导' },
    ],
    input: { source: 'supervision', hours: 3, earnedOn: '2026-05-20', description: '个案督导' },
    expected: refused('description', '已有同日期、同名称的学时记录（2 学时，督导）'),
  },
  {
    name: 'an hour and a half of supervision',
    operation: 'credit',
    input: { source: 'supervision', hours: 1.5, earnedOn: '2026-06-01', description: '个案督导' },
    expected: 'accepted',
  },

  // ---- workers ---------------------------------------------------------------------------------
  {
    name: 'a worker of a division outside the scope',
    operation: 'worker',
    input: { regionCode: '520103001' },
    expected: refused('regionCode', '不在您的管辖范围内'),
  },
  {
    name: 'a worker of a division that does not exist',
    operation: 'worker',
    input: { regionCode: '520102999' },
    expected: refused('regionCode', '行政区划不存在'),
  },
  {
    name: 'a worker registered in another jurisdiction',
    operation: 'worker',
    registeredElsewhere: true,
    input: {},
    expected: refused('idNumber', '该身份证号已在其他辖区登记，可申请人才调入'),
  },
  { name: 'a worker of 南明区', operation: 'worker', input: {}, expected: 'accepted' },

  // ---- organisations ---------------------------------------------------------------------------
  {
    name: 'an organisation registered in the future',
    operation: 'organisation',
    input: { registeredOn: '2027-01-01' },
    expected: refused('registeredOn', '登记日期不能晚于今天'),
  },
  {
    name: 'a social group with the credit code of a social service organisation',
    operation: 'organisation',
    input: { type: 'social_group' },
    expected: refused('creditCode', '统一社会信用代码应以 51 开头（民政登记的社会团体）'),
  },
  {
    name: 'an organisation outside the scope',
    operation: 'organisation',
    input: { regionCode: '520103' },
    expected: refused('regionCode', '不在您的管辖范围内'),
  },
  { name: 'an organisation of 南明区', operation: 'organisation', input: {}, expected: 'accepted' },

  // ---- stations --------------------------------------------------------------------------------
  {
    name: 'a township station on a village',
    operation: 'station',
    input: { tier: 'township_station', regionCode: '520102016001' },
    expected: refused('regionCode', '该类站点须设在乡镇（街道）级区划'),
  },
  {
    name: 'a station outside the scope',
    operation: 'station',
    input: { tier: 'village_studio', regionCode: '520103001001' },
    expected: refused('regionCode', '不在您的管辖范围内'),
  },
  {
    name: 'a township station where there is none',
    operation: 'station',
    input: { tier: 'township_station', regionCode: 'free township' },
    expected: 'accepted',
  },

  // ---- purchase: projects and contracts --------------------------------------------------------
  {
    name: 'a project of a division outside the scope',
    operation: 'project',
    input: { regionCode: '520103' },
    expected: refused('regionCode', '不在您的管辖范围内'),
  },
  {
    name: 'a project whose term ends before it starts',
    operation: 'project',
    input: { termEnd: '2026-01-01' },
    expected: refused('termEnd', '服务期限的结束日期不能早于开始日期'),
  },
  { name: 'a project of 南明区', operation: 'project', input: {}, expected: 'accepted' },
  {
    name: 'a contract whose tranches do not add up to its amount',
    operation: 'contract',
    input: { amountYuan: 400_000, tranchesYuan: [120_000, 160_000, 100_000] },
    expected: refused('tranches', '各笔付款合计（380000.00 元）须等于合同金额（400000.00 元）'),
  },
  {
    name: 'a contract above the project’s budget',
    operation: 'contract',
    input: { amountYuan: 600_000, tranchesYuan: [200_000, 200_000, 200_000] },
    expected: refused('amountFen', '合同金额不能超过项目预算（500000.00 元）'),
  },
  {
    name: 'a contract above the award price (中标价), within the budget',
    operation: 'contract',
    input: {
      amountYuan: 400_000,
      tranchesYuan: [120_000, 160_000, 120_000],
      awardPriceYuan: 380_000,
    },
    expected: refused('amountFen', '合同金额（amount）不能超过中标价（380000.00 元）'),
  },
  {
    name: 'a contract in three tranches adding up to its amount',
    operation: 'contract',
    input: { amountYuan: 400_000, tranchesYuan: [120_000, 160_000, 120_000] },
    expected: 'accepted',
  },
];
