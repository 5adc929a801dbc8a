import { useParams } from 'react-router';
import { ReasonGate } from '../../components/ReasonGate';
import { useT } from '../../i18n/useT';
import { openCaseFile } from './casework-api';
import { CaseFileView } from './CaseFileView';

/**
 * An officer states a reason before anything of a case file shows; the reason is audited and
 * appears on the case file and the client's record for those who serve them.
 */
export function OpenCaseGate() {
  const { id = '' } = useParams();
  const t = useT();
  return (
    <ReasonGate
      title={t('casework.gate.title')}
      hint={t('casework.gate.hint')}
      reasonLabel={t('casework.gate.reason')}
      submitLabel={t('casework.gate.submit')}
      opened={t('casework.gate.opened')}
      open={(reason) => openCaseFile(id, reason)}
      render={(file) => <CaseFileView file={file} />}
    />
  );
}
