import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tabs } from 'antd';
import { useSession } from '../../../auth/useSession';
import { ImportButton } from '../../../components/import/ImportButton';
import { Page } from '../../../components/Page';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { oneOf, pageKeys } from '../../../hooks/url-filter-values';
import { useDialog } from '../../../hooks/useDialog';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useT } from '../../../i18n/useT';
import { talentKeys } from '../registry/useTalentMutation';
import { CourseModal } from './CourseModal';
import { CourseTable } from './CourseTable';
import { CreditRulePanel } from './CreditRulePanel';
import { ShortOfHoursTable } from './ShortOfHoursTable';

const addressKeys = ['tab', 'region', ...pageKeys] as const;
const tabs = ['courses', 'short', 'rule'] as const;

/**
 * 继续教育: the courses of the region with their enrolments and attendance, the workers whose
 * registration runs out soon without the hours, and the province's rule of what counts.
 */
export function EducationPage() {
  const t = useT();
  const { can, session } = useSession();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const tab = oneOf(tabs, address.tab) ?? 'courses';
  const creating = useDialog();
  const province = (session?.account.regionCode ?? '').slice(0, 2);

  return (
    <Page
      title={t('education.title')}
      extra={
        can('education:manage') && (
          <Space wrap>
            <ImportButton
              basePath="/continuing-education/credits"
              title={t('education.import.title')}
              invalidates={talentKeys}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
              {t('education.course.create')}
            </Button>
          </Space>
        )
      }
    >
      <Flex wrap gap="middle" align="center" justify="space-between">
        <Tabs
          activeKey={tab}
          onChange={(next) =>
            setAddress({ tab: next === 'courses' ? undefined : next, region: address.region })
          }
          items={tabs.map((key) => ({ key, label: t(`education.tab.${key}`) }))}
        />
        {tab !== 'rule' && (
          <RegionPicker
            value={address.region}
            onChange={(region) => setAddress({ tab: address.tab, region })}
            placeholder={t('workers.filter.region')}
            style={{ width: 260 }}
          />
        )}
      </Flex>
      {tab === 'courses' && (
        <CourseTable
          address={address}
          onPageChange={(page, pageSize) => setAddress({ ...address, page, pageSize })}
          onCreate={can('education:manage') ? () => creating.show(true) : undefined}
        />
      )}
      {tab === 'short' && <ShortOfHoursTable region={address.region} />}
      {tab === 'rule' && province.length === 2 && <CreditRulePanel province={province} />}
      {creating.payload && <CourseModal {...creating.props} />}
    </Page>
  );
}
