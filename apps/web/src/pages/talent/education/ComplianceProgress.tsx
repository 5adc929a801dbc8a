import type { CeCompliance } from '@shegong/domain';
import { Progress } from 'antd';

/** Hours credited in the cycle against those required: green once met. */
export function ComplianceProgress({
  compliance,
  size = 'default',
}: {
  compliance: Pick<CeCompliance, 'credited' | 'required'>;
  size?: 'small' | 'default';
}) {
  const { credited, required } = compliance;
  const percent = required > 0 ? Math.min(100, Math.round((credited / required) * 100)) : 100;
  return (
    <Progress
      percent={percent}
      size={size === 'small' ? 'small' : undefined}
      status={credited >= required ? 'success' : 'active'}
      format={() => `${credited}/${required}`}
      style={size === 'small' ? { width: 160, margin: 0 } : undefined}
    />
  );
}
