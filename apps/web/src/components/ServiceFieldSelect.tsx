import { serviceFields, type ServiceField } from '@shegong/domain';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useEnumOptions } from '../hooks/useEnumOptions';

/** One service field (a filter) or several (a form), searchable by label. Works in a Form. */
export function ServiceFieldSelect({
  multiple = false,
  ...props
}: {
  multiple?: boolean;
  value?: ServiceField | ServiceField[];
  onChange?: (value: ServiceField | ServiceField[] | undefined) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const options = useEnumOptions(serviceFields);
  return (
    <Select<ServiceField | ServiceField[]>
      allowClear
      mode={multiple ? 'multiple' : undefined}
      maxTagCount="responsive"
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      {...props}
    />
  );
}
