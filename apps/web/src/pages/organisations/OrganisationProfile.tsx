import {
  labelOf,
  organisationBackgrounds,
  organisationTypes,
  type OrganisationDetail,
} from '@shegong/domain';
import { Descriptions, Typography } from 'antd';
import { ServiceFieldTags } from '../../components/ServiceFieldTags';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/useLanguage';
import { OrganisationStatus } from './OrganisationStatus';

const orDash = (text: string | null) => text ?? '—';

/** The registry fields of an organisation. */
export function OrganisationProfile({ organisation: o }: { organisation: OrganisationDetail }) {
  const { language, t } = useLanguage();
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
          children: o.legalRepresentative,
        },
        {
          key: 'contactPerson',
          label: t('organisations.contactPerson'),
          children: orDash(o.contactPerson),
        },
        {
          key: 'contactPhone',
          label: t('organisations.contactPhone'),
          children: orDash(o.contactPhone),
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
          : [{ key: 'headcount', label: t('organisations.headcount'), children: o.headcount }]),
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
