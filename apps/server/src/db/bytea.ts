import { customType } from 'drizzle-orm/pg-core';

/** A file's bytes in the database (a consent form, an evaluation's evidence), read as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
