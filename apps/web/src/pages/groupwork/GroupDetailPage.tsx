import { chinaToday, type GroupMember } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Form, Space, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { EndDateModal } from '../../components/EndDateModal';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { addMember, endMembership, getGroup, groupworkKeys } from './groupwork-api';
import { GroupDrawer } from './GroupDrawer';
import { ClientSelect } from './GroupworkSelects';
import { ServedTags, StageTag } from './RecordLabels';
import { RecordCard, SessionsCard } from './SessionsCard';
import { StageTimeline } from './StageTimeline';
import { useGroupworkMutation } from './useGroupworkMutation';

/**
 * A group's page: its stages as a timeline, its members with their dates, its sessions with the
 * way to each attendance sheet. Officers see the counts; no member is named to them.
 */
export function GroupDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const detail = useQuery({
    queryKey: groupworkKeys.group(id),
    queryFn: ({ signal }) => getGroup(id, signal),
  });
  const editing = useDialog();
  const joining = useDialog();
  const leaving = useDialog<GroupMember>();
  const [joinForm] = Form.useForm<{ clientId: string; joinedOn: string }>();
  const join = useGroupworkMutation(
    (values: { clientId: string; joinedOn: string }) => addMember(id, values),
    {
      form: joinForm,
      success: () => t('groupwork.member.joined'),
      onDone: () => joining.props.onClose(),
    },
  );
  const leave = useGroupworkMutation(
    ({ member, date, note }: { member: GroupMember; date: string; note?: string }) =>
      endMembership(id, member.id, { leftOn: date, reason: note ?? null }),
    { success: () => t('groupwork.member.left'), onDone: () => leaving.props.onClose() },
  );
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const group = detail.data;
  const owner = { kind: 'group' as const, id: group.id, participation: 'group' as const };

  return (
    <Page
      title={
        <Space>
          {group.name}
          <StageTag stage={group.stage} />
        </Space>
      }
      extra={
        group.can.edit && <Button onClick={() => editing.show(true)}>{t('common.edit')}</Button>
      }
    >
      <Flex vertical gap="middle">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('groupwork.station')}>
            {group.stationName}（{group.regionName.split(' / ').at(-1)}）
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.organisation')}>
            {group.organisationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.leaders')}>
            {group.leaders.map((l) => l.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.group.goal')} span={3}>
            {group.goal}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.served')} span={2}>
            <ServedTags groups={group.populationGroups} field={group.serviceField} />
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.group.progress')}>
            {t('groupwork.group.progress.value', {
              held: group.sessionsHeld,
              planned: group.plannedSessions,
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.members')}>{group.members}</Descriptions.Item>
          <Descriptions.Item label={t('groupwork.personTimes')}>
            <strong>{group.personTimes}</strong>
          </Descriptions.Item>
        </Descriptions>
        <Card size="small" title={t('groupwork.stage.title')}>
          <StageTimeline group={group} />
          {group.summary && (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              title={t('groupwork.stage.summary')}
              description={group.summary}
            />
          )}
        </Card>
        {!group.identified && <Alert type="info" showIcon title={t('groupwork.deidentified')} />}
        {group.identified && (
          <RecordCard
            title={t('groupwork.member.title', { count: group.members })}
            addLabel={t('groupwork.member.add')}
            onAdd={group.can.edit ? () => joining.show(true) : undefined}
          >
            <Table<GroupMember>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={group.memberList}
              locale={{ emptyText: t('groupwork.member.empty') }}
              columns={[
                { key: 'name', title: t('groupwork.member.name'), dataIndex: 'name' },
                { key: 'joinedOn', title: t('groupwork.member.joinedOn'), dataIndex: 'joinedOn' },
                {
                  key: 'leftOn',
                  title: t('groupwork.member.leftOn'),
                  render: (_, m) =>
                    m.leftOn ? (
                      <Space size={4}>
                        {m.leftOn}
                        {m.leftReason && <Tag>{m.leftReason}</Tag>}
                      </Space>
                    ) : (
                      '—'
                    ),
                },
                { key: 'attended', title: t('groupwork.member.attended'), dataIndex: 'attended' },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_, m) =>
                    group.can.edit && !m.leftOn ? (
                      <Button type="link" size="small" onClick={() => leaving.show(m)}>
                        {t('groupwork.member.leave')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </RecordCard>
        )}
        <SessionsCard
          title={t('groupwork.session.title', { count: group.sessionsTotal })}
          owner={owner}
          sessions={group.sessions}
          editable={group.can.edit}
        />
      </Flex>
      {editing.payload && <GroupDrawer {...editing.props} group={group} />}
      {joining.payload && (
        <FormModal<{ clientId: string; joinedOn: string }>
          {...joining.props}
          title={t('groupwork.member.add')}
          form={joinForm}
          initialValues={{ joinedOn: chinaToday() }}
          saving={join.isPending}
          onFinish={(values) => join.mutate(values)}
        >
          <Form.Item
            name="clientId"
            label={t('groupwork.member.client')}
            rules={[{ required: true }]}
          >
            <ClientSelect />
          </Form.Item>
          <Form.Item
            name="joinedOn"
            label={t('groupwork.member.joinedOn')}
            rules={[{ required: true }]}
          >
            <CalendarDatePicker />
          </Form.Item>
        </FormModal>
      )}
      {leaving.payload && (
        <EndDateModal
          {...leaving.props}
          title={`${t('groupwork.member.leave')} · ${leaving.payload.name}`}
          dateLabel={t('groupwork.member.leftOn')}
          notBefore={leaving.payload.joinedOn}
          withNote
          noteLabel={t('groupwork.member.leftReason')}
          saving={leave.isPending}
          onSubmit={({ date, note }) => leave.mutate({ member: leaving.payload!, date, note })}
        />
      )}
    </Page>
  );
}
