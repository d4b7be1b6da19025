/** Where practice entries live: under their story, so a story's log is one Query. */
export const skPrefix = "PRACTICE#";
export const storyPrefix = (storyId: string) => `${skPrefix}${storyId}#`;
export const sk = (storyId: string, id: string) => `${storyPrefix(storyId)}${id}`;
