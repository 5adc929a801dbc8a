import { describe, it, expect } from 'vitest';
import { caseWorkStages, caseWorkStageSchema } from './case-work-stages';
import { certificateLevels, certificateLevelSchema } from './certificate-levels';
import type { EnumEntry } from './enum-entry';
import { groupWorkStages } from './group-work-stages';
import { labelOf } from './label';
import { organisationTypes } from './organisation-types';
import { populationGroups, populationGroupSchema } from './population-groups';
import { ratingGrades } from './rating-grades';
import { serviceFields, serviceFieldSchema } from './service-fields';
import { stationTiers } from './station-tiers';
import { urbanRuralClasses, urbanRuralClassSchema } from './urban-rural-classes';
import { creditCodeCategories } from '../identifiers/credit-code';
import { regionLevels } from '../regions/region-code';

const enumerations: Record<string, readonly EnumEntry[]> = {
  certificateLevels,
  populationGroups,
  serviceFields,
  ratingGrades,
  organisationTypes,
  stationTiers,
  urbanRuralClasses,
  caseWorkStages,
  groupWorkStages,
};

describe.each(Object.entries(enumerations))('%s', (_name, list) => {
  it('has unique codes and unique labels in each language', () => {
    for (const key of ['code', 'zh-CN', 'en-US'] as const) {
      const values = list.map((entry) => entry[key]);
      expect(new Set(values).size).toBe(values.length);
      expect(values.every((v) => v.trim() !== '')).toBe(true);
    }
  });
});

describe('the Chongqing classifications', () => {
  it('have 8 population groups and 18 service fields', () => {
    expect(populationGroups).toHaveLength(8);
    expect(serviceFields).toHaveLength(18);
  });

  it('keep the order of the source', () => {
    expect(populationGroups.map((g) => g['zh-CN']).join(' ')).toBe(
      '城市流动人口 农村留守人员 儿童青少年 老年人 残疾人 社区矫正人员 优抚对象 城乡困难家庭',
    );
    expect(serviceFields[0]?.['zh-CN']).toBe('社会福利');
    expect(serviceFields[17]?.['zh-CN']).toBe('灾害救援');
  });
});

describe('ranked enumerations', () => {
  it('rank certificate levels 0–3 from 社会工作员 to 高级社会工作师', () => {
    expect(certificateLevels.map((l) => [l.code, l.rank])).toEqual([
      ['social_work_assistant_local', 0],
      ['assistant_social_worker', 1],
      ['social_worker', 2],
      ['senior_social_worker', 3],
    ]);
    expect(certificateLevels.filter((l) => !l.national).map((l) => l['zh-CN'])).toEqual([
      '社会工作员',
    ]);
  });

  it('rank rating grades 1A–5A as 1–5', () => {
    expect(ratingGrades.map((g) => `${g.code}:${g.rank}:${g['zh-CN']}`)).toEqual([
      '1A:1:1A级',
      '2A:2:2A级',
      '3A:3:3A级',
      '4A:4:4A级',
      '5A:5:5A级',
    ]);
  });
});

describe('enumerations tied to other rules', () => {
  it('bind every station tier to a region level', () => {
    expect(Object.fromEntries(stationTiers.map((t) => [t.code, t.regionLevel]))).toEqual({
      county_station: 'county',
      township_station: 'township',
      village_station: 'village',
      village_studio: 'village',
    });
    for (const tier of stationTiers) expect(regionLevels).toContain(tier.regionLevel);
  });

  it('give each organisation type its credit-code category', () => {
    for (const type of organisationTypes) {
      expect(Object.keys(creditCodeCategories)).toContain(type.creditCodeCategory);
    }
    expect(organisationTypes.map((t) => t.creditCodeCategory)).toEqual(['51', '52', '53']);
  });

  it('call urban-rural classes 1xx urban and 2xx rural', () => {
    expect(urbanRuralClasses.map((c) => c.code)).toEqual([
      '111',
      '112',
      '121',
      '122',
      '123',
      '210',
      '220',
    ]);
    for (const c of urbanRuralClasses) expect(c.urban).toBe(c.code.startsWith('1'));
  });

  it('list the stages of case and group work in order', () => {
    expect(caseWorkStages.map((s) => s['zh-CN']).join('→')).toBe('接案→预估→计划→介入→评估→结案');
    expect(groupWorkStages.map((s) => s['zh-CN']).join('→')).toBe(
      '筹备期→形成期→转折期→成熟期→结束期',
    );
  });
});

describe('enum schemas', () => {
  it('accept exactly the codes', () => {
    expect(populationGroupSchema.parse('elderly')).toBe('elderly');
    expect(populationGroupSchema.safeParse('老年人').success).toBe(false);
    expect(serviceFieldSchema.options).toHaveLength(18);
    expect(certificateLevelSchema.safeParse('social_worker').success).toBe(true);
    expect(urbanRuralClassSchema.safeParse('220').success).toBe(true);
    expect(urbanRuralClassSchema.safeParse('230').success).toBe(false);
    expect(caseWorkStageSchema.options).toEqual(caseWorkStages.map((s) => s.code));
  });
});

describe('labelOf', () => {
  it('gives the label in the asked language', () => {
    expect(labelOf(serviceFields, 'mental_health', 'zh-CN')).toBe('精神卫生');
    expect(labelOf(serviceFields, 'mental_health', 'en-US')).toBe('Mental health');
    expect(labelOf(stationTiers, 'village_studio', 'zh-CN')).toBe('村(社区)社会工作室');
  });

  it('shows an unknown code as itself', () => {
    const stored = 'retired_field' as (typeof serviceFields)[number]['code'];
    expect(labelOf(serviceFields, stored, 'zh-CN')).toBe('retired_field');
  });
});
