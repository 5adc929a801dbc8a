import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** The eight population groups social work serves (Chongqing classification). */
export const populationGroups = [
  { code: 'urban_migrants', 'zh-CN': '城市流动人口', 'en-US': 'Urban migrants' },
  { code: 'rural_left_behind', 'zh-CN': '农村留守人员', 'en-US': 'Rural left-behind people' },
  { code: 'children_youth', 'zh-CN': '儿童青少年', 'en-US': 'Children and youth' },
  { code: 'elderly', 'zh-CN': '老年人', 'en-US': 'Older people' },
  { code: 'disabled', 'zh-CN': '残疾人', 'en-US': 'People with disabilities' },
  {
    code: 'community_corrections',
    'zh-CN': '社区矫正人员',
    'en-US': 'People under community corrections',
  },
  // 优抚对象: veterans, martyrs' families and others entitled to state preferential care.
  {
    code: 'entitled_groups',
    'zh-CN': '优抚对象',
    'en-US': 'Entitled groups (veterans and families)',
  },
  { code: 'families_in_difficulty', 'zh-CN': '城乡困难家庭', 'en-US': 'Families in difficulty' },
] as const satisfies readonly EnumEntry[];

export type PopulationGroup = (typeof populationGroups)[number]['code'];

export const populationGroupSchema = z.enum(codesOf(populationGroups));
