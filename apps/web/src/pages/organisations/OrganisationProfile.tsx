import {
  labelOf,
  organisationBackgrounds,
  organisationTypes,
  type OrganisationDetail,
} from '@shegong/domain';
import { Descriptions, Space, Typography } from 'antd';
import { ServiceFieldTags } from '../../components/ServiceFieldTags';
import { formatDateTime } from '../../format/date-time';
import { useReveal } from '../../hooks/useReveal';
import { useLanguage } from '../../i18n/useLanguage';
import { revealOrganisation } from './organisations-api';
import { HeadcountLink } from './HeadcountLink';
import { OrganisationStatus } from './OrganisationStatus';

const orDash = (text: string | null) => text ?? '—';

/**
 * The registry fields of an organisation. The representative, the contact person and the phone
 * are masked; those who may edit the record show them whole (audited) with 显示完整信息.
 */
export function OrganisationProfile({ organisation: o }: { organisation: OrganisationDetail }) {
  const { language, t } = useLanguage();
  const { revealed, button: revealButton } = useReveal({
    allowed: o.can.edit,
    fetch: () => revealOrganisation(o.id),
    title: 'organisations.reveal.title',
    confirm: 'organisations.reveal.confirm',
  });
  const people = revealed ?? o;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'creditCode',
          label: t('organisations.creditCode'),
          children: <Typography.Text copyable>{o.creditCode}</Typography.Text>,
        },
        {
          key: 'type',
          label: t('organisations.type'),
          children: labelOf(organisationTypes, o.type, language),
        },
        {
          key: 'background',
          label: t('organisations.background'),
          children: labelOf(organisationBackgrounds, o.background, language),
        },
        { key: 'registeredOn', label: t('organisations.registeredOn'), children: o.registeredOn },
        {
          key: 'legalRepresentative',
          label: t('organisations.legalRepresentative'),
          children: (
            <Space wrap>
              {people.legalRepresentative}
              {revealButton}
            </Space>
          ),
        },
        {
          key: 'contactPerson',
          label: t('organisations.contactPerson'),
          children: orDash(people.contactPerson),
        },
        {
          key: 'contactPhone',
          label: t('organisations.contactPhone'),
          children: orDash(people.contactPhone),
        },
        { key: 'region', label: t('organisations.region'), children: o.regionName },
        { key: 'address', label: t('organisations.address'), children: orDash(o.address) },
        {
          key: 'status',
          label: t('organisations.status'),
          children: (
            <>
              <OrganisationStatus status={o.status} />
              {o.status === 'deactivated' && (
                <Typography.Text type="secondary">
                  {' '}
                  · {o.deactivatedOn} {o.deactivationReason}
                </Typography.Text>
              )}
            </>
          ),
        },
        ...(o.headcount === null
          ? []
          : [
              {
                key: 'headcount',
                label: t('organisations.headcount'),
                children: <HeadcountLink organisation={o} />,
              },
            ]),
        {
          key: 'serviceFields',
          label: t('organisations.serviceFields'),
          span: 'filled' as const,
          children: <ServiceFieldTags codes={o.serviceFields} />,
        },
        {
          key: 'updatedAt',
          label: t('organisations.updatedAt'),
          children: formatDateTime(o.updatedAt),
        },
      ]}
    />
  );
}
