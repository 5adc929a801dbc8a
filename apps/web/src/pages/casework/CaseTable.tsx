import type { CaseSummary } from '@shegong/domain';
import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { ReassessmentDue } from './CaseLabels';
import { caseColumns } from './case-list-parts';

/** Cases as their team lists them: whose, where, how far, and what is due next. */
export function CaseTable({
  rows,
  ...props
}: { rows: readonly CaseSummary[] } & Omit<TableProps<CaseSummary>, 'dataSource' | 'columns'>) {
  const t = useT();
  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      pagination={false}
      scroll={{ x: 960 }}
      {...props}
      dataSource={[...rows]}
      columns={[
        {
          key: 'client',
          title: t('casework.client'),
          fixed: 'left',
          render: (_, c) => <Link to={`/cases/${c.id}`}>{c.clientName}</Link>,
        },
        ...caseColumns<CaseSummary>(t),
        {
          key: 'task',
          title: t('casework.nextTask'),
          render: (_, c) => c.nextTaskDue ?? '—',
        },
        {
          key: 'reassessment',
          title: t('casework.reassessment'),
          render: (_, c) => <ReassessmentDue due={c.reassessment} />,
        },
        { key: 'opened', title: t('casework.openedOn'), dataIndex: 'openedOn' },
        {
          key: 'role',
          title: t('casework.myRole'),
          render: (_, c) => t(`casework.role.${c.myRole}`),
        },
      ]}
    />
  );
}
