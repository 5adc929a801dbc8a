import { ArrowLeftOutlined } from '@ant-design/icons';
import { attendanceStatuses, type AttendanceSheet, type AttendanceStatus } from '@shegong/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { useLanguage } from '../../i18n/useLanguage';
import { getAttendanceSheet, groupworkKeys, saveAttendance } from './groupwork-api';
import { useGroupworkMutation } from './useGroupworkMutation';

const colours: Record<AttendanceStatus, 'green' | 'danger' | 'orange'> = {
  present: 'green',
  absent: 'danger',
  excused: 'orange',
};

/**
 * The attendance sheet of one session, made for a phone in the village (360–414 px): the whole
 * screen, a name per row with one tap for 出席, 缺席 or 请假, and one save for the sheet.
 */
export function AttendancePage() {
  const { id = '' } = useParams();
  const sheet = useQuery({
    queryKey: groupworkKeys.sheet(id),
    queryFn: ({ signal }) => getAttendanceSheet(id, signal),
  });
  if (sheet.isPending) return <PageSpinner />;
  if (sheet.isError)
    return <ErrorResult error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return <Sheet key={sheet.dataUpdatedAt} sheet={sheet.data} />;
}

function Sheet({ sheet }: { sheet: AttendanceSheet }) {
  const { language, t } = useLanguage();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const { session } = sheet;
  const [marks, setMarks] = useState<Record<string, AttendanceStatus | null>>(() =>
    Object.fromEntries(sheet.entries.map((e) => [e.clientId, e.status])),
  );
  const changed = sheet.entries.some((e) => marks[e.clientId] !== e.status);
  const count = (status: AttendanceStatus | null) =>
    sheet.entries.filter((e) => marks[e.clientId] === status).length;
  const save = useGroupworkMutation(
    () =>
      saveAttendance(session.id, {
        entries: sheet.entries.flatMap((e) => {
          const status = marks[e.clientId];
          return status ? [{ clientId: e.clientId, status }] : [];
        }),
      }),
    {
      success: (saved) =>
        t('groupwork.attendance.saved', { personTimes: saved.session.personTimes }),
      onDone: (saved) => queryClient.setQueryData(groupworkKeys.sheet(session.id), saved),
    },
  );
  // The sheet takes the whole screen: the page under it must not widen or scroll the phone's view.
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = before;
    };
  }, []);
  const back = session.groupId ? `/groups/${session.groupId}` : `/activities/${session.activityId}`;
  const locked = session.future;

  return (
    <div
      data-attendance-sheet
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000,
        background: token.colorBgLayout,
        overflowY: 'auto',
      }}
    >
      <div style={{ maxWidth: 560, margin: '0 auto', paddingBottom: 96 }}>
        <Flex
          align="center"
          gap="small"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 1,
            padding: '12px 12px 8px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Link to={back} aria-label={t('common.back')}>
            <Button type="text" size="large" icon={<ArrowLeftOutlined />} />
          </Link>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
              {session.title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(
                session.groupId
                  ? 'groupwork.attendance.subtitle.group'
                  : 'groupwork.attendance.subtitle',
                {
                  number: session.number,
                  date: session.heldOn,
                  station: session.stationName,
                },
              )}
            </Typography.Text>
          </div>
        </Flex>
        <Flex gap="small" wrap style={{ padding: 12 }} aria-live="polite">
          {attendanceStatuses.map((s) => (
            <Typography.Text key={s.code}>
              {s[language]} <strong>{count(s.code)}</strong>
            </Typography.Text>
          ))}
          <Typography.Text type="secondary">
            {t('groupwork.attendance.unmarked')} <strong>{count(null)}</strong>
          </Typography.Text>
          <Typography.Text>
            {t('groupwork.personTimes')} <strong>{session.personTimes}</strong>
          </Typography.Text>
        </Flex>
        {locked && (
          <Alert
            type="warning"
            showIcon
            style={{ margin: '0 12px 12px' }}
            title={t('groupwork.attendance.future')}
          />
        )}
        {sheet.entries.length === 0 ? (
          <Alert type="info" style={{ margin: 12 }} title={t('groupwork.attendance.nobody')} />
        ) : (
          <>
            {!locked && (
              <Button
                block
                size="large"
                style={{ margin: '0 12px 12px', width: 'calc(100% - 24px)' }}
                onClick={() =>
                  setMarks(Object.fromEntries(sheet.entries.map((e) => [e.clientId, 'present'])))
                }
              >
                {t('groupwork.attendance.allPresent')}
              </Button>
            )}
            <div role="list" aria-label={t('groupwork.attendance.list')}>
              {sheet.entries.map((entry) => (
                <div
                  key={entry.clientId}
                  role="listitem"
                  aria-label={entry.name}
                  style={{
                    margin: '0 12px 8px',
                    padding: 12,
                    background: token.colorBgContainer,
                    borderRadius: token.borderRadiusLG,
                    border: `1px solid ${token.colorBorderSecondary}`,
                  }}
                >
                  <Typography.Text
                    strong
                    style={{ fontSize: 17, display: 'block', marginBottom: 8 }}
                  >
                    {entry.name}
                  </Typography.Text>
                  <Flex gap={8}>
                    {attendanceStatuses.map((s) => {
                      const chosen = marks[entry.clientId] === s.code;
                      return (
                        <Button
                          key={s.code}
                          size="large"
                          disabled={locked}
                          aria-pressed={chosen}
                          color={colours[s.code]}
                          variant={chosen ? 'solid' : 'outlined'}
                          style={{ flex: 1, height: 48, fontSize: 16 }}
                          onClick={() => setMarks((m) => ({ ...m, [entry.clientId]: s.code }))}
                        >
                          {s[language]}
                        </Button>
                      );
                    })}
                  </Flex>
                </div>
              ))}
            </div>
          </>
        )}
      </div>
      {!locked && sheet.entries.length > 0 && (
        <div
          style={{
            position: 'fixed',
            left: 0,
            right: 0,
            bottom: 0,
            padding: 12,
            background: token.colorBgContainer,
            borderTop: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Button
            type="primary"
            block
            size="large"
            style={{ maxWidth: 536, margin: '0 auto', display: 'block', height: 52, fontSize: 17 }}
            disabled={!changed || count(null) === sheet.entries.length}
            loading={save.isPending}
            onClick={() => save.mutate(undefined)}
          >
            {t('groupwork.attendance.save')}
          </Button>
        </div>
      )}
    </div>
  );
}
