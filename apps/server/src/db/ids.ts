import { v7 as uuidv7 } from 'uuid';

/** Time-ordered, unguessable primary keys generated in the app (UUIDv7). */
export const newId = (): string => uuidv7();
