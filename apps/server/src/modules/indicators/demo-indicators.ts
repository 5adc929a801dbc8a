import { indicatorItemSchema, type IndicatorItem, type ScoringParty } from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { indicatorTemplates, indicatorVersions } from './indicators.table';

type Leaf = {
  name: string;
  points: number;
  by?: ScoringParty;
  criteria?: string;
  evidence: string;
} & ({ parts: [string, number][] } | { graded: true });

type Branch = { name: string; items: Leaf[] };
type Dimension = { name: string; points: number; items: Branch[] };

const grades = (descriptions: [string, string, string, string]) =>
  (
    [
      ['优', 100],
      ['良', 80],
      ['中', 60],
      ['差', 20],
    ] as const
  ).map(([label, sharePercent], i) => ({ label, sharePercent, description: descriptions[i]! }));

const graded = grades([
  '完全达到要求，有充分材料佐证',
  '基本达到要求，材料较完整',
  '部分达到要求，材料不够完整',
  '未达到要求或无材料',
]);

/** Builds the flat list (keys 1, 1.1, 1.1.1…) from a nested outline. */
function outline(dimensions: Dimension[]): IndicatorItem[] {
  const items: IndicatorItem[] = [];
  dimensions.forEach((dimension, i) => {
    const k1 = `${i + 1}`;
    items.push(
      indicatorItemSchema.parse({
        key: k1,
        level: 1,
        name: dimension.name,
        points: dimension.points,
      }),
    );
    dimension.items.forEach((branch, j) => {
      const k2 = `${k1}.${j + 1}`;
      items.push(
        indicatorItemSchema.parse({ key: k2, parentKey: k1, level: 2, name: branch.name }),
      );
      branch.items.forEach((leaf, k) => {
        items.push(
          indicatorItemSchema.parse({
            key: `${k2}.${k + 1}`,
            parentKey: k2,
            level: 3,
            name: leaf.name,
            points: leaf.points,
            scoringParty: leaf.by ?? 'third_party',
            criteria: leaf.criteria ?? '',
            evidence: leaf.evidence,
            ...('parts' in leaf
              ? {
                  scoringType: 'combined',
                  parts: leaf.parts.map(([text, points]) => ({ text, points })),
                }
              : { scoringType: 'graded', levels: graded }),
          }),
        );
      });
    });
  });
  return items;
}

/** 贵州省社会工作服务项目评估指标（通用）: five dimensions, 100 points. */
export const generalIndicators = outline([
  {
    name: '项目管理',
    points: 15,
    items: [
      {
        name: '组织架构与人员',
        items: [
          {
            name: '项目团队配置',
            points: 4,
            evidence: '项目人员名单、劳动合同、社会工作者职业资格证书',
            parts: [
              ['按合同配备专职社工', 2],
              ['持证社工占比达到合同约定', 1],
              ['配备督导或有外部督导安排', 1],
            ],
          },
          {
            name: '人员稳定性',
            points: 3,
            evidence: '人员变动记录、交接记录',
            graded: true,
            criteria: '项目周期内核心人员流失率低于 30%，变动有交接',
          },
        ],
      },
      {
        name: '制度与档案',
        items: [
          {
            name: '项目管理制度',
            points: 4,
            evidence: '项目管理制度、工作计划、例会记录',
            parts: [
              ['有年度与季度工作计划', 2],
              ['有定期例会与记录', 2],
            ],
          },
          {
            name: '服务档案规范',
            points: 4,
            evidence: '个案、小组、社区活动档案',
            graded: true,
            criteria: '档案齐全、填写规范、及时归档',
          },
        ],
      },
    ],
  },
  {
    name: '专业服务',
    points: 35,
    items: [
      {
        name: '需求评估',
        items: [
          {
            name: '需求调研与分析',
            points: 6,
            evidence: '需求调研报告、问卷与访谈记录',
            graded: true,
            criteria: '调研覆盖服务对象，分析结论支撑服务设计',
          },
        ],
      },
      {
        name: '服务开展',
        items: [
          {
            name: '个案服务',
            points: 10,
            evidence: '个案工作记录（接案、预估、计划、介入、评估、结案）',
            graded: true,
            criteria: '按 MZ/T 094 完整开展，记录规范，目标达成',
          },
          {
            name: '小组工作',
            points: 8,
            evidence: '小组计划书、每节记录、签到表、总结',
            graded: true,
          },
          {
            name: '社区活动',
            points: 6,
            evidence: '活动方案、签到表、照片、新闻报道',
            parts: [
              ['完成合同约定的活动场次', 4],
              ['每次活动有方案与总结', 2],
            ],
          },
        ],
      },
      {
        name: '专业督导',
        items: [
          {
            name: '督导开展情况',
            points: 5,
            evidence: '督导记录、督导计划',
            parts: [
              ['每月至少一次督导', 3],
              ['督导意见有跟进', 2],
            ],
          },
        ],
      },
    ],
  },
  {
    name: '服务成效',
    points: 30,
    items: [
      {
        name: '产出完成',
        items: [
          {
            name: '合同约定指标完成率',
            points: 12,
            evidence: '服务数据统计（个案数、小组节数、活动场次、服务人次）',
            parts: [['完成率 ≥ 100%', 12]],
            criteria: '按完成率比例计分，未达 60% 不得分',
          },
        ],
      },
      {
        name: '服务效果',
        items: [
          {
            name: '服务对象满意度',
            points: 10,
            by: 'community',
            evidence: '满意度调查问卷、回访记录',
            graded: true,
            criteria: '满意度 ≥ 90% 为优，80% 为良，70% 为中',
          },
          {
            name: '购买方评价',
            points: 8,
            by: 'purchaser',
            evidence: '购买方书面评价',
            graded: true,
          },
        ],
      },
    ],
  },
  {
    name: '财务管理',
    points: 15,
    items: [
      {
        name: '资金使用',
        items: [
          {
            name: '专款专用',
            points: 6,
            evidence: '项目专账、银行流水、记账凭证',
            parts: [
              ['设立项目专账', 3],
              ['无挤占挪用', 3],
            ],
          },
          {
            name: '预算执行',
            points: 5,
            evidence: '预算执行表、调整审批记录',
            graded: true,
            criteria: '执行率与进度相符，调整经购买方同意',
          },
          {
            name: '票据合规',
            points: 4,
            by: 'supervising_office',
            evidence: '发票、报销单据',
            graded: true,
          },
        ],
      },
    ],
  },
  {
    name: '创新特色',
    points: 5,
    items: [
      {
        name: '创新与推广',
        items: [
          {
            name: '服务模式创新',
            points: 3,
            evidence: '案例集、创新做法总结',
            graded: true,
          },
          {
            name: '宣传与影响',
            points: 2,
            evidence: '媒体报道、经验交流材料',
            parts: [['市级及以上媒体报道或经验推广', 2]],
          },
        ],
      },
    ],
  },
]);

/** 贵州省乡镇（街道）社工站运营评估指标: station operation in four dimensions. */
export const stationIndicators = outline([
  {
    name: '阵地建设',
    points: 20,
    items: [
      {
        name: '场地与标识',
        items: [
          {
            name: '场地面积与功能分区',
            points: 8,
            evidence: '场地照片、平面图',
            parts: [
              ['有独立办公与服务场地', 4],
              ['设个案室、活动室等功能分区', 4],
            ],
          },
          {
            name: '统一标识与公示',
            points: 4,
            evidence: '标识照片、公示栏照片',
            parts: [
              ['悬挂统一标识', 2],
              ['公示服务内容与人员', 2],
            ],
          },
        ],
      },
      {
        name: '人员驻站',
        items: [
          {
            name: '驻站社工配备',
            points: 8,
            by: 'supervising_office',
            evidence: '驻站人员名单、考勤记录',
            graded: true,
            criteria: '每站至少 2 名专职社工，按时驻站',
          },
        ],
      },
    ],
  },
  {
    name: '服务开展',
    points: 40,
    items: [
      {
        name: '重点人群服务',
        items: [
          {
            name: '困难群众与特殊群体走访',
            points: 15,
            evidence: '走访台账、需求评估表',
            graded: true,
          },
          {
            name: '个案与小组服务',
            points: 15,
            evidence: '个案与小组记录',
            graded: true,
          },
        ],
      },
      {
        name: '资源链接',
        items: [
          {
            name: '链接社会资源与志愿服务',
            points: 10,
            evidence: '资源链接台账、志愿服务记录',
            parts: [
              ['建立资源链接台账', 5],
              ['组织志愿服务', 5],
            ],
          },
        ],
      },
    ],
  },
  {
    name: '运营管理',
    points: 25,
    items: [
      {
        name: '制度与台账',
        items: [
          {
            name: '运营制度与台账',
            points: 15,
            evidence: '制度文本、工作台账',
            graded: true,
          },
          {
            name: '资金使用规范',
            points: 10,
            evidence: '专账、凭证',
            parts: [
              ['专款专用', 6],
              ['支出票据合规', 4],
            ],
          },
        ],
      },
    ],
  },
  {
    name: '群众评价',
    points: 15,
    items: [
      {
        name: '满意度',
        items: [
          {
            name: '服务对象与村（社区）满意度',
            points: 15,
            by: 'community',
            evidence: '满意度调查',
            graded: true,
          },
        ],
      },
    ],
  },
]);

/** The demo province's two published templates, as the province office would have built them. */
export async function seedDemoIndicators(
  tx: Transaction,
  province: string,
  by: { id: string; name: string },
  now: Date,
): Promise<void> {
  const templates = [
    { name: '贵州省社会工作服务项目评估指标（通用）', projectType: '', items: generalIndicators },
    {
      name: '贵州省乡镇（街道）社工站运营评估指标',
      projectType: 'station_operation',
      items: stationIndicators,
    },
  ];
  for (const template of templates) {
    const id = newId();
    await tx.insert(indicatorTemplates).values({
      id,
      regionCode: province,
      projectType: template.projectType,
      name: template.name,
      createdBy: by.id,
      createdByName: by.name,
      createdAt: now,
    });
    await tx.insert(indicatorVersions).values({
      id: newId(),
      templateId: id,
      regionCode: province,
      number: 1,
      state: 'published',
      items: template.items,
      note: '演示数据',
      createdBy: by.id,
      createdByName: by.name,
      createdAt: now,
      publishedAt: now,
      publishedBy: by.id,
      publishedByName: by.name,
    });
  }
}
