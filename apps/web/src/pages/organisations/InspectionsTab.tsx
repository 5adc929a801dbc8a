import { PlusOutlined } from '@ant-design/icons';
import {
  inspectionResults,
  labelOf,
  type Inspection,
  type InspectionResult,
  type OrganisationDetail,
} from '@shegong/domain';
import { Button, Empty, Table, Tag, type TableProps } from 'antd';
import { TableToolbar } from '../../components/TableToolbar';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { InspectionModal } from './InspectionModal';

const resultColours: Record<InspectionResult, string> = {
  pass: 'green',
  basic_pass: 'gold',
  fail: 'red',
};

/** 年检: one result a year. */
export function InspectionsTab({
  organisation,
  mayAssess,
}: {
  organisation: OrganisationDetail;
  mayAssess: boolean;
}) {
  const { language, t } = useLanguage();
  const dialog = useDialog();
  const columns: TableProps<Inspection>['columns'] = [
    { key: 'year', title: t('organisations.inspection.year'), dataIndex: 'year' },
    {
      key: 'result',
      title: t('organisations.inspection.result'),
      dataIndex: 'result',
      render: (result: InspectionResult) => (
        <Tag color={resultColours[result]}>{labelOf(inspectionResults, result, language)}</Tag>
      ),
    },
    {
      key: 'inspectedOn',
      title: t('organisations.inspection.inspectedOn'),
      dataIndex: 'inspectedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'note',
      title: t('common.note'),
      dataIndex: 'note',
      render: (note: string | null) => note ?? '—',
    },
  ];

  return (
    <>
      <TableToolbar
        actions={
          mayAssess && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.show(true)}>
              {t('organisations.inspection.add')}
            </Button>
          )
        }
      />
      <Table<Inspection>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={organisation.inspections}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('organisations.inspection.empty')} /> }}
      />
      {dialog.payload && <InspectionModal {...dialog.props} organisation={organisation} />}
    </>
  );
}
