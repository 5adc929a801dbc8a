import { z } from 'zod';
import { invalidField } from '../errors/app-error';

/** A sort key as text, and back: `read` answers null for text that is not such a key. */
interface KeyFormat<Key> {
  write(key: Key): string;
  read(text: string): Key | null;
}

export interface KeysetCursor<Key> {
  encode(key: Key): string;
  /** The key of a cursor the client sent back; 400 naming `query.cursor` if it is not one. */
  decode(cursor: string): Key;
}

/**
 * The cursor of a keyset-paginated list: the sort key of a page's last row, base64url so that
 * clients pass it back untouched. A cursor that does not decode to a key (edited, cut short, made
 * up) is refused before any of it reaches a query.
 */
export function keysetCursor<Key>(format: KeyFormat<Key>): KeysetCursor<Key> {
  return {
    encode: (key) => Buffer.from(format.write(key)).toString('base64url'),
    decode(cursor) {
      const key = format.read(Buffer.from(cursor, 'base64url').toString());
      if (key === null)
        throw invalidField('query.cursor', {
          'zh-CN': '分页位置无效，请从第一页重新加载',
          'en-US': 'Invalid page cursor; reload from the first page',
        });
      return key;
    },
  };
}

const uuid = z.uuid();

/** For a list ordered by its time-ordered id (UUIDv7) alone. */
export const idCursor = keysetCursor<string>({
  write: (id) => id,
  read: (text) => (uuid.safeParse(text).success ? text : null),
});

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** For a list ordered by an instant, ties broken by id. */
export const instantIdCursor = keysetCursor<{ at: Date; id: string }>({
  write: ({ at, id }) => `${at.toISOString()}|${id}`,
  read(text) {
    const [iso = '', id = '', ...rest] = text.split('|');
    const at = new Date(iso);
    if (rest.length > 0 || !isoInstant.test(iso) || Number.isNaN(at.getTime())) return null;
    return at.toISOString() === iso && uuid.safeParse(id).success ? { at, id } : null;
  },
});
