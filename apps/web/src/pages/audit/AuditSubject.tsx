import type { AuditEvent } from '@shegong/domain';
import { Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { menuPageOf } from '../../layout/menu';
import { entityLabel } from './audit-labels';

// Where a record of each kind opens, for readers whose roles open that page.
const recordPaths: Record<string, (id: string) => string> = {
  worker: (id) => `/workers/${id}`,
  organisation: (id) => `/organisations/${id}`,
  station: (id) => `/stations/${id}`,
  account: (id) => `/admin/accounts/${id}`,
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
  const path = event.entityId ? recordPaths[event.entityType]?.(event.entityId) : undefined;
  const page = path && menuPageOf(path);
  const opens = path && page && name && meets(page.requires);
  return (
    <Tooltip title={event.entityId}>
      <span>
        {entityLabel(t, event.entityType)}
        {name && (
          <>
            {' · '}
            {opens ? <Link to={path}>{name}</Link> : <Typography.Text>{name}</Typography.Text>}
          </>
        )}
      </span>
    </Tooltip>
  );
}
