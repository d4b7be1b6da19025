/** Runs `task` over `items`, `concurrency` at a time; fails with the first error, after the rest end. */
export async function eachLimited<T>(
  items: T[],
  task: (item: T) => Promise<void>,
  concurrency = 8,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure.error;
}
