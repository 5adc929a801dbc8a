import { chinaToday, talentTargetYears } from '@shegong/domain';
import { Select, Space, Typography } from 'antd';
import { useT } from '../../../i18n/useT';

/** Years whose target an officer can look at: the last five for the record, the next ten to plan. */
export function targetYearOptions(thisYear = Number(chinaToday().slice(0, 4))) {
  const first = Math.max(talentTargetYears.min, thisYear - 5);
  return Array.from({ length: thisYear + talentTargetYears.aheadMax - first + 1 }, (_, i) => ({
    value: first + i,
    label: String(first + i),
  }));
}

/** 目标年度: which year's target the census is measured against. */
export function TargetYearSelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT();
  return (
    <Space size="small">
      <Typography.Text type="secondary">{t('talent.target.yearPick')}</Typography.Text>
      <Select<number>
        value={value}
        onChange={onChange}
        options={targetYearOptions()}
        aria-label={t('talent.target.yearPick')}
        style={{ width: 100 }}
      />
    </Space>
  );
}
