import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportProblem, ImportReport } from '@shegong/domain';
import type { QueryKey } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Col,
  Flex,
  Modal,
  Progress,
  Result,
  Row,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
  type TableProps,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useReportError } from '../../hooks/useReportError';
import { useT } from '../../i18n/useT';
import { importApi } from './import-api';

/**
 * 批量导入, the same for every registry that takes a sheet: download the template, upload the
 * filled sheet (with progress) to have every row checked, read the problems (and download them as a
 * sheet to fix), then write every valid row in one go and see what changed.
 */
export function ImportDialog({
  basePath,
  title,
  invalidates,
  ...dialog
}: DialogProps & {
  /** The module's path: `/workers`, `/organisations`, `/stations`. */
  basePath: string;
  title: string;
  /** The queries that show the imported records, fetched again after the commit. */
  invalidates: readonly QueryKey[];
}) {
  const t = useT();
  const reportError = useReportError();
  const routes = useMemo(() => importApi(basePath), [basePath]);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const commit = useRecordMutation((id: string) => routes.commit(id), {
    invalidates,
    success: (done) => t('import.committed', { count: done.validRows }),
    onDone: setReport,
  });
  const step = !report ? 1 : report.status === 'validated' ? 2 : 3;

  const footer =
    step === 3 ? (
      <Button type="primary" onClick={dialog.onClose}>
        {t('import.finish')}
      </Button>
    ) : (
      <Space>
        <Button onClick={dialog.onClose}>{t('common.cancel')}</Button>
        {report && (
          <>
            <Button disabled={commit.isPending} onClick={() => setReport(null)}>
              {t('import.again')}
            </Button>
            <Button
              type="primary"
              disabled={report.validRows === 0}
              loading={commit.isPending}
              onClick={() => commit.mutate(report.id)}
            >
              {t('import.commit', { count: report.validRows })}
            </Button>
          </>
        )}
      </Space>
    );

  return (
    <Modal
      open={dialog.open}
      onCancel={dialog.onClose}
      afterClose={dialog.afterClose}
      title={title}
      width={780}
      footer={footer}
      mask={{ closable: false }}
    >
      <Steps
        size="small"
        current={step}
        style={{ margin: '8px 0 24px' }}
        items={[
          { title: t('import.step.template') },
          { title: t('import.step.upload') },
          { title: t('import.step.check') },
          { title: t('import.step.done') },
        ]}
      />
      {step === 1 && (
        <Flex vertical gap="middle">
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('import.templateHint')}{' '}
            <Button icon={<DownloadOutlined />} href={routes.templateUrl} size="small">
              {t('import.template')}
            </Button>
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={progress !== null}
            customRequest={({ file, onSuccess, onError }) => {
              setProgress(0);
              routes
                .upload(file as File, setProgress)
                .then((uploaded) => {
                  onSuccess?.(uploaded);
                  setReport(uploaded);
                })
                .catch((error: unknown) => {
                  onError?.(error instanceof Error ? error : new Error(String(error)));
                  reportError(error);
                })
                .finally(() => setProgress(null));
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.dropHint')}</p>
          </Upload.Dragger>
          {progress !== null && (
            <div>
              <Progress percent={Math.round(progress * 100)} status="active" />
              <Typography.Text type="secondary">
                {progress < 1 ? t('import.uploading') : t('import.validating')}
              </Typography.Text>
            </div>
          )}
        </Flex>
      )}
      {report && step === 2 && <ReportView report={report} problemsUrl={routes.problemsUrl} />}
      {report && step === 3 && (
        <Result
          status="success"
          title={t('import.done', { count: report.validRows })}
          subTitle={t('import.doneCounts', {
            created: report.created ?? 0,
            updated: report.updated ?? 0,
            unchanged: report.unchanged ?? 0,
          })}
        />
      )}
    </Modal>
  );
}

/** What the upload found: counts, then the problems row by row. */
function ReportView({
  report,
  problemsUrl,
}: {
  report: ImportReport;
  problemsUrl: (id: string) => string;
}) {
  const t = useT();
  const columns: TableProps<ImportProblem>['columns'] = [
    { key: 'row', title: t('import.problem.row'), dataIndex: 'row', width: 80 },
    { key: 'column', title: t('import.problem.column'), dataIndex: 'column', width: 160 },
    {
      key: 'message',
      title: t('import.problem.message'),
      dataIndex: 'message',
      // A warning's row is imported all the same.
      render: (message: string, problem) =>
        problem.warning ? (
          <>
            <Tag color="gold">{t('import.problem.warning')}</Tag>
            {message}
          </>
        ) : (
          message
        ),
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{report.fileName}</Typography.Text>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('import.totalRows')} value={report.totalRows} />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('import.validRows')}
            value={report.validRows}
            styles={{ content: { color: '#389e0d' } }}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('import.errorRows')}
            value={report.errorRows}
            styles={report.errorRows > 0 ? { content: { color: '#cf1322' } } : undefined}
          />
        </Col>
      </Row>
      {report.errorRows === 0 ? (
        <Alert type="success" showIcon title={t('import.allValid')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('import.someInvalid', { count: report.errorRows })}
          description={t('import.someInvalidHint')}
          action={
            <Button size="small" icon={<DownloadOutlined />} href={problemsUrl(report.id)}>
              {t('import.problems')}
            </Button>
          }
        />
      )}
      {report.problems.length > 0 && (
        <Table<ImportProblem>
          rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`}
          size="small"
          columns={columns}
          dataSource={report.problems}
          pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
        />
      )}
    </Flex>
  );
}
