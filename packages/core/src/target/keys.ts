/** Where targets live in their owner's partition. */
export const skPrefix = "TARGET#";
export const sk = (id: string) => `${skPrefix}${id}`;
