import { Button, Space } from 'antd';
import { useT } from '../../../i18n/useT';

/** 更正 / 删除 on a row of a hand-entered record. */
export function RecordActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {t('workers.correction.edit')}
      </Button>
      <Button type="link" size="small" danger onClick={onDelete}>
        {t('workers.correction.delete')}
      </Button>
    </Space>
  );
}
