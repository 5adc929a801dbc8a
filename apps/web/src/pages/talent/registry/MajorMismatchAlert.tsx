import { majorMismatchMessages, socialWorkMajorMismatch } from '@shegong/domain';
import { Alert, Form } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';

/**
 * Warns, inside the worker form, when the major and the 社会工作专业 switch disagree (the domain's
 * rule, the one imports warn by). Saving stays possible.
 */
export function MajorMismatchAlert() {
  const { language } = useLanguage();
  const major = Form.useWatch<string | undefined>('major');
  const marked = Form.useWatch<boolean | undefined>('socialWorkMajor');
  const mismatch = socialWorkMajorMismatch(major, marked);
  if (!mismatch) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={majorMismatchMessages[mismatch][language]}
    />
  );
}
