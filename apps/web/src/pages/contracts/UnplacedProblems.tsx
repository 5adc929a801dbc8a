import { Alert, type FormInstance } from 'antd';
import { isApiError } from '../../api/api-error';
import { fieldNameOf } from '../../api/form-errors';

/**
 * The problems of a refused write that no field of the form can show (signing checks the saved
 * terms again, a report names its period): listed above the form, since the notice only names
 * the fields.
 */
export function UnplacedProblems({ form, error }: { form: FormInstance; error: unknown }) {
  if (!isApiError(error, 'VALIDATION_FAILED')) return null;
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const unplaced = error.details.filter((detail) => {
    const name = fieldNameOf(detail.path);
    return !registered.has(name.join('.')) && !registered.has(String(name[0]));
  });
  if (unplaced.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={
        unplaced.length === 1 ? (
          unplaced[0]!.message
        ) : (
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {unplaced.map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        )
      }
    />
  );
}
