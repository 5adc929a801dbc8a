import type { AssignAccess, Role } from '@shegong/domain';
import { Form, Modal } from 'antd';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../components/region-picker/region-rules';
import { useLanguage } from '../../i18n/useLanguage';
import { AccountOrganisationField } from './AccountOrganisationSelect';
import { AccountWorkerField, namesWorker } from './AccountWorkerField';
import { assignAccess } from './accounts-api';
import { RoleSelect } from './RoleSelect';
import { roleScopeRule } from './role-scope-rule';
import type { AccountDialogProps } from './account-dialog-props';
import { useAccountMutation } from './useAccountMutation';

interface AccessForm {
  roles: Role[];
  regionCode?: string;
  organisationId?: string | null;
  workerId?: string | null;
}

/** Roles and region scope of an account (安全管理员, permission roles:assign). */
export function AssignAccessModal({
  account,
  open,
  onClose,
  afterClose,
  onStale,
}: AccountDialogProps) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<AccessForm>();
  const chosenRoles = Form.useWatch('roles', form) ?? account.roles;
  // 机构管理员 manage an organisation; 评估人员 belong to an evaluation agency.
  const managesOrganisation = chosenRoles.some((r) => r === 'org_admin' || r === 'evaluator');
  const chosenRegion = Form.useWatch('regionCode', form) ?? account.regionCode;
  const assign = useAccountMutation((access: AssignAccess) => assignAccess(account.id, access), {
    form,
    success: () => t('accounts.assign.done'),
    onDone: onClose,
    onStale,
  });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterClose={afterClose}
      title={`${t('accounts.assign.title')} · ${account.realName}（${account.username}）`}
      okText={t('common.save')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
    >
      <Form<AccessForm>
        form={form}
        layout="vertical"
        initialValues={{
          roles: account.roles,
          regionCode: account.regionCode,
          organisationId: account.organisationId,
          workerId: account.workerId,
        }}
        onFinish={({ roles, regionCode = '', organisationId, workerId }) =>
          assign.mutate({
            version: account.version,
            roles,
            regionCode,
            organisationId: roles.some((r) => r === 'org_admin' || r === 'evaluator')
              ? (organisationId ?? null)
              : null,
            workerId: namesWorker(roles) ? (workerId ?? null) : null,
          })
        }
      >
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          dependencies={['regionCode']}
          rules={[roleScopeRule(t, language, 'regionCode')]}
        >
          <RoleSelect />
        </Form.Item>
        <Form.Item name="regionCode" label={t('accounts.region')} rules={[requiredRegion]}>
          <RegionPicker />
        </Form.Item>
        {managesOrganisation && (
          <AccountOrganisationField
            region={chosenRegion}
            current={
              account.organisationId
                ? { value: account.organisationId, label: account.organisationName ?? '' }
                : undefined
            }
          />
        )}
        {namesWorker(chosenRoles) && <AccountWorkerField account={account} />}
      </Form>
    </Modal>
  );
}
