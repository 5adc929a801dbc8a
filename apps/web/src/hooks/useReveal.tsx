import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useReportError } from './useReportError';

/**
 * 显示完整信息 for masked personal data: a button that, after a confirmation saying the look is
 * recorded in the audit log, fetches the whole values (an audited reveal) and shows them until
 * hidden again or the page is left. No button for those who may not reveal.
 */
export function useReveal<Values>(options: {
  allowed: boolean;
  fetch: () => Promise<Values>;
  title: MessageKey;
  confirm: MessageKey;
}): { revealed: Values | null; button: ReactNode } {
  const t = useT();
  const { modal } = App.useApp();
  const reportError = useReportError();
  const [revealed, setRevealed] = useState<Values | null>(null);
  const reveal = useMutation({
    mutationFn: options.fetch,
    onSuccess: (values) => setRevealed(() => values),
    onError: (error) => reportError(error),
  });
  const confirmReveal = () =>
    modal.confirm({
      title: t(options.title),
      content: t(options.confirm),
      okText: t('common.reveal.ok'),
      onOk: () => reveal.mutateAsync().catch(() => undefined),
    });
  const button = options.allowed && (
    <Button
      size="small"
      icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
      loading={reveal.isPending}
      onClick={revealed ? () => setRevealed(null) : confirmReveal}
    >
      {revealed ? t('common.reveal.hide') : t('common.reveal')}
    </Button>
  );
  return { revealed, button };
}
