import type { AuditEvent } from '@shegong/domain';
import { Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { menuPage, type MenuPageKey } from '../../layout/menu';
import { entityLabel } from './audit-labels';

// Where a record of each kind opens, for readers whose roles open that page.
const recordPages: Record<string, { page: MenuPageKey; path: (id: string) => string }> = {
  worker: { page: 'workers', path: (id) => `/workers/${id}` },
  organisation: { page: 'organisations', path: (id) => `/organisations/${id}` },
  station: { page: 'stations', path: (id) => `/stations/${id}` },
  account: { page: 'accounts', path: (id) => `/admin/accounts/${id}` },
};

/**
 * What an event is about: the kind of record in the reader's language and its name, linked to the
 * record when the reader may open it. A record the reader's scope no longer holds has its kind only.
 */
export function AuditSubject({ event }: { event: AuditEvent }) {
  const t = useT();
  const { meets } = useSession();
  if (!event.entityType) return null;
  const name =
    event.subjectName ??
    (event.entityType.startsWith('import:') ? event.importJob?.fileName : null);
  const record = recordPages[event.entityType];
  const opens = record && event.entityId && name && meets(menuPage(record.page).requires);
  return (
    <Tooltip title={event.entityId}>
      <span>
        {entityLabel(t, event.entityType)}
        {name && (
          <>
            {' · '}
            {opens ? (
              <Link to={record.path(event.entityId!)}>{name}</Link>
            ) : (
              <Typography.Text>{name}</Typography.Text>
            )}
          </>
        )}
      </span>
    </Tooltip>
  );
}
