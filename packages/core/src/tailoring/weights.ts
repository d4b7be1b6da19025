/**
 * How much each kind of evidence counts. Text similarity is a cosine in [0, 1] scaled by
 * `scale`; a link or a label the user gave outweighs any text.
 */
export const weights = {
  link: 10,
  label: 8,
  scale: 10,
  /** Share of the text similarity that comes from concepts; the rest from shared words. */
  concepts: 0.7,
  words: 0.3,
  kind: 0.6,
  /**
   * A value's concept also reaches the other concepts of its families (`conceptFamilies`) at
   * this share of its strength: enough to choose between stories, too little to outweigh a
   * concept the story shares outright.
   */
  family: 0.15,
  /** A value's own keywords found word for word: this times the root of their field weights. */
  keyword: 1,
  /** How much a story's length dilutes its similarity: 1 is a plain cosine, 0 none. */
  lengthNorm: 0.6,
  /**
   * How much a story's fit to this value relative to the other values counts when ranking:
   * a story about many things ranks below one about this value (a z-score, in points).
   */
  fit: 2,
  /** Share of a question's similarity that comes from shared words: a question is short. */
  questionWords: 0.6,
  /**
   * A question's own match and its nearest values' matches, each as a share of the best story's,
   * are added with this weight on the values' side.
   */
  questionVia: 1.5,
  /**
   * The values' side counts fully when the question is at least this close to its nearest value
   * (`closeness`), and in proportion below it: a question no value speaks to is answered by its
   * own match alone.
   */
  questionViaCloseness: 0.5,
} as const;
