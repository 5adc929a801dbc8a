import type { ParticipationMode, ServiceSession } from '@shegong/domain';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { SessionModal } from './SessionModal';

/** A card of a record's page: its title, an add button for those who may, then its content. */
export function RecordCard({
  title,
  addLabel,
  onAdd,
  primary = false,
  children,
}: {
  title: string;
  addLabel: string;
  /** None: the reader may not add. */
  onAdd?: () => void;
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={
        onAdd && (
          <Button size="small" type={primary ? 'primary' : 'default'} onClick={onAdd}>
            {addLabel}
          </Button>
        )
      }
    >
      {children}
    </Card>
  );
}

/**
 * The sessions of a group or an activity, with their person-times and the way to each sheet;
 * adding and correcting them for those who may.
 */
export function SessionsCard({
  title,
  owner,
  sessions,
  editable,
}: {
  title: string;
  owner: { kind: 'group' | 'activity'; id: string; participation: ParticipationMode | 'group' };
  sessions: ServiceSession[];
  editable: boolean;
}) {
  const t = useT();
  const editing = useDialog<ServiceSession>();
  const adding = useDialog();
  const named = owner.participation !== 'counted';
  return (
    <RecordCard
      title={title}
      addLabel={t('groupwork.session.add')}
      onAdd={editable ? () => adding.show(true) : undefined}
      primary
    >
      <Table<ServiceSession>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sessions}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('groupwork.session.empty') }}
        columns={[
          { key: 'number', title: t('groupwork.session.number'), dataIndex: 'number', width: 60 },
          {
            key: 'heldOn',
            title: t('groupwork.session.heldOn'),
            render: (_, s) => (
              <Space size={4}>
                {s.heldOn}
                {s.future && <Tag>{t('groupwork.session.planned')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'what',
            title:
              owner.kind === 'group' ? t('groupwork.session.topic') : t('groupwork.session.place'),
            render: (_, s) => s.topic ?? s.place ?? '—',
          },
          { key: 'minutes', title: t('groupwork.session.duration'), dataIndex: 'durationMinutes' },
          ...(named
            ? [{ key: 'marked', title: t('groupwork.session.marked'), dataIndex: 'marked' }]
            : [
                {
                  key: 'note',
                  title: t('groupwork.session.countNote'),
                  render: (_: unknown, s: ServiceSession) => s.countNote ?? '—',
                },
              ]),
          { key: 'personTimes', title: t('groupwork.personTimes'), dataIndex: 'personTimes' },
          ...(owner.kind === 'activity'
            ? [
                {
                  key: 'volunteers',
                  title: t('groupwork.session.volunteerCount'),
                  dataIndex: 'volunteerCount',
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, s: ServiceSession) => (
                    <Space>
                      {named && !s.future && (
                        <Link to={`/attendance/${s.id}`}>{t('groupwork.attendance.take')}</Link>
                      )}
                      <Button type="link" size="small" onClick={() => editing.show(s)}>
                        {t('common.edit')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
        expandable={
          editable
            ? {
                rowExpandable: (s) => Boolean(s.summary),
                expandedRowRender: (s) => s.summary,
              }
            : undefined
        }
      />
      {editing.payload && (
        <SessionModal {...editing.props} owner={owner} session={editing.payload} />
      )}
      {adding.payload && <SessionModal {...adding.props} owner={owner} />}
    </RecordCard>
  );
}
