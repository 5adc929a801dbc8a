import { codesOf, referralStatuses } from '@shegong/domain';
import { Checkbox, Flex, Select, Tabs, Typography } from 'antd';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { Page } from '../../components/Page';
import { oneOf } from '../../hooks/url-filter-values';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { ReferralTable } from './ReferralTable';

const addressKeys = ['box', 'status', 'overdue'] as const;
const boxes = ['inbox', 'outbox'] as const;

/**
 * 转介: the referrals to the reader's organisation (inbox) and those it sent (outbox), with the
 * deadline running on each and the overdue ones marked; a referral's page answers it.
 */
export function ReferralsPage() {
  const t = useT();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const box = oneOf(boxes, address.box) ?? 'inbox';
  const status = oneOf(codesOf(referralStatuses), address.status);
  const overdue = address.overdue === 'true' ? ('true' as const) : undefined;
  const statusOptions = useEnumOptions(referralStatuses);

  return (
    <Page title={t('referrals.title')}>
      <Flex vertical gap="small">
        <Flex wrap gap="middle" align="center" justify="space-between">
          <Tabs
            activeKey={box}
            onChange={(next) => setAddress({ box: next })}
            items={boxes.map((key) => ({ key, label: t(`referrals.tab.${key}`) }))}
            style={{ marginBottom: 0 }}
          />
          <Flex gap="middle" align="center">
            <Checkbox
              checked={overdue === 'true'}
              onChange={(e) =>
                setAddress({ box, status, overdue: e.target.checked ? 'true' : undefined })
              }
            >
              {t('referrals.filter.overdue')}
            </Checkbox>
            <Select
              allowClear
              placeholder={t('referrals.filter.status')}
              aria-label={t('referrals.filter.status')}
              options={statusOptions}
              value={status}
              onChange={(next) => setAddress({ box, status: next, overdue })}
              style={{ width: 140 }}
            />
          </Flex>
        </Flex>
        <Typography.Text type="secondary">{t(`referrals.tab.${box}.hint`)}</Typography.Text>
        <ReferralTable
          query={{ box, status, overdue }}
          empty={
            <GuidingEmpty
              title={t(`referrals.empty.${box}`)}
              purpose={t('referrals.empty.purpose')}
            />
          }
        />
      </Flex>
    </Page>
  );
}
