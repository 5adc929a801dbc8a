import type { AuditEvent } from '@shegong/domain';
import { Descriptions, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { changeValue, fieldLabel, noteLabel } from './audit-labels';

/** The expanded row: each changed field as before → after, the note and the request ID. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const { language, t } = useLanguage();
  const changes = Object.entries(event.changes ?? {});
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'changes',
          label: t('audit.changes'),
          children:
            changes.length === 0 ? (
              <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {changes.map(([field, [before, after]]) => (
                  <li key={field}>
                    <Typography.Text strong>{fieldLabel(t, field)}</Typography.Text>：
                    <Typography.Text delete type="secondary">
                      {changeValue(t, language, field, before)}
                    </Typography.Text>
                    {' → '}
                    <Typography.Text>{changeValue(t, language, field, after)}</Typography.Text>
                  </li>
                ))}
              </ul>
            ),
        },
        ...(event.detail
          ? [{ key: 'detail', label: t('audit.detail'), children: noteLabel(t, event.detail) }]
          : []),
        ...(event.requestId
          ? [
              {
                key: 'requestId',
                label: t('audit.requestId'),
                children: <Typography.Text copyable>{event.requestId}</Typography.Text>,
              },
            ]
          : []),
      ]}
    />
  );
}
