import { ReasonGate } from '../../components/ReasonGate';
import { useT } from '../../i18n/useT';
import { ClientFile } from './ClientDetailPage';
import { openClientFile } from './clients-api';

/**
 * An officer who does not serve the client states a reason before anything of the file shows;
 * the reason is audited and appears on the client's file for those who serve them.
 */
export function OpenFileGate({ clientId }: { clientId: string }) {
  const t = useT();
  return (
    <ReasonGate
      title={t('clients.open.title')}
      hint={t('clients.open.hint')}
      reasonLabel={t('clients.open.reason')}
      submitLabel={t('clients.open.submit')}
      opened={t('clients.open.title')}
      open={(reason) => openClientFile(clientId, reason)}
      render={(client) => <ClientFile client={client} />}
    />
  );
}
