import type { LocalizedText } from '@shegong/domain';
import { conflict } from '../errors/app-error';
import { isUniqueViolation } from '../errors/database-errors';

/** A row that passed the checks at upload no longer does: the whole commit is refused. */
export function staleUpload(reason: LocalizedText) {
  return conflict({
    'zh-CN': `${reason['zh-CN']}。本次导入未写入任何记录，请重新上传校验`,
    'en-US': `${reason['en-US']}. Nothing was imported; upload the file again to check it`,
  });
}

/**
 * Turns a refusal by the unique index on a sheet's natural key into a stale upload: a new row's
 * key was registered after the upload — out of the importer's sight (in another jurisdiction), or
 * by someone at the same moment. The failed transaction can read no more to name the row; the
 * upload of the same file again does.
 */
export function keyTakenSinceUpload(
  error: unknown,
  constraint: string,
  key: LocalizedText,
): unknown {
  if (!isUniqueViolation(error, constraint)) return error;
  return staleUpload({
    'zh-CN': `表中有${key['zh-CN']}在上传之后已被登记（可能在其他辖区）`,
    'en-US': `One ${key['en-US']} of the sheet was registered after the upload (perhaps elsewhere)`,
  });
}
