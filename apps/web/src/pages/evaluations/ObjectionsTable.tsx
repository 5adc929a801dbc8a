import type { Objection } from '@shegong/domain';
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n/useLanguage';
import { ObjectionStatusTag, TwoLines } from './EvaluationLabels';

const when = (at: string | null) => at?.slice(0, 16).replace('T', ' ') ?? '';

/** 异议: each item contested, why, and how it was decided; `action` adds 处理 for the organiser. */
export function ObjectionsTable({
  objections,
  action,
}: {
  objections: Objection[];
  action?: (objection: Objection) => ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <Table<Objection>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={objections}
      aria-label={t('evaluations.objections')}
      locale={{ emptyText: t('evaluations.objection.none') }}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'item', title: t('evaluations.result.item'), dataIndex: 'itemName' },
        {
          key: 'reason',
          title: t('evaluations.objection.reason'),
          render: (_, o) => (
            <TwoLines
              sub={
                <>
                  {o.raisedByName} {when(o.raisedAt)}
                </>
              }
            >
              {o.reason}
            </TwoLines>
          ),
        },
        {
          key: 'status',
          title: t('evaluations.status'),
          render: (_, o) => <ObjectionStatusTag status={o.status} />,
        },
        {
          key: 'decision',
          title: t('evaluations.objection.decision'),
          render: (_, o) =>
            o.decidedByName ? (
              <TwoLines
                sub={
                  <>
                    {o.decidedByName} {when(o.decidedAt)}
                  </>
                }
              >
                {o.decisionReason}
              </TwoLines>
            ) : (
              '—'
            ),
        },
        ...(action
          ? [
              {
                key: 'action',
                title: t('common.actions'),
                render: (_: unknown, o: Objection) => action(o),
              },
            ]
          : []),
      ]}
    />
  );
}
