import {
  certificateLevels,
  educationLevels,
  labelOf,
  type Language,
  type Worker,
} from '@shegong/domain';
import type { XlsxColumn } from '../../../platform/export/xlsx-stream';

/** Columns of the worker export; ID and phone numbers stay masked as in the list. */
export function workerExportColumns(language: Language): XlsxColumn<Worker>[] {
  const zh = language === 'zh-CN';
  const yes = zh ? '是' : 'Yes';
  const no = zh ? '否' : 'No';
  return [
    { header: zh ? '姓名' : 'Name', value: (w) => w.name },
    { header: zh ? '身份证号（打码）' : 'ID number (masked)', width: 22, value: (w) => w.idNumber },
    {
      header: zh ? '性别' : 'Sex',
      value: (w) => (w.sex === 'male' ? (zh ? '男' : 'Male') : zh ? '女' : 'Female'),
    },
    { header: zh ? '年龄' : 'Age', value: (w) => w.age },
    { header: zh ? '电话（打码）' : 'Phone (masked)', value: (w) => w.phone },
    {
      header: zh ? '学历' : 'Education',
      value: (w) => labelOf(educationLevels, w.educationLevel, language),
    },
    { header: zh ? '专业' : 'Major', value: (w) => w.major },
    {
      header: zh ? '社会工作专业' : 'Social work major',
      value: (w) => (w.socialWorkMajor ? yes : no),
    },
    { header: zh ? '所属区划' : 'Region', width: 30, value: (w) => w.regionName },
    {
      header: zh ? '最高证书' : 'Highest certificate',
      value: (w) => (w.highestLevel ? labelOf(certificateLevels, w.highestLevel, language) : ''),
    },
    { header: zh ? '在岗' : 'In post', value: (w) => (w.employed ? yes : no) },
    { header: zh ? '现工作单位' : 'Employer', width: 30, value: (w) => w.currentEmployer },
    { header: zh ? '从业年限' : 'Years in service', value: (w) => w.yearsInService },
    {
      header: zh ? '登记有效期至' : 'Registered until',
      value: (w) => w.registration?.validUntil ?? '',
    },
  ];
}
