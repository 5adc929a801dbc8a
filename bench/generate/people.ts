import { personName, type Random } from '../../apps/server/src/demo/random';

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
