import {
  activityTypes,
  labelOf,
  participationModes,
  type ActivityParticipant,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Form, Input, Table } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { ActivityDrawer } from './ActivityDrawer';
import { addParticipant, getActivity, groupworkKeys, removeParticipant } from './groupwork-api';
import { ClientSelect } from './GroupworkSelects';
import { ServedTags } from './RecordLabels';
import { RecordCard, SessionsCard } from './SessionsCard';
import { useGroupworkMutation } from './useGroupworkMutation';

/** A community activity: its sessions and, when named, its registered participants. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const { language, t } = useLanguage();
  const detail = useQuery({
    queryKey: groupworkKeys.activity(id),
    queryFn: ({ signal }) => getActivity(id, signal),
  });
  const editing = useDialog();
  const registering = useDialog();
  const removing = useDialog<ActivityParticipant>();
  const [registerForm] = Form.useForm<{ clientId: string }>();
  const [removeForm] = Form.useForm<{ reason: string }>();
  const register = useGroupworkMutation(
    ({ clientId }: { clientId: string }) => addParticipant(id, clientId),
    {
      form: registerForm,
      success: () => t('groupwork.participant.added'),
      onDone: () => registering.props.onClose(),
    },
  );
  const remove = useGroupworkMutation(
    ({ participant, reason }: { participant: ActivityParticipant; reason: string }) =>
      removeParticipant(id, participant.id, reason),
    {
      form: removeForm,
      success: () => t('groupwork.participant.removed'),
      onDone: () => removing.props.onClose(),
    },
  );
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const activity = detail.data;
  const owner = {
    kind: 'activity' as const,
    id: activity.id,
    participation: activity.participation,
  };
  const named = activity.participation === 'named';

  return (
    <Page
      title={activity.title}
      extra={
        activity.can.edit && <Button onClick={() => editing.show(true)}>{t('common.edit')}</Button>
      }
    >
      <Flex vertical gap="middle">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('groupwork.activity.type')}>
            {labelOf(activityTypes, activity.activityType, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.station')}>
            {activity.stationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.organisation')}>
            {activity.organisationName}
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.served')} span={2}>
            <ServedTags groups={activity.populationGroups} field={activity.serviceField} />
          </Descriptions.Item>
          <Descriptions.Item label={t('groupwork.activity.participation')}>
            {labelOf(participationModes, activity.participation, language)}
          </Descriptions.Item>
          {activity.description && (
            <Descriptions.Item label={t('groupwork.activity.description')} span={3}>
              {activity.description}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('groupwork.personTimes')}>
            <strong>{activity.personTimes}</strong>
          </Descriptions.Item>
        </Descriptions>
        {!activity.identified && <Alert type="info" showIcon title={t('groupwork.deidentified')} />}
        {named && activity.identified && (
          <RecordCard
            title={t('groupwork.participant.title', { count: activity.participants })}
            addLabel={t('groupwork.participant.add')}
            onAdd={activity.can.edit ? () => registering.show(true) : undefined}
          >
            <Table<ActivityParticipant>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={activity.participantList}
              locale={{ emptyText: t('groupwork.participant.empty') }}
              columns={[
                { key: 'name', title: t('groupwork.member.name'), dataIndex: 'name' },
                {
                  key: 'registeredOn',
                  title: t('groupwork.participant.registeredOn'),
                  dataIndex: 'registeredOn',
                },
                { key: 'attended', title: t('groupwork.member.attended'), dataIndex: 'attended' },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_, p) =>
                    activity.can.edit ? (
                      <Button type="link" size="small" onClick={() => removing.show(p)}>
                        {t('groupwork.participant.remove')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </RecordCard>
        )}
        <SessionsCard
          title={t('groupwork.activity.sessionsTitle', { count: activity.sessionsTotal })}
          owner={owner}
          sessions={activity.sessions}
          editable={activity.can.edit}
        />
      </Flex>
      {editing.payload && <ActivityDrawer {...editing.props} activity={activity} />}
      {registering.payload && (
        <FormModal<{ clientId: string }>
          {...registering.props}
          title={t('groupwork.participant.add')}
          form={registerForm}
          saving={register.isPending}
          onFinish={(values) => register.mutate(values)}
        >
          <Form.Item
            name="clientId"
            label={t('groupwork.member.client')}
            rules={[{ required: true }]}
          >
            <ClientSelect />
          </Form.Item>
        </FormModal>
      )}
      {removing.payload && (
        <FormModal<{ reason: string }>
          {...removing.props}
          title={`${t('groupwork.participant.remove')} · ${removing.payload.name}`}
          form={removeForm}
          saving={remove.isPending}
          danger
          okText={t('common.confirm')}
          onFinish={({ reason }) => remove.mutate({ participant: removing.payload!, reason })}
        >
          <Form.Item
            name="reason"
            label={t('groupwork.participant.reason')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </FormModal>
      )}
    </Page>
  );
}
