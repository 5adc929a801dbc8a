import {
  certificateLevels,
  labelOf,
  type CertificateLevel,
  type RewardRule,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, InputNumber, Typography } from 'antd';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { FormModal } from '../../../components/FormModal';
import { RegionName } from '../../../components/region-picker/RegionName';
import { formatYuan, yuanToFen } from '../../../format/money';
import { useDialog, type DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { getRewardRules, rewardKeys, setRewardRules } from './rewards-api';

/** Where an amount comes from: this region, an enclosing one, or the defaults. */
function SetBy({ rule, region }: { rule: RewardRule; region: string }) {
  const { t } = useLanguage();
  if (rule.setBy === null) {
    return <Typography.Text type="secondary">{t('rewards.rules.default')}</Typography.Text>;
  }
  if (rule.setBy === region) {
    return <Typography.Text type="secondary">{t('rewards.rules.own')}</Typography.Text>;
  }
  return (
    <Typography.Text type="secondary">
      {t('rewards.rules.inherited')} <RegionName code={rule.setBy} />
    </Typography.Text>
  );
}

/**
 * 奖励标准 of the user's region: the one-off amount per level in yuan (kept in fen), with where
 * each comes from; set by those with the settings permission.
 */
export function RewardRulesPanel() {
  const { language, t } = useLanguage();
  const { can, session } = useSession();
  const region = session?.account.regionCode ?? '';
  const rules = useQuery({
    queryKey: rewardKeys.rules(region),
    queryFn: ({ signal }) => getRewardRules(region, signal),
    enabled: region !== '',
  });
  const editing = useDialog();
  const mayEdit = can('talent:settings') && region !== '';

  return (
    <Card
      size="small"
      title={t('rewards.rules.title')}
      extra={
        mayEdit &&
        rules.data && (
          <Button size="small" onClick={() => editing.show(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {rules.isError ? (
        <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('rewards.rules.hint')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={(rules.data ?? []).map((rule) => ({
              key: rule.level,
              label: labelOf(certificateLevels, rule.level, language),
              children: (
                <span>
                  {t('rewards.rules.amount', { amount: formatYuan(rule.amountFen, language) })}{' '}
                  <SetBy rule={rule} region={region} />
                </span>
              ),
            }))}
          />
        </>
      )}
      {editing.payload && rules.data && (
        <RewardRulesModal {...editing.props} region={region} rules={rules.data} />
      )}
    </Card>
  );
}

type RulesForm = Partial<Record<CertificateLevel, number>>;

function RewardRulesModal({
  region,
  rules,
  ...dialog
}: DialogProps & { region: string; rules: RewardRule[] }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<RulesForm>();
  const save = useTalentMutation(
    (values: RulesForm) =>
      // Only what the region sets itself: an amount left as inherited stays inherited.
      setRewardRules(
        region,
        rules.flatMap((rule) => {
          const yuan = values[rule.level];
          if (yuan === undefined || yuan === null) return [];
          const amountFen = yuanToFen(yuan);
          return amountFen !== rule.amountFen || rule.setBy === region
            ? [{ level: rule.level, amountFen }]
            : [];
        }),
      ),
    { form, success: () => t('rewards.rules.saved'), onDone: dialog.onClose },
  );
  return (
    <FormModal<RulesForm>
      {...dialog}
      title={
        <>
          {t('rewards.rules.edit')} · <RegionName code={region} />
        </>
      }
      form={form}
      initialValues={Object.fromEntries(rules.map((r) => [r.level, r.amountFen / 100]))}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">{t('rewards.rules.editHint')}</Typography.Paragraph>
      {certificateLevels.map((level) => (
        <Form.Item
          key={level.code}
          name={level.code}
          label={labelOf(certificateLevels, level.code, language)}
          rules={[{ type: 'number', min: 0, max: 1_000_000 }]}
        >
          <InputNumber
            min={0}
            max={1_000_000}
            precision={2}
            suffix={t('unit.yuan')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ))}
    </FormModal>
  );
}
