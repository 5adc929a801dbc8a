import type { Account, Role } from '@shegong/domain';
import { Form, Input } from 'antd';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../auth/useSession';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../components/region-picker/region-rules';
import { useLanguage } from '../../i18n/useLanguage';
import { AccountOrganisationField } from './AccountOrganisationSelect';
import { AccountWorkerField, namesWorker } from './AccountWorkerField';
import { createAccount } from './accounts-api';
import { RoleSelect } from './RoleSelect';
import { roleScopeRule } from './role-scope-rule';
import { useAccountMutation } from './useAccountMutation';

interface CreateForm {
  username: string;
  realName: string;
  phone?: string;
  regionCode?: string;
  roles?: Role[];
  organisationId?: string;
  workerId?: string | null;
  password: string;
  passwordConfirm: string;
}

/** A new account within the creator's scope; roles only when the creator may assign them. */
export function AccountCreateDrawer({
  open,
  onClose,
  afterClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  onCreated?: (account: Account) => void;
}) {
  const { language, t } = useLanguage();
  const { can } = useSession();
  const mayAssign = can('roles:assign');
  const [form] = Form.useForm<CreateForm>();
  const chosenRoles = Form.useWatch('roles', form) ?? [];
  const managesOrganisation = chosenRoles.some((r) => r === 'org_admin' || r === 'evaluator');
  const chosenRegion = Form.useWatch('regionCode', form) ?? '';
  const create = useAccountMutation(createAccount, {
    form,
    codeFields: { PASSWORD_POLICY: 'password', CONFLICT: 'username' },
    success: (account) => t('accounts.create.done', { username: account.username }),
    onDone: (account) => {
      onClose();
      onCreated?.(account);
    },
  });

  const submit = ({
    username,
    realName,
    phone,
    regionCode = '',
    roles,
    organisationId,
    workerId,
    password,
  }: CreateForm) =>
    create.mutate({
      username,
      realName,
      phone: phone?.trim() || undefined,
      regionCode,
      ...(mayAssign && { roles: roles ?? [] }),
      ...(mayAssign && managesOrganisation && { organisationId }),
      ...(mayAssign && namesWorker(roles ?? []) && { workerId: workerId ?? null }),
      password,
    });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      title={t('accounts.create')}
      saving={create.isPending}
      onSave={() => form.submit()}
    >
      <Form<CreateForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="username"
          label={t('accounts.username')}
          rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/ }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="realName"
          label={t('accounts.realName')}
          rules={[{ required: true, max: 50 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('accounts.phone')}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('accounts.region')} rules={[requiredRegion]}>
          <RegionPicker />
        </Form.Item>
        {mayAssign ? (
          <Form.Item
            name="roles"
            label={t('accounts.roles')}
            dependencies={['regionCode']}
            rules={[roleScopeRule(t, language, 'regionCode')]}
          >
            <RoleSelect />
          </Form.Item>
        ) : (
          <Form.Item label={t('accounts.roles')} extra={t('accounts.create.rolesHint')}>
            —
          </Form.Item>
        )}
        {mayAssign && managesOrganisation && <AccountOrganisationField region={chosenRegion} />}
        {mayAssign && namesWorker(chosenRoles) && <AccountWorkerField />}
        <NewPasswordFields
          name="password"
          label={t('accounts.create.password')}
          confirmLabel={t('accounts.resetPassword.confirm')}
          extra={t('accounts.create.passwordHint')}
        />
      </Form>
    </FormDrawer>
  );
}
