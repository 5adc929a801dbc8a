import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  evidenceFileKinds,
  evidenceFileMaxBytes,
  evidenceFilesPerSheet,
  uploadAccept,
  type EvidenceFile,
} from '@shegong/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Space, Typography, Upload } from 'antd';
import { isApiError } from '../../api/api-error';
import { useReportError } from '../../hooks/useReportError';
import { useLanguage } from '../../i18n/useLanguage';
import {
  attachMyFile,
  evaluationKeys,
  listMyFiles,
  myFileUrl,
  removeMyFile,
} from './evaluations-api';

/** A sheet's files and what the reader may do with them: download always, change while editable. */
export interface SheetFiles {
  files: readonly EvidenceFile[];
  urlOf: (file: EvidenceFile) => string;
  attach?: (itemKey: string, file: File, onProgress: (share: number) => void) => Promise<void>;
  remove?: (file: EvidenceFile) => Promise<void>;
}

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** The evaluator's files on their sheet: listed, attached and removed through the API client. */
export function useMyEvidenceFiles(assignmentId: string): SheetFiles {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = evaluationKeys.files(assignmentId);
  const listed = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => listMyFiles(assignmentId, signal),
  });
  const settle = (saved: { items: EvidenceFile[] }) => queryClient.setQueryData(key, saved);
  return {
    files: listed.data?.items ?? [],
    urlOf: (file) => myFileUrl(assignmentId, file.id),
    attach: async (itemKey, file, onProgress) => {
      settle(await attachMyFile(assignmentId, itemKey, file, onProgress));
      void message.success(t('evaluations.file.attached', { name: file.name }));
    },
    remove: async (file) => {
      settle(await removeMyFile(assignmentId, file.id));
      void message.success(t('evaluations.file.removed'));
    },
  };
}

/** One item's files: each a download link, with a remove button and an upload while editable. */
export function ItemFiles({ itemKey, source }: { itemKey: string; source: SheetFiles }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const reportError = useReportError();
  const files = source.files.filter((f) => f.itemKey === itemKey);
  // A refused file is named on the field `file`: say that, not the generic refusal.
  const report = (error: unknown) =>
    isApiError(error) && error.details.length > 0
      ? void message.error(error.details.map((d) => d.message).join('；'))
      : reportError(error);
  const { attach, remove } = source;
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }}>
      {files.map((file) => (
        <Space key={file.id} size="small">
          <PaperClipOutlined />
          <a href={source.urlOf(file)} target="_blank" rel="noreferrer">
            {file.name}
          </a>
          <Typography.Text type="secondary">{sizeText(file.size)}</Typography.Text>
          {remove && (
            <Popconfirm
              title={t('evaluations.file.remove.confirm')}
              onConfirm={() => remove(file).catch(report)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('evaluations.file.remove', { name: file.name })}
              />
            </Popconfirm>
          )}
        </Space>
      ))}
      {attach && (
        <Space wrap>
          <Upload
            accept={uploadAccept(evidenceFileKinds)}
            showUploadList={false}
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              attach(itemKey, file as File, (share) => onProgress?.({ percent: share * 100 })).then(
                () => onSuccess?.(null),
                (error: unknown) => {
                  report(error);
                  onError?.(error as Error);
                },
              );
            }}
          >
            <Button size="small" icon={<UploadOutlined />}>
              {t('evaluations.file.attach')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {t('evaluations.file.hint', {
              size: evidenceFileMaxBytes / (1024 * 1024),
              count: evidenceFilesPerSheet,
            })}
          </Typography.Text>
        </Space>
      )}
    </Flex>
  );
}
