import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { ApprovalsTable } from './CaseApprovalsPage';
import { DeskFigures, ReassessmentsTable, TasksDueTable, useDesk } from './CaseDesk';
import { CaseTable } from './CaseTable';
import { OpenCaseDrawer } from './OpenCaseDrawer';

/** 个案工作台: a social worker's caseload and what is due in it, and closures to approve. */
export function CaseDeskPage() {
  const t = useT();
  const navigate = useNavigate();
  const desk = useDesk();
  const opening = useDialog();
  if (desk.isPending) return <PageSpinner />;
  if (desk.isError) return <ErrorResult error={desk.error} onRetry={() => void desk.refetch()} />;
  return (
    <Page
      title={t('casework.desk.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => opening.show(true)}>
          {t('casework.open')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <DeskFigures desk={desk.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12} id="tasks">
            <Card size="small" title={t('casework.desk.tasksDue')}>
              <TasksDueTable desk={desk.data} />
            </Card>
          </Col>
          <Col xs={24} xl={12} id="reassessments">
            <Card size="small" title={t('casework.desk.reassessments')}>
              <ReassessmentsTable desk={desk.data} />
            </Card>
          </Col>
        </Row>
        {desk.data.approvals.length > 0 && (
          <Card size="small" title={t('casework.desk.approvals')}>
            <ApprovalsTable rows={desk.data.approvals} />
          </Card>
        )}
        <Card size="small" title={t('casework.desk.caseload')}>
          <CaseTable rows={desk.data.caseload} locale={{ emptyText: t('casework.desk.noCases') }} />
        </Card>
      </Flex>
      {opening.payload && (
        <OpenCaseDrawer
          {...opening.props}
          onOpened={(file) => void navigate(`/cases/${file.id}`)}
        />
      )}
    </Page>
  );
}
