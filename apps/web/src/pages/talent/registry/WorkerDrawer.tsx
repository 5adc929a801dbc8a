import {
  educationLevels,
  expertTags,
  identifierErrorMessages,
  idNumberRegisteredElsewhere,
  languages,
  normalizeIdentifierInput,
  parseResidentId,
  type UpdateWorker,
  type Worker,
  type WorkerInput,
} from '@shegong/domain';
import { Alert, Button, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { isApiError } from '../../../api/api-error';
import { changedFields, textOrNull } from '../../../api/changes';
import { FormDrawer } from '../../../components/FormDrawer';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../../components/region-picker/region-rules';
import type { DialogProps } from '../../../hooks/useDialog';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from './useTalentMutation';
import { createWorker, updateWorker } from './workers-api';
import { chooseRequired } from '../../../components/choose-required';
import { MajorMismatchAlert } from './MajorMismatchAlert';
import { residentIdFieldRules } from '../../../components/resident-id-rules';

interface WorkerForm {
  idNumber?: string;
  name: string;
  phone?: string;
  educationLevel: WorkerInput['educationLevel'];
  major?: string;
  socialWorkMajor: boolean;
  regionCode?: string;
  expertTags: WorkerInput['expertTags'];
}

/** The record the server names in a 409 on a duplicate ID number, when the user may see it. */
function existingRecordOf(error: unknown): string | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  return (
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(error.message)?.[0] ?? null
  );
}

/** Whether the server says the ID number is registered outside the reader's scope. */
function registeredElsewhere(error: unknown): boolean {
  return (
    isApiError(error, 'CONFLICT') &&
    languages.some((language) => error.message === idNumberRegisteredElsewhere[language])
  );
}

/** The fields of a profile as the API takes them (the phone and the ID number aside). */
type Profile = Omit<WorkerInput, 'idNumber' | 'phone'>;

function profileOf(w: Worker): Profile {
  return {
    name: w.name,
    educationLevel: w.educationLevel,
    major: w.major,
    socialWorkMajor: w.socialWorkMajor,
    regionCode: w.regionCode,
    expertTags: w.expertTags,
  };
}

function formValuesOf(w: Worker): WorkerForm {
  return {
    name: w.name,
    educationLevel: w.educationLevel,
    major: w.major ?? undefined,
    socialWorkMajor: w.socialWorkMajor,
    regionCode: w.regionCode,
    expertTags: w.expertTags,
  };
}

/**
 * 登记 a social worker (no worker given) or 编辑 one. Birth date and sex come from the ID number,
 * which is the record's identity: it is typed once and never edited. The phone is shown masked;
 * a new number replaces it, an empty field keeps it.
 */
export function WorkerDrawer({
  worker,
  onSaved,
  onStale,
  ...dialog
}: DialogProps & {
  worker?: Worker;
  onSaved?: (worker: Worker) => void;
  onStale?: () => void;
}) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<WorkerForm>();
  const idNumber = Form.useWatch('idNumber', form);
  const educationOptions = useEnumOptions(educationLevels);
  const expertOptions = useEnumOptions(expertTags);
  const [existing, setExisting] = useState<string | null>(null);
  // Registered in another jurisdiction: the person can be asked for by a transfer (人才流动).
  const [elsewhere, setElsewhere] = useState(false);
  const { can } = useSession();
  const navigate = useNavigate();
  const save = useTalentMutation(
    async (values: WorkerForm) => {
      const profile: Profile = {
        name: values.name.trim(),
        educationLevel: values.educationLevel,
        major: textOrNull(values.major),
        socialWorkMajor: values.socialWorkMajor,
        regionCode: values.regionCode ?? '',
        expertTags: values.expertTags,
      };
      const phone = values.phone?.trim() || undefined;
      if (worker) {
        const change: UpdateWorker = {
          ...changedFields(profileOf(worker), profile),
          version: worker.version,
        };
        if (phone) change.phone = phone;
        return updateWorker(worker.id, change);
      }
      try {
        return await createWorker({ ...profile, idNumber: values.idNumber ?? '', phone });
      } catch (error) {
        setExisting(existingRecordOf(error));
        setElsewhere(registeredElsewhere(error));
        throw error;
      }
    },
    {
      form,
      codeFields: { CONFLICT: 'idNumber' },
      success: (saved) =>
        worker ? t('common.saved') : t('workers.create.done', { name: saved.name }),
      onDone: (saved) => {
        dialog.onClose();
        onSaved?.(saved);
      },
      onStale,
    },
  );
  const parsed = idNumber ? parseResidentId(idNumber) : null;

  return (
    <FormDrawer
      {...dialog}
      title={worker ? `${t('workers.edit')} · ${worker.name}` : t('workers.create.title')}
      size={520}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<WorkerForm>
        form={form}
        layout="vertical"
        initialValues={worker ? formValuesOf(worker) : { socialWorkMajor: false, expertTags: [] }}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed) => {
          if (!('idNumber' in changed)) return;
          setExisting(null);
          setElsewhere(false);
        }}
      >
        {worker ? (
          <Form.Item label={t('workers.idNumber')}>
            <Input value={worker.idNumber} disabled style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="idNumber"
            label={t('workers.idNumber')}
            normalize={(value: string) => normalizeIdentifierInput(value)}
            extra={
              parsed?.ok
                ? t('workers.idNumber.derived', {
                    birthDate: parsed.value.birthDate,
                    sex: t(`workers.sex.${parsed.value.sex}`),
                  })
                : t('workers.idNumber.hint')
            }
            rules={residentIdFieldRules(language, { required: true })}
          >
            <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        )}
        {existing && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={<Link to={`/workers/${existing}`}>{t('workers.create.openExisting')}</Link>}
          />
        )}
        {elsewhere && can('workers:transfer') && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              <Button
                type="link"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => {
                  const { idNumber, name } = form.getFieldsValue();
                  dialog.onClose();
                  void navigate('/transfers?side=receiving', {
                    state: { requestTransfer: { idNumber, name: name?.trim() } },
                  });
                }}
              >
                {t('transfers.request.fromCreate')}
              </Button>
            }
          />
        )}
        <Form.Item
          name="name"
          label={t('workers.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('workers.phone')}
          extra={worker?.phone ? t('workers.phone.keep', { phone: worker.phone }) : undefined}
          rules={[
            { pattern: /^1[3-9]\d{9}$/, message: identifierErrorMessages.mobile.format[language] },
          ]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="educationLevel"
          label={t('workers.educationLevel')}
          rules={[chooseRequired]}
        >
          <Select options={educationOptions} />
        </Form.Item>
        <Form.Item name="major" label={t('workers.major')} rules={[{ max: 100 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="socialWorkMajor"
          label={t('workers.socialWorkMajor')}
          valuePropName="checked"
          extra={t('workers.socialWorkMajor.hint')}
        >
          <Switch />
        </Form.Item>
        <MajorMismatchAlert />
        <Form.Item
          name="regionCode"
          label={t('workers.region')}
          extra={t('workers.region.hint')}
          rules={[requiredRegion]}
        >
          <RegionPicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="expertTags"
          label={t('workers.expertTags')}
          rules={[{ type: 'array', max: 3 }]}
        >
          <Select mode="multiple" options={expertOptions} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
