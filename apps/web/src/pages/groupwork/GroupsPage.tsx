import { PlusOutlined } from '@ant-design/icons';
import { groupWorkStages, type Group, type GroupWorkStage } from '@shegong/domain';
import { Button } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { groupworkKeys, listGroups } from './groupwork-api';
import { GroupDrawer } from './GroupDrawer';
import { ServedTags, StageTag } from './RecordLabels';
import { RecordList } from './RecordList';

/** 小组工作: the groups of the organisation (officers: of the region), newest first. */
export function GroupsPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const creating = useDialog();
  const stages = useEnumOptions(groupWorkStages);
  return (
    <Page
      title={t('groupwork.groups.title')}
      extra={
        can('groupwork:work') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
            {t('groupwork.group.create')}
          </Button>
        )
      }
    >
      <RecordList<Group, GroupWorkStage>
        queryKey={(q) => groupworkKeys.groups(q)}
        fetch={({ kind, ...q }, signal) => listGroups({ ...q, stage: kind }, signal)}
        kinds={stages}
        kindPlaceholder={t('groupwork.filter.stage')}
        searchPlaceholder={t('groupwork.filter.groupName')}
        empty={t('groupwork.groups.empty')}
        columns={[
          {
            key: 'name',
            title: t('groupwork.group.name'),
            render: (_, g) => <Link to={`/groups/${g.id}`}>{g.name}</Link>,
          },
          { key: 'station', title: t('groupwork.station'), dataIndex: 'stationName' },
          {
            key: 'organisation',
            title: t('groupwork.organisation'),
            dataIndex: 'organisationName',
          },
          {
            key: 'stage',
            title: t('groupwork.stage'),
            render: (_, g) => <StageTag stage={g.stage} />,
          },
          {
            key: 'served',
            title: t('groupwork.populationGroups'),
            render: (_, g) => <ServedTags groups={g.populationGroups} field={g.serviceField} />,
          },
          {
            key: 'progress',
            title: t('groupwork.group.progress'),
            render: (_, g) =>
              t('groupwork.group.progress.value', {
                held: g.sessionsHeld,
                planned: g.plannedSessions,
              }),
          },
          { key: 'members', title: t('groupwork.members'), dataIndex: 'members' },
          { key: 'personTimes', title: t('groupwork.personTimes'), dataIndex: 'personTimes' },
        ]}
      />
      {creating.payload && (
        <GroupDrawer {...creating.props} onSaved={(id) => void navigate(`/groups/${id}`)} />
      )}
    </Page>
  );
}
