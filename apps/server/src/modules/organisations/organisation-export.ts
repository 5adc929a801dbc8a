import {
  labelOf,
  organisationBackgrounds,
  organisationTypes,
  serviceFields,
  type Language,
  type Organisation,
} from '@shegong/domain';
import type { XlsxColumn } from '../../platform/export/xlsx-stream';

/** The columns of the organisation export, which the import template also reads back. */
export function organisationExportColumns(language: Language): XlsxColumn<Organisation>[] {
  const zh = language === 'zh-CN';
  return [
    { header: zh ? '统一社会信用代码' : 'Credit code', width: 22, value: (o) => o.creditCode },
    { header: zh ? '名称' : 'Name', width: 36, value: (o) => o.name },
    { header: zh ? '类型' : 'Type', value: (o) => labelOf(organisationTypes, o.type, language) },
    {
      header: zh ? '背景' : 'Background',
      value: (o) => labelOf(organisationBackgrounds, o.background, language),
    },
    { header: zh ? '登记日期' : 'Registered on', value: (o) => o.registeredOn },
    { header: zh ? '法定代表人' : 'Legal representative', value: (o) => o.legalRepresentative },
    { header: zh ? '联系人' : 'Contact', value: (o) => o.contactPerson },
    { header: zh ? '联系电话' : 'Phone', value: (o) => o.contactPhone },
    { header: zh ? '地址' : 'Address', width: 36, value: (o) => o.address },
    { header: zh ? '区划代码' : 'Region code', width: 14, value: (o) => o.regionCode },
    { header: zh ? '所属区划' : 'Region', width: 30, value: (o) => o.regionName },
    {
      header: zh ? '服务领域' : 'Service fields',
      width: 30,
      value: (o) => o.serviceFields.map((f) => labelOf(serviceFields, f, language)).join('、'),
    },
    { header: zh ? '评估等级' : 'Rating', value: (o) => o.currentRating?.grade ?? '' },
    {
      header: zh ? '等级有效期至' : 'Rating valid until',
      value: (o) => o.currentRating?.validUntil ?? '',
    },
    {
      header: zh ? '状态' : 'Status',
      value: (o) =>
        o.status === 'active' ? (zh ? '正常' : 'Active') : zh ? '已注销' : 'Deactivated',
    },
  ];
}
