/** The time source; tests pass a fake one to move through idle and absolute timeouts. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
