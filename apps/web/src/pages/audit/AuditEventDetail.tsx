import { describeAuditDetail, type AuditEvent } from '@shegong/domain';
import { Descriptions, Typography } from 'antd';
import { RegionName } from '../../components/region-picker/RegionName';
import { useLanguage } from '../../i18n/useLanguage';
import { changeValue, fieldLabel, isRegionField } from './audit-labels';
import { AuditImportReport } from './AuditImportReport';

/** The expanded row: each changed field as before → after, the detail, the import, the request. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const { language, t } = useLanguage();
  const changes = Object.entries(event.changes ?? {});
  const value = (field: string, raw: unknown) =>
    isRegionField(field) && typeof raw === 'string' && raw !== '' ? (
      <RegionName code={raw} />
    ) : (
      changeValue(t, language, event.entityType, field, raw)
    );
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ overflowWrap: 'anywhere' }}
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
                    <Typography.Text strong>
                      {fieldLabel(t, event.entityType, field)}
                    </Typography.Text>
                    ：
                    <Typography.Text delete type="secondary">
                      {value(field, before)}
                    </Typography.Text>
                    {' → '}
                    <Typography.Text>{value(field, after)}</Typography.Text>
                  </li>
                ))}
              </ul>
            ),
        },
        ...(event.detail
          ? [
              {
                key: 'detail',
                label: t('audit.detail'),
                children: describeAuditDetail(event.detail, language),
              },
            ]
          : []),
        ...(event.importJob
          ? [
              {
                key: 'import',
                label: t('audit.importJob'),
                children: <AuditImportReport job={event.importJob} />,
              },
            ]
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
