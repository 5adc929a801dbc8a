import { PlusOutlined } from '@ant-design/icons';
import {
  activityTypes,
  labelOf,
  participationModes,
  type Activity,
  type ActivityType,
} from '@shegong/domain';
import { Button, Space } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ImportButton } from '../../components/import/ImportButton';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useLanguage } from '../../i18n/useLanguage';
import { ActivityDrawer } from './ActivityDrawer';
import { groupworkKeys, listActivities } from './groupwork-api';
import { ServedTags } from './RecordLabels';
import { RecordList } from './RecordList';

/** 社区活动: the organisation's community activities, their sessions and person-times. */
export function ActivitiesPage() {
  const { language, t } = useLanguage();
  const { can } = useSession();
  const navigate = useNavigate();
  const creating = useDialog();
  const types = useEnumOptions(activityTypes);
  return (
    <Page
      title={t('groupwork.activities.title')}
      extra={
        can('groupwork:work') && (
          <Space wrap>
            <ImportButton
              basePath="/activity-person-times"
              title={t('groupwork.import.personTimes')}
              label={t('groupwork.import.personTimes.button')}
              invalidates={[groupworkKeys.all]}
            />
            <ImportButton
              basePath="/activity-attendance"
              title={t('groupwork.import.attendance')}
              label={t('groupwork.import.attendance.button')}
              invalidates={[groupworkKeys.all]}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
              {t('groupwork.activity.create')}
            </Button>
          </Space>
        )
      }
    >
      <RecordList<Activity, ActivityType>
        queryKey={(q) => groupworkKeys.activities(q)}
        fetch={({ kind, ...q }, signal) => listActivities({ ...q, activityType: kind }, signal)}
        kinds={types}
        kindPlaceholder={t('groupwork.filter.type')}
        searchPlaceholder={t('groupwork.filter.activityTitle')}
        empty={t('groupwork.activities.empty')}
        columns={[
          {
            key: 'title',
            title: t('groupwork.activity.title'),
            render: (_, a) => <Link to={`/activities/${a.id}`}>{a.title}</Link>,
          },
          {
            key: 'type',
            title: t('groupwork.activity.type'),
            render: (_, a) => labelOf(activityTypes, a.activityType, language),
          },
          { key: 'station', title: t('groupwork.station'), dataIndex: 'stationName' },
          {
            key: 'organisation',
            title: t('groupwork.organisation'),
            dataIndex: 'organisationName',
          },
          {
            key: 'served',
            title: t('groupwork.populationGroups'),
            render: (_, a) => <ServedTags groups={a.populationGroups} field={a.serviceField} />,
          },
          {
            key: 'participation',
            title: t('groupwork.activity.participation'),
            render: (_, a) => labelOf(participationModes, a.participation, language),
          },
          { key: 'sessions', title: t('groupwork.activity.sessions'), dataIndex: 'sessionsTotal' },
          { key: 'personTimes', title: t('groupwork.personTimes'), dataIndex: 'personTimes' },
        ]}
      />
      {creating.payload && (
        <ActivityDrawer {...creating.props} onSaved={(id) => void navigate(`/activities/${id}`)} />
      )}
    </Page>
  );
}
