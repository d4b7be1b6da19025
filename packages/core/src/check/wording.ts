/**
 * A count with its noun, singular for one: "1 sentence", "3 sentences", "1 action point".
 * `plural` defaults to the noun's last word with an "s" (English messages only).
 */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
