import { personName, type Random } from '../../apps/server/src/demo/random';
import { weighted } from './weighted';

export { personName };

const mobilePrefixes = [
  '133',
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '158',
  '180',
  '187',
  '189',
];

/** A mobile number: 11 digits starting with 1. */
export function mobile(random: Random): string {
  return random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

/** A Guizhou landline (区号 0851 for Guiyang and the old Zunyi/Anshun numbers; varied elsewhere). */
export function landline(random: Random, regionCode: string): string {
  const areaCodes: Record<string, string> = {
    '5201': '0851',
    '5202': '0858',
    '5203': '0851',
    '5204': '0851',
    '5205': '0857',
    '5206': '0856',
    '5223': '0859',
    '5226': '0855',
    '5227': '0854',
  };
  const area = areaCodes[regionCode.slice(0, 4)] ?? `0${random.int(10, 99)}${random.int(1, 9)}`;
  return `${area}-${random.int(2, 8)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
}

const roads = [
  '人民路',
  '中山路',
  '解放路',
  '新华路',
  '建设路',
  '文化路',
  '民主路',
  '北京路',
  '延安路',
  '花果园大道',
];

export function streetAddress(random: Random, placeName: string): string {
  return `${placeName}${random.pick(roads)}${random.int(1, 399)}号`;
}

/** Surnames by their share of the population (census figures, top 50 and a few of Guizhou's). */
const surnameWeights: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 67],
  ['刘', 54],
  ['陈', 45],
  ['杨', 31],
  ['黄', 22],
  ['赵', 20],
  ['吴', 18],
  ['周', 17],
  ['徐', 13],
  ['孙', 12],
  ['马', 12],
  ['朱', 11],
  ['胡', 10],
  ['郭', 10],
  ['何', 9],
  ['林', 9],
  ['罗', 8],
  ['高', 8],
  ['郑', 7],
  ['梁', 7],
  ['谢', 6],
  ['宋', 6],
  ['唐', 6],
  ['许', 5],
  ['韩', 5],
  ['冯', 5],
  ['邓', 5],
  ['曹', 5],
  ['彭', 5],
  ['曾', 4],
  ['肖', 4],
  ['田', 4],
  ['董', 4],
  ['袁', 4],
  ['潘', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['余', 4],
  ['杜', 3],
  ['叶', 3],
  ['程', 3],
  ['魏', 3],
  ['龙', 3],
  ['石', 3],
  ['韦', 2],
  ['欧阳', 1],
];

const givenCharacters = {
  female: [...'芳娜敏静丽艳娟霞燕玲婷雪慧琳颖倩欣怡佳悦晓梦雨思萱涵琪璐瑶丹洁蕾月春兰红梅秀英萍'],
  male: [...'伟强磊军洋勇杰涛明超斌波辉刚鹏飞浩宇俊帅龙林峰鑫凯健文博志建华国平东阳海昊天然晨'],
};

/** A name for the talent registry: surnames by frequency, one- or two-character given names. */
export function fullName(random: Random, sex: 'male' | 'female'): string {
  const surname = weighted(random, surnameWeights);
  const pool = givenCharacters[sex];
  const given = random.chance(0.7) ? random.pick(pool) + random.pick(pool) : random.pick(pool);
  return surname + given;
}
