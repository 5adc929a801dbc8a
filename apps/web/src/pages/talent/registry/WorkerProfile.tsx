import { educationLevels, expertTags, labelOf, type WorkerDetail } from '@shegong/domain';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../format/date-time';
import { useReveal } from '../../../hooks/useReveal';
import { useLanguage } from '../../../i18n/useLanguage';
import { EmployedBadge, formatYears } from './TalentTags';
import { revealWorker } from './workers-api';

/**
 * The profile of a worker. ID and phone numbers are masked; 显示完整信息 (with the permission)
 * shows them whole after a confirmation that says the look is recorded — until the page is left.
 */
export function WorkerProfile({ worker }: { worker: WorkerDetail }) {
  const { language, t } = useLanguage();
  const { revealed, button: revealButton } = useReveal({
    allowed: worker.can.reveal,
    fetch: () => revealWorker(worker.id),
    title: 'workers.reveal.title',
    confirm: 'workers.reveal.confirm',
  });
  const orDash = (text: string | null) => text ?? '—';

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, lg: 2, xxl: 3 }}
      items={[
        {
          key: 'idNumber',
          label: t('workers.idNumber'),
          children: (
            <Space wrap>
              <Typography.Text
                code
                copyable={revealed ? { text: revealed.idNumber } : false}
                aria-label={t('workers.idNumber')}
              >
                {revealed?.idNumber ?? worker.idNumber}
              </Typography.Text>
              {revealButton}
            </Space>
          ),
        },
        { key: 'sex', label: t('workers.sex'), children: t(`workers.sex.${worker.sex}`) },
        { key: 'age', label: t('workers.age'), children: worker.age },
        {
          key: 'phone',
          label: t('workers.phone'),
          children: orDash(revealed ? revealed.phone : worker.phone),
        },
        {
          key: 'education',
          label: t('workers.educationLevel'),
          children: labelOf(educationLevels, worker.educationLevel, language),
        },
        { key: 'major', label: t('workers.major'), children: orDash(worker.major) },
        {
          key: 'socialWorkMajor',
          label: t('workers.socialWorkMajor'),
          children: worker.socialWorkMajor
            ? t('workers.socialWorkMajor.yes')
            : t('workers.socialWorkMajor.no'),
        },
        { key: 'region', label: t('workers.region'), children: worker.regionName },
        {
          key: 'expertTags',
          label: t('workers.expertTags'),
          children:
            worker.expertTags.length === 0
              ? '—'
              : worker.expertTags.map((tag) => (
                  <Tag key={tag}>{labelOf(expertTags, tag, language)}</Tag>
                )),
        },
        {
          key: 'employer',
          label: t('workers.currentEmployer'),
          children: (
            <Space>
              <EmployedBadge employed={worker.employed} />
              {worker.currentEmployer}
            </Space>
          ),
        },
        {
          key: 'years',
          label: t('workers.yearsInService'),
          children: formatYears(worker.yearsInService, t),
        },
        {
          key: 'updatedAt',
          label: t('workers.updatedAt'),
          children: formatDateTime(worker.updatedAt),
        },
      ]}
    />
  );
}
