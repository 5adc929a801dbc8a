import { ImportButton } from '../../components/import/ImportButton';
import { useSession } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { contractKeys } from '../contracts/contracts-api';
import { projectKeys } from './projects-api';

/** 导入项目 and 导入合同 on the projects page, for those who may draft them. */
export function ProjectImports() {
  const t = useT();
  const { can } = useSession();
  return (
    <>
      {can('projects:manage') && (
        <ImportButton
          basePath="/projects"
          title={t('projects.import.title')}
          label={t('projects.import.button')}
          invalidates={[projectKeys.all]}
        />
      )}
      {can('contracts:manage') && (
        <ImportButton
          basePath="/contracts"
          title={t('contracts.import.title')}
          label={t('contracts.import.button')}
          invalidates={[projectKeys.all, contractKeys.all]}
        />
      )}
    </>
  );
}
