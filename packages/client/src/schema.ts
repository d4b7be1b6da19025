/**
 * The Storybank REST API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run generate -w @storybank/client`.
 */

export interface paths {
  "/v1/stories": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List stories, oldest first, with filters
     * @description List stories, oldest first, with filters
     */
    get: operations["listStories"];
    put?: never;
    /**
     * Create a story
     * @description Create a story
     */
    post: operations["createStory"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/stories/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a story
     * @description Read a story
     */
    get: operations["getStory"];
    put?: never;
    post?: never;
    /**
     * Delete a story
     * @description Delete a story
     */
    delete: operations["deleteStory"];
    options?: never;
    head?: never;
    /**
     * Change a story (with the version it read)
     * @description Change a story (with the version it read)
     */
    patch: operations["updateStory"];
    trace?: never;
  };
  "/v1/value-sets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the built-in value sets, then your own
     * @description List the built-in value sets, then your own
     */
    get: operations["listValueSets"];
    put?: never;
    /**
     * Create your own value set
     * @description Create your own value set
     */
    post: operations["createValueSet"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/value-sets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a value set
     * @description Read a value set
     */
    get: operations["getValueSet"];
    put?: never;
    post?: never;
    /**
     * Delete one of your value sets (not while a target names it)
     * @description A value set that targets name is not deleted: the answer is 409, naming each target in the message and in `errors[]`. Take the set out of those targets' `valueSetIds` (or delete the targets) first.
     */
    delete: operations["deleteValueSet"];
    options?: never;
    head?: never;
    /**
     * Change one of your value sets (with the version it read)
     * @description Change one of your value sets (with the version it read)
     */
    patch: operations["updateValueSet"];
    trace?: never;
  };
  "/v1/value-sets/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create your own value set from values pasted as text
     * @description Reads a company's values as copied from a careers page or a memo: headings over paragraphs, bullets or numbered items with bold names, "Name — description" or "Name: description" lines, or plain text (a name line, then its paragraph). Every line that is not part of a value comes back as a warning with its line. A dry run answers the plan (200) and writes nothing; otherwise the new set (201).
     */
    post: operations["importValueSet"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your API keys (never the keys themselves)
     * @description List your API keys (never the keys themselves)
     */
    get: operations["listApiKeys"];
    put?: never;
    /**
     * Create an API key (shown once)
     * @description A key can be given only scopes the calling credential has itself. With an `Idempotency-Key`, a retry makes no second key, and since the key is never kept it answers 409 naming the key made (revoke it and make another if its secret was lost).
     */
    post: operations["createApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key; it stops working at once
     * @description Revoke an API key; it stops working at once
     */
    delete: operations["revokeApiKey"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List targets, oldest first
     * @description List targets, oldest first
     */
    get: operations["listTargets"];
    put?: never;
    /**
     * Create a target
     * @description Create a target
     */
    post: operations["createTarget"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/targets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a target
     * @description Read a target
     */
    get: operations["getTarget"];
    put?: never;
    post?: never;
    /**
     * Delete a target
     * @description Delete a target
     */
    delete: operations["deleteTarget"];
    options?: never;
    head?: never;
    /**
     * Change a target (with the version it read)
     * @description Each named field is replaced whole; to log a telling, send the full `told` list.
     */
    patch: operations["updateTarget"];
    trace?: never;
  };
  "/v1/targets/{id}/tailoring": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tailor the bank to a target
     * @description Every story scored against every value of the target's value sets, with reasons; a covering set of stories; best and backup per value; the gaps; and a story for each question. Stories in the target's `told` log are left out unless `includeTold=true`.
     */
    get: operations["getTailoring"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/stories/{id}/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a story against the craft rules
     * @description Findings with a stable code, severity and field, a readiness figure (0–100) and the measures behind them. `wpm` sets the speaking pace (150 by default); `targetId` also checks for a connection to that target's company.
     */
    get: operations["checkStory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/check": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check the whole bank
     * @description Readiness per story and for the bank; with `targetId`, the target's values that no ready story covers.
     */
    get: operations["checkBank"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/stories/{id}/practice": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a story's practice log, oldest first
     * @description List a story's practice log, oldest first
     */
    get: operations["listPractice"];
    put?: never;
    /**
     * Record a timed telling of a story
     * @description Adds an entry to the story's practice log and counts it in the story's progress (`practiceCount`, `lastPracticedAt`; a `refined` telling also sets `timedSeconds`).
     */
    post: operations["recordPractice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/targets/{id}/cheat-sheet": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The one-page cheat sheet for a target (needs the export scope)
     * @description PDF, DOCX, or JSON (the view model and how it fits each format), by `format` or `Accept`. Always one page: the type shrinks to a 7 pt floor, then the lowest-priority parts are left off and listed in the fit report.
     */
    get: operations["getCheatSheet"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a Markdown story document or a JSON bank (all of it or none)
     * @description Markdown is read tolerantly into stories, with mis-decoded text repaired and a warning for each piece of text that has no place. A story matches an existing one by title (case, spacing and quote style aside): a match is updated, or left alone if nothing changed, so importing twice adds nothing.
     */
    post: operations["importDocument"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the whole bank as JSON, or the stories as Markdown (needs the export scope)
     * @description Export the whole bank as JSON, or the stories as Markdown (needs the export scope)
     */
    get: operations["exportBank"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/schema/bank.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The JSON Schema of the exported bank
     * @description The JSON Schema of the exported bank
     */
    get: operations["getBankSchema"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description One STAR story. */
    Story: {
      title: string;
      kind: components["schemas"]["StoryKind"];
      tags: string[];
      headline: string;
      context: components["schemas"]["StoryContext"];
      questions: string[];
      situation: string;
      task: string;
      actions: components["schemas"]["StorySection"][];
      results: components["schemas"]["StorySection"][];
      lessons: string;
      differently: string;
      takeaway: string;
      draft: string;
      refined: string;
      hooks: string[];
      followUps: components["schemas"]["FollowUp"][];
      delivery: components["schemas"]["Delivery"];
      coachingNotes: string[];
      analysis: components["schemas"]["AnalysisEntry"][];
      values: components["schemas"]["ValueLink"][];
      connections: components["schemas"]["Connection"][];
      /** @description Text that belongs to the story but has no field of its own ("Use carefully: …", "Talking time: …"), one part per paragraph. */
      notes: string;
      progress: components["schemas"]["Progress"];
      /** @example sty_01jd3k8w7q4t9m2x5c6v8b0n1r */
      id: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    StoryKind:
      | "achievement"
      | "architecture"
      | "leadership"
      | "influence"
      | "conflict"
      | "failure"
      | "risk"
      | "learning"
      | "team"
      | "other";
    StoryContext: {
      company?: string;
      role?: string;
      period?: string;
      teamSize?: number | null;
    };
    /** @description An optional heading and its bullet points. */
    StorySection: {
      heading?: string;
      points: string[];
    };
    FollowUp: {
      question: string;
      answer: string;
    };
    Delivery: {
      pacing: string;
      tone: string;
      keyWords: string[];
    };
    AnalysisEntry: {
      section: string;
      question: string;
      answer: string;
    };
    ValueLink: {
      valueSetId: string;
      valueKey: string;
    };
    Connection: {
      company: string;
      text: string;
    };
    Progress: {
      drafted: boolean;
      analyzed: boolean;
      refined: boolean;
      timedSeconds: number | null;
      practiceCount: number;
      /** Format: date-time */
      lastPracticedAt: string | null;
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors?: {
        path: string;
        message: string;
      }[];
      /** @description The request's id, as in the X-Request-Id header: quote it when reporting a problem. */
      requestId?: string;
    };
    /** @description A new story. Only the title is required. */
    StoryCreate: {
      title: string;
      kind?: components["schemas"]["StoryKind"];
      tags?: string[];
      headline?: string;
      context?: components["schemas"]["StoryContext"];
      questions?: string[];
      situation?: string;
      task?: string;
      actions?: components["schemas"]["StorySection"][];
      results?: components["schemas"]["StorySection"][];
      lessons?: string;
      differently?: string;
      takeaway?: string;
      draft?: string;
      refined?: string;
      hooks?: string[];
      followUps?: components["schemas"]["FollowUp"][];
      delivery?: {
        pacing?: string;
        tone?: string;
        keyWords?: string[];
      };
      coachingNotes?: string[];
      analysis?: components["schemas"]["AnalysisEntry"][];
      values?: components["schemas"]["ValueLink"][];
      connections?: components["schemas"]["Connection"][];
      /** @description Text that belongs to the story but has no field of its own ("Use carefully: …", "Talking time: …"), one part per paragraph. */
      notes?: string;
      progress?: {
        drafted?: boolean;
        analyzed?: boolean;
        refined?: boolean;
        timedSeconds?: number | null;
        practiceCount?: number;
        /** Format: date-time */
        lastPracticedAt?: string | null;
      };
    };
    StoryPage: {
      /** @description This page's items, in list order: at most `limit`, and together at most 1,000,000 bytes of JSON. */
      items: components["schemas"]["Story"][];
      /** @description Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated. */
      nextCursor: string | null;
    };
    /** @description Fields to change; each named top-level field is replaced, and context, delivery and progress merge key by key. Carries the version it read. */
    StoryPatch: {
      title?: string;
      kind?: components["schemas"]["StoryKind"];
      tags?: string[];
      headline?: string;
      context?: components["schemas"]["StoryContext"];
      questions?: string[];
      situation?: string;
      task?: string;
      actions?: components["schemas"]["StorySection"][];
      results?: components["schemas"]["StorySection"][];
      lessons?: string;
      differently?: string;
      takeaway?: string;
      draft?: string;
      refined?: string;
      hooks?: string[];
      followUps?: components["schemas"]["FollowUp"][];
      delivery?: {
        pacing?: string;
        tone?: string;
        keyWords?: string[];
      };
      coachingNotes?: string[];
      analysis?: components["schemas"]["AnalysisEntry"][];
      values?: components["schemas"]["ValueLink"][];
      connections?: components["schemas"]["Connection"][];
      /** @description Text that belongs to the story but has no field of its own ("Use carefully: …", "Talking time: …"), one part per paragraph. */
      notes?: string;
      progress?: {
        drafted?: boolean;
        analyzed?: boolean;
        refined?: boolean;
        timedSeconds?: number | null;
        practiceCount?: number;
        /** Format: date-time */
        lastPracticedAt?: string | null;
      };
      /** @description The version this change was based on. */
      version: number;
    };
    ValueSetPage: {
      /** @description This page's items, in list order: at most `limit`, and together at most 1,000,000 bytes of JSON. */
      items: components["schemas"]["ValueSet"][];
      /** @description Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated. */
      nextCursor: string | null;
    };
    /** @description A company's or framework's named values. */
    ValueSet: {
      company: string;
      name: string;
      /**
       * Format: date
       * @description The date the values were taken from their source.
       */
      asOf: string | null;
      /** Format: uri */
      source: string | null;
      values: components["schemas"]["Value"][];
      /** @example amazon-lp-2021 */
      id: string;
      /** @description Shipped with Storybank; read-only. */
      builtIn: boolean;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Value: {
      /** @description A slug unique within its value set, e.g. `customer-obsession`. */
      key: string;
      name: string;
      /** @description Other names the value goes by, which labels and links resolve through (e.g. "Disagree and commit" for Have Backbone). */
      aliases: string[];
      description: string;
      keywords: string[];
      questions: string[];
    };
    /** @description A value set of your own. `asOf` and `source` default to null. */
    ValueSetCreate: {
      company: string;
      name: string;
      /**
       * Format: date
       * @description The date the values were taken from their source.
       */
      asOf?: string | null;
      /** Format: uri */
      source?: string | null;
      values: {
        /** @description A slug unique within its value set, e.g. `customer-obsession`. */
        key: string;
        name: string;
        /** @description Other names the value goes by, which labels and links resolve through (e.g. "Disagree and commit" for Have Backbone). */
        aliases?: string[];
        description?: string;
        keywords?: string[];
        questions?: string[];
      }[];
    };
    /** @description A value set read from pasted text: what was (or would be) created, line by line. */
    ValueSetImport: {
      dryRun: boolean;
      /** @description The set as stored; null in a dry run. */
      valueSet: {
        company: string;
        name: string;
        /**
         * Format: date
         * @description The date the values were taken from their source.
         */
        asOf: string | null;
        /** Format: uri */
        source: string | null;
        values: components["schemas"]["Value"][];
        /** @example amazon-lp-2021 */
        id: string;
        /** @description Shipped with Storybank; read-only. */
        builtIn: boolean;
        version: number;
        /** Format: date-time */
        createdAt: string;
        /** Format: date-time */
        updatedAt: string;
      } | null;
      plan: components["schemas"]["ValueSetImportPlan"];
      lines: components["schemas"]["ValueSetImportLine"][];
      warnings: components["schemas"]["ValueSetImportWarning"][];
    };
    /** @description The value set the text reads as. */
    ValueSetImportPlan: {
      company: string;
      name: string;
      asOf: string | null;
      source: string | null;
      values: components["schemas"]["Value"][];
    };
    /** @description Where in the text a value was read from. */
    ValueSetImportLine: {
      key: string;
      name: string;
      /** @description The line of the value's name (1-based). */
      line: number;
      /** @description The last line of its description. */
      endLine: number;
    };
    /** @description Text the import did not read as a value. */
    ValueSetImportWarning: {
      /** @description Where the text starts (1-based). */
      line: number;
      endLine: number;
      message: string;
      excerpt: string;
    };
    /** @description Fields to replace, with the version it read. */
    ValueSetPatch: {
      company?: string;
      name?: string;
      /**
       * Format: date
       * @description The date the values were taken from their source.
       */
      asOf?: string | null;
      /** Format: uri */
      source?: string | null;
      values?: {
        /** @description A slug unique within its value set, e.g. `customer-obsession`. */
        key: string;
        name: string;
        /** @description Other names the value goes by, which labels and links resolve through (e.g. "Disagree and commit" for Have Backbone). */
        aliases?: string[];
        description?: string;
        keywords?: string[];
        questions?: string[];
      }[];
      version: number;
    };
    ApiKeyCreated: {
      id: string;
      name: string;
      scopes: components["schemas"]["Scope"][];
      hint: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The key itself. Shown only in this response. */
      key: string;
    };
    /** @enum {string} */
    Scope: "read" | "write" | "export";
    /** @description A new key: a name to tell it apart, and its scopes (all three by default). */
    ApiKeyCreate: {
      name: string;
      scopes?: components["schemas"]["Scope"][];
    };
    ApiKeyPage: {
      /** @description This page's items, in list order: at most `limit`, and together at most 1,000,000 bytes of JSON. */
      items: components["schemas"]["ApiKey"][];
      /** @description Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated. */
      nextCursor: string | null;
    };
    ApiKey: {
      id: string;
      name: string;
      scopes: components["schemas"]["Scope"][];
      hint: string;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description What a cheat sheet is tailored for: a company, a role and its value sets. */
    Target: {
      company: string;
      role: string;
      /** @description Built-in value set slugs (`amazon-lp-2021`) or your own `vst_…` ids. */
      valueSetIds: string[];
      /** Format: date */
      interviewDate: string | null;
      questions: string[];
      notes: string;
      told: components["schemas"]["ToldEntry"][];
      /** @example tgt_01jd3k8w7q4t9m2x5c6v8b0n1r */
      id: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description A story already told in this loop: which round, to whom, when. */
    ToldEntry: {
      storyId: string;
      round: string;
      interviewer: string;
      /** Format: date */
      date: string | null;
    };
    /** @description A new target. Only the company is required: role and notes default to "", the lists to [], interviewDate to null. */
    TargetCreate: {
      company: string;
      role?: string;
      /** @description Built-in value set slugs (`amazon-lp-2021`) or your own `vst_…` ids. */
      valueSetIds?: string[];
      /** Format: date */
      interviewDate?: string | null;
      questions?: string[];
      notes?: string;
      told?: {
        storyId: string;
        round?: string;
        interviewer?: string;
        /** Format: date */
        date?: string | null;
      }[];
    };
    TargetPage: {
      /** @description This page's items, in list order: at most `limit`, and together at most 1,000,000 bytes of JSON. */
      items: components["schemas"]["Target"][];
      /** @description Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated. */
      nextCursor: string | null;
    };
    /** @description Fields to replace, with the version it read. */
    TargetPatch: {
      company?: string;
      role?: string;
      /** @description Built-in value set slugs (`amazon-lp-2021`) or your own `vst_…` ids. */
      valueSetIds?: string[];
      /** Format: date */
      interviewDate?: string | null;
      questions?: string[];
      notes?: string;
      told?: {
        storyId: string;
        round?: string;
        interviewer?: string;
        /** Format: date */
        date?: string | null;
      }[];
      /** @description The version this change was based on. */
      version: number;
    };
    /** @description The target's values matched to stories: best and backup per value, the chosen set, the gaps and a story per question. */
    Tailoring: {
      targetId: string;
      values: {
        valueSetId: string;
        valueKey: string;
        valueName: string;
        best: components["schemas"]["StoryMatch"];
        backup: components["schemas"]["StoryMatch"];
      }[];
      /** @description The stories chosen to cover the values, in the order chosen. */
      selected: string[];
      /** @description Values no story matches well enough. */
      gaps: {
        valueSetId: string;
        valueKey: string;
        valueName: string;
      }[];
      questions: {
        question: string;
        storyId: string | null;
        /** @enum {string} */
        source: "target" | "value-set";
      }[];
    };
    StoryMatch: {
      storyId: string;
      /** @description Higher is better: an explicit link counts 10 and a label (a tag equal to the value's name or an alias) 8; what the story says against what the value describes adds about 2–12; a value is covered from 4. */
      score: number;
      /** @description Why the story matches, strongest first: the link or label, then each shared concept or word with the words on both sides and the story's field, e.g. `disagreement: value "share honest disagreement" ~ story "pushed back on my director" (actions)`. */
      reasons: string[];
      /** @description The match is below what counts as covering the value: the strongest story there is, shown so a sheet is never empty, but not a real fit. */
      weak: boolean;
    } | null;
    /** @description A story held against the craft rules. */
    StoryCheck: {
      storyId: string;
      findings: components["schemas"]["Finding"][];
      /** @description 0–100: the craft findings, then practice (five tellings for full marks). */
      readiness: number;
      figures: components["schemas"]["StoryFigures"];
      star: components["schemas"]["StarCoverage"];
    };
    Finding: {
      /** @description Stable, e.g. `results_no_numbers`. */
      code: string;
      severity: components["schemas"]["Severity"];
      /** @description The story field it is about, e.g. `actions.0.points.2`. */
      field: string;
      message: string;
    };
    /** @enum {string} */
    Severity: "error" | "warning" | "info";
    StoryFigures: {
      /** @description The speaking pace the timings assume. */
      wpm: number;
      situationSentences: number;
      taskSentences: number;
      /** @description Action groups when there are several headed sections, else bullet points. */
      actionPoints: number;
      resultPoints: number;
      /** @description Figures ($, %, counts, time) in the result; with no results section, in the result read from the telling. */
      resultNumbers: number;
      /** @description Words of situation, task, actions and results. */
      starWords: number;
      situationWords: number;
      /** @description Situation words as a share of the STAR words; for a story told only as a telling, the words before the speaker's first move as a share of the telling. */
      backgroundShare: number;
      /** @description The STAR telling at the pace, in seconds. */
      fullSeconds: number;
      draftWords: number;
      refinedWords: number;
      refinedSeconds: number;
      /** @description "I" and its contractions, plus action points that start with a past-tense verb. */
      iCount: number;
      weCount: number;
      placeholders: number;
      timedSeconds: number | null;
      practiceCount: number;
    };
    /** @description Where the story tells each STAR part and its lesson. */
    StarCoverage: {
      shape: components["schemas"]["StoryShape"];
      /** @description The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it. */
      situation: string | null;
      /** @description The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it. */
      task: string | null;
      /** @description The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it. */
      actions: string | null;
      /** @description The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it. */
      results: string | null;
      /** @description The field the part was found in: the story's own section, or the telling, draft or analysis answer it was read from (`refined`, `analysis.9.answer`); null when nothing tells it. */
      lessons: string | null;
    };
    /**
     * @description How the story is written: STAR sections; else a refined telling; else only a draft; else only analysis answers; else nothing yet.
     * @enum {string}
     */
    StoryShape: "star" | "refined" | "draft" | "analysis" | "empty";
    /** @description Readiness per story, and the target's uncovered values. */
    BankCheck: {
      targetId: string | null;
      wpm: number;
      /** @description The stories' mean; null with none. */
      readiness: number | null;
      /** @description A story is ready at this readiness or above, with no error findings. */
      readyFrom: number;
      stories: {
        storyId: string;
        title: string;
        readiness: number;
        ready: boolean;
        errors: number;
        warnings: number;
        infos: number;
        /** @description The codes found, each once. */
        codes: string[];
      }[];
      /** @description With a target: its values no ready story covers. */
      valuesWithoutReadyStory: {
        valueSetId: string;
        valueKey: string;
        valueName: string;
        /** @description Stories that match the value but are not ready yet. */
        storyIds: string[];
      }[];
    };
    /** @description One timed telling of a story. */
    PracticeEntry: {
      /** @example prc_01jd3k8w7q4t9m2x5c6v8b0n1r */
      id: string;
      storyId: string;
      seconds: number;
      variant: components["schemas"]["PracticeVariant"];
      note: string;
      /** Format: date-time */
      at: string;
    };
    /**
     * @description `refined`: the 45–60 s spoken version; `full`: the 3–5 minute telling.
     * @enum {string}
     */
    PracticeVariant: "refined" | "full";
    /** @description A timed telling to record. `variant` defaults to `refined`, `note` to "". */
    PracticeRecord: {
      /** @description How long the telling took, in whole seconds. */
      seconds: number;
      variant?: components["schemas"]["PracticeVariant"];
      note?: string;
    };
    PracticePage: {
      /** @description This page's items, in list order: at most `limit`, and together at most 1,000,000 bytes of JSON. */
      items: components["schemas"]["PracticeEntry"][];
      /** @description Pass as `cursor` for the next page; null on the last page. A page cut short by its byte budget has one too, so every item is read once, none skipped or repeated. */
      nextCursor: string | null;
    };
    CheatSheetView: {
      sheet: components["schemas"]["CheatSheet"];
      fit: {
        pdf: components["schemas"]["CheatSheetFit"];
        docx: components["schemas"]["CheatSheetFit"];
      };
    };
    /** @description The one-page sheet for a target, before fitting. */
    CheatSheet: {
      targetId: string;
      header: {
        company: string;
        role: string;
        interviewDate: string | null;
        valueSets: {
          id: string;
          name: string;
        }[];
      };
      reminders: string[];
      matrix: components["schemas"]["CheatSheetMatrixRow"][];
      cards: components["schemas"]["CheatSheetCard"][];
      /** @description The target's questions, then value sets' sample questions. */
      questions: components["schemas"]["CheatSheetQuestion"][];
      /** @description Value sets' sample questions past the sheet's share; the tailoring has them. */
      sampleQuestionsLeftOut: number;
      /** @description Card lines condensed from longer story text. */
      shortened: {
        storyId: string;
        /** @enum {string} */
        field:
          | "headline"
          | "hook"
          | "situation"
          | "task"
          | "action"
          | "result"
          | "keyNumbers"
          | "lesson"
          | "connection";
      }[];
    };
    CheatSheetMatrixRow: {
      valueSetId: string;
      valueKey: string;
      valueName: string;
      best: components["schemas"]["CheatSheetMatchRef"];
      backup: components["schemas"]["CheatSheetMatchRef"];
    };
    CheatSheetMatchRef: {
      storyId: string;
      /** @description The story's card number on the sheet; null when it has no card. */
      number: number | null;
      title: string;
      /** @description The tailoring's closest story for a value no story covers well: shown so the row is not empty, marked so it is not taken for a fit. */
      weak: boolean;
    } | null;
    /** @description One chosen story, condensed to a few lines. */
    CheatSheetCard: {
      storyId: string;
      number: number;
      title: string;
      headline: string;
      hook: string;
      situation: string;
      task: string;
      action: string;
      result: string;
      keyNumbers: string[];
      lesson: string;
      connection: {
        company: string;
        text: string;
      } | null;
      /** @description Rounds of this loop the story was told in. */
      told: string[];
      /** @description Lines read from the story's refined telling, draft or analysis answers because its own field (situation, task, actions, results, lessons) is empty. */
      inferred: (
        | "headline"
        | "hook"
        | "situation"
        | "task"
        | "action"
        | "result"
        | "keyNumbers"
        | "lesson"
        | "connection"
      )[];
    };
    CheatSheetQuestion: {
      question: string;
      story: components["schemas"]["CheatSheetStoryRef"];
      /** @enum {string} */
      source: "target" | "value-set";
    };
    CheatSheetStoryRef: {
      storyId: string;
      /** @description The story's card number on the sheet; null when it has no card. */
      number: number | null;
      title: string;
    } | null;
    /** @description How the sheet was fitted onto one page. */
    CheatSheetFit: {
      /** @enum {string} */
      format: "pdf" | "docx";
      paper: components["schemas"]["Paper"];
      /** @description Body text size in points. */
      fontSize: number;
      /** @description The smallest body size the fit may use. */
      floor: number;
      /** @enum {number} */
      pages: 1;
      dropped: components["schemas"]["CheatSheetDropped"][];
      /** @description Text left off the page because no font the sheet ships draws it. */
      unprinted: components["schemas"]["CheatSheetUnprinted"][];
    };
    /** @enum {string} */
    Paper: "letter" | "a4";
    CheatSheetDropped: {
      kind: components["schemas"]["CheatSheetDropKind"];
      storyId?: string;
      valueSetId?: string;
      valueKey?: string;
      /** @description The text that is not on the page. */
      text: string;
    };
    /** @enum {string} */
    CheatSheetDropKind:
      | "backup"
      | "extra-key-number"
      | "question"
      | "situation"
      | "task"
      | "lesson"
      | "connection"
      | "key-number"
      | "action"
      | "result"
      | "hook"
      | "headline"
      | "matrix-title"
      | "matrix-row"
      | "value-sets"
      | "card";
    CheatSheetUnprinted: {
      storyId?: string;
      /** @description The card line or part of the sheet: title, situation, … */
      field: string;
      /** @description Characters no shipped font draws. */
      characters: string[];
    };
    /** @description What the import did (or, in a dry run, would do) to each story, value set and target. */
    ImportResult: {
      /** @enum {string} */
      format: "markdown" | "json";
      dryRun: boolean;
      stories: {
        action: components["schemas"]["ImportAction"];
        /** @description null for a story a dry run would create. */
        id: string | null;
        line: number | null;
        story: {
          title: string;
          kind: components["schemas"]["StoryKind"];
          tags: string[];
          headline: string;
          context: components["schemas"]["StoryContext"];
          questions: string[];
          situation: string;
          task: string;
          actions: components["schemas"]["StorySection"][];
          results: components["schemas"]["StorySection"][];
          lessons: string;
          differently: string;
          takeaway: string;
          draft: string;
          refined: string;
          hooks: string[];
          followUps: components["schemas"]["FollowUp"][];
          delivery: components["schemas"]["Delivery"];
          coachingNotes: string[];
          analysis: components["schemas"]["AnalysisEntry"][];
          values: components["schemas"]["ValueLink"][];
          connections: components["schemas"]["Connection"][];
          /** @description Text that belongs to the story but has no field of its own ("Use carefully: …", "Talking time: …"), one part per paragraph. */
          notes: string;
          progress: components["schemas"]["Progress"];
        };
        /** @description Markdown imports: which source lines went to which field of this story, in line order. Lines in no span are blank, markup, or in a warning. */
        lines?: components["schemas"]["ImportLineSpan"][];
      }[];
      valueSets: {
        action: components["schemas"]["ImportAction"];
        id: string | null;
        company: string;
        name: string;
      }[];
      targets: {
        action: components["schemas"]["ImportAction"];
        id: string | null;
        company: string;
        role: string;
      }[];
      practice: {
        created: number;
        unchanged: number;
      };
      warnings: components["schemas"]["ImportWarning"][];
    };
    /** @enum {string} */
    ImportAction: "create" | "update" | "unchanged";
    /** @description A run of source lines and the field they went to. */
    ImportLineSpan: {
      /** @description First source line (1-based). */
      from: number;
      /** @description Last source line, inclusive. */
      to: number;
      /**
       * @description The story field the lines went to ("title", "situation", "actions", "notes", …).
       * @example situation
       */
      field: string;
    };
    /** @description Text the import could not place. */
    ImportWarning: {
      /** @description Where the text starts (1-based); 0 for JSON. */
      line: number;
      endLine: number;
      message: string;
      excerpt: string;
      /** @description Markdown imports: the whole source text of the lines, so no line is lost. */
      text?: string;
    };
    /** @description A whole story bank: stories, own value sets, targets and the practice log. */
    Bank: {
      /** @description The URL of this document's JSON Schema. */
      $schema: string;
      /**
       * @description The bank format's semantic version.
       * @example 1.0.0
       */
      version: string;
      /** Format: date-time */
      exportedAt: string;
      stories: components["schemas"]["Story"][];
      /** @description The owner's own value sets. */
      valueSets: components["schemas"]["ValueSet"][];
      targets: components["schemas"]["Target"][];
      /** @description The practice log, per story. */
      practice: components["schemas"]["PracticeEntry"][];
    };
  };
  responses: {
    /** @description Invalid input: `errors[]` names each field */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:invalid_input",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "The request did not pass validation.",
         *       "errors": [
         *         {
         *           "path": "title",
         *           "message": "Too small: expected string to have >=1 characters"
         *         },
         *         {
         *           "path": "mood",
         *           "message": "Unknown field \"mood\""
         *         }
         *       ]
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description Missing or invalid credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:unauthorized",
         *       "title": "Unauthorized",
         *       "status": 401,
         *       "detail": "Missing bearer token."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description The credential lacks a scope this operation needs */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:missing_scope",
         *       "title": "Forbidden",
         *       "status": 403,
         *       "detail": "This credential lacks the \"write\" scope."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description A conflict: a stale `version`, or a request with the same `Idempotency-Key` still running */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:version_conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description `If-Match` does not name the current version: read it again */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:precondition_failed",
         *       "title": "Precondition Failed",
         *       "status": 412,
         *       "detail": "Story is at version 3, not the \"2\" If-Match names: read it again."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description The body or the work asked for is too large */
    ContentTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:too_large",
         *       "title": "Content Too Large",
         *       "status": 413,
         *       "detail": "The body is over 1048576 bytes."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description The body is not of a media type accepted */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:http_415",
         *       "title": "Unsupported Media Type",
         *       "status": 415,
         *       "detail": "Send the body as application/json."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description Over a request budget: retry after `Retry-After` seconds */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        "RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:rate_limited",
         *       "title": "Too Many Requests",
         *       "status": 429,
         *       "detail": "Too many requests: at most 600 per minute. Retry in 17 s."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description A failure on the server; no details are shown */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "urn:storybank:problem:internal",
         *       "title": "Internal Server Error",
         *       "status": 500,
         *       "detail": "Something went wrong on our side."
         *     }
         */
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
  };
  parameters: {
    /**
     * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
     * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
     */
    IdempotencyKey: string;
    /**
     * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
     * @example "3"
     */
    IfMatch: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Requests allowed in the current window of the tightest budget (per minute).
     * @example 600
     */
    RateLimitLimit: number;
    /**
     * @description Requests left in the current window of that budget.
     * @example 587
     */
    RateLimitRemaining: number;
    /**
     * @description Seconds until that window starts over.
     * @example 42
     */
    RateLimitReset: number;
    /**
     * @description Seconds to wait before trying again.
     * @example 17
     */
    RetryAfter: number;
    /**
     * @description The URL of the resource made.
     * @example /v1/stories/sty_01jd3k8w7q4t9m2x5c6v8b0n01
     */
    Location: string;
    /**
     * @description The resource's version as a strong entity tag (`"3"`): send it back in `If-Match` to change or delete exactly that version.
     * @example "3"
     */
    ETag: string;
    /**
     * @description `true` when this is the kept answer to an earlier request with the same `Idempotency-Key`.
     * @example true
     */
    IdempotentReplayed: "true";
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listStories: {
    parameters: {
      query?: {
        /** @description The most items a page holds. A page also ends before its items would pass 1,000,000 bytes of JSON, so it may hold fewer and still have a `nextCursor`. */
        limit?: number;
        /** @description The previous page's `nextCursor`: where this page starts. */
        cursor?: string;
        tag?: string;
        kind?: components["schemas"]["StoryKind"];
        /** @description A linked value: `valueKey` or `valueSetId:valueKey`. */
        value?: string;
        /** @description Free text, matched case-insensitively. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of stories */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "title": "Streaming shipment tracking",
           *           "kind": "achievement",
           *           "tags": [
           *             "Performance",
           *             "Data platform"
           *           ],
           *           "headline": "P95 freshness 38 min → 70 s",
           *           "context": {
           *             "company": "Kestrel Freight",
           *             "role": "Staff engineer",
           *             "period": "2021",
           *             "teamSize": 6
           *           },
           *           "questions": [
           *             "Tell me about your most significant technical achievement"
           *           ],
           *           "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *           "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *           "actions": [
           *             {
           *               "heading": "Measure first",
           *               "points": [
           *                 "Stamped each event at every hop and plotted a latency waterfall",
           *                 "Found 31 of the 38 minutes in a nightly batch scheduler"
           *               ]
           *             },
           *             {
           *               "heading": "Stream the hot path",
           *               "points": [
           *                 "Moved carrier pings onto a Kafka stream with idempotent writes",
           *                 "Kept the batch job as a reconciler for late events"
           *               ]
           *             }
           *           ],
           *           "results": [
           *             {
           *               "heading": "Impact",
           *               "points": [
           *                 "P95 freshness from 38 min to 70 s",
           *                 "Tickets down 66%",
           *                 "Cloud spend down 12%"
           *               ]
           *             }
           *           ],
           *           "lessons": "Measure every hop before choosing a design.",
           *           "differently": "Pull the ETA team in during week one.",
           *           "takeaway": "The delay was scheduling, not compute.",
           *           "draft": "",
           *           "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
           *           "hooks": [
           *             "Thirty-eight minutes of lag, and 31 of them were a cron job."
           *           ],
           *           "followUps": [
           *             {
           *               "question": "If asked about outcome",
           *               "answer": "Tickets fell 66% and spend 12% in a quarter."
           *             }
           *           ],
           *           "delivery": {
           *             "pacing": "Slow down on the numbers",
           *             "tone": "Calm",
           *             "keyWords": [
           *               "p95",
           *               "70 seconds"
           *             ]
           *           },
           *           "coachingNotes": [],
           *           "analysis": [],
           *           "values": [
           *             {
           *               "valueSetId": "staff-plus",
           *               "valueKey": "metrics"
           *             }
           *           ],
           *           "connections": [
           *             {
           *               "company": "Stripe",
           *               "text": "Streaming ledgers need the same freshness discipline."
           *             }
           *           ],
           *           "notes": "",
           *           "progress": {
           *             "drafted": true,
           *             "analyzed": true,
           *             "refined": true,
           *             "timedSeconds": null,
           *             "practiceCount": 0,
           *             "lastPracticedAt": null
           *           },
           *           "version": 1,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": components["schemas"]["StoryPage"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  createStory: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "title": "Streaming shipment tracking",
         *       "kind": "achievement",
         *       "tags": [
         *         "Performance",
         *         "Data platform"
         *       ],
         *       "headline": "P95 freshness 38 min → 70 s",
         *       "context": {
         *         "company": "Kestrel Freight",
         *         "role": "Staff engineer",
         *         "period": "2021",
         *         "teamSize": 6
         *       },
         *       "questions": [
         *         "Tell me about your most significant technical achievement"
         *       ],
         *       "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
         *       "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
         *       "actions": [
         *         {
         *           "heading": "Measure first",
         *           "points": [
         *             "Stamped each event at every hop and plotted a latency waterfall",
         *             "Found 31 of the 38 minutes in a nightly batch scheduler"
         *           ]
         *         },
         *         {
         *           "heading": "Stream the hot path",
         *           "points": [
         *             "Moved carrier pings onto a Kafka stream with idempotent writes",
         *             "Kept the batch job as a reconciler for late events"
         *           ]
         *         }
         *       ],
         *       "results": [
         *         {
         *           "heading": "Impact",
         *           "points": [
         *             "P95 freshness from 38 min to 70 s",
         *             "Tickets down 66%",
         *             "Cloud spend down 12%"
         *           ]
         *         }
         *       ],
         *       "lessons": "Measure every hop before choosing a design.",
         *       "differently": "Pull the ETA team in during week one.",
         *       "takeaway": "The delay was scheduling, not compute.",
         *       "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
         *       "hooks": [
         *         "Thirty-eight minutes of lag, and 31 of them were a cron job."
         *       ],
         *       "followUps": [
         *         {
         *           "question": "If asked about outcome",
         *           "answer": "Tickets fell 66% and spend 12% in a quarter."
         *         }
         *       ],
         *       "delivery": {
         *         "pacing": "Slow down on the numbers",
         *         "tone": "Calm",
         *         "keyWords": [
         *           "p95",
         *           "70 seconds"
         *         ]
         *       },
         *       "values": [
         *         {
         *           "valueSetId": "staff-plus",
         *           "valueKey": "metrics"
         *         }
         *       ],
         *       "connections": [
         *         {
         *           "company": "Stripe",
         *           "text": "Streaming ledgers need the same freshness discipline."
         *         }
         *       ],
         *       "progress": {
         *         "drafted": true,
         *         "analyzed": true,
         *         "refined": true
         *       }
         *     }
         */
        "application/json": components["schemas"]["StoryCreate"];
      };
    };
    responses: {
      /** @description The new story */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          Location: components["headers"]["Location"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "title": "Streaming shipment tracking",
           *       "kind": "achievement",
           *       "tags": [
           *         "Performance",
           *         "Data platform"
           *       ],
           *       "headline": "P95 freshness 38 min → 70 s",
           *       "context": {
           *         "company": "Kestrel Freight",
           *         "role": "Staff engineer",
           *         "period": "2021",
           *         "teamSize": 6
           *       },
           *       "questions": [
           *         "Tell me about your most significant technical achievement"
           *       ],
           *       "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *       "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *       "actions": [
           *         {
           *           "heading": "Measure first",
           *           "points": [
           *             "Stamped each event at every hop and plotted a latency waterfall",
           *             "Found 31 of the 38 minutes in a nightly batch scheduler"
           *           ]
           *         },
           *         {
           *           "heading": "Stream the hot path",
           *           "points": [
           *             "Moved carrier pings onto a Kafka stream with idempotent writes",
           *             "Kept the batch job as a reconciler for late events"
           *           ]
           *         }
           *       ],
           *       "results": [
           *         {
           *           "heading": "Impact",
           *           "points": [
           *             "P95 freshness from 38 min to 70 s",
           *             "Tickets down 66%",
           *             "Cloud spend down 12%"
           *           ]
           *         }
           *       ],
           *       "lessons": "Measure every hop before choosing a design.",
           *       "differently": "Pull the ETA team in during week one.",
           *       "takeaway": "The delay was scheduling, not compute.",
           *       "draft": "",
           *       "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
           *       "hooks": [
           *         "Thirty-eight minutes of lag, and 31 of them were a cron job."
           *       ],
           *       "followUps": [
           *         {
           *           "question": "If asked about outcome",
           *           "answer": "Tickets fell 66% and spend 12% in a quarter."
           *         }
           *       ],
           *       "delivery": {
           *         "pacing": "Slow down on the numbers",
           *         "tone": "Calm",
           *         "keyWords": [
           *           "p95",
           *           "70 seconds"
           *         ]
           *       },
           *       "coachingNotes": [],
           *       "analysis": [],
           *       "values": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "metrics"
           *         }
           *       ],
           *       "connections": [
           *         {
           *           "company": "Stripe",
           *           "text": "Streaming ledgers need the same freshness discipline."
           *         }
           *       ],
           *       "notes": "",
           *       "progress": {
           *         "drafted": true,
           *         "analyzed": true,
           *         "refined": true,
           *         "timedSeconds": null,
           *         "practiceCount": 0,
           *         "lastPracticedAt": null
           *       },
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Story"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getStory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The story */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "title": "Streaming shipment tracking",
           *       "kind": "achievement",
           *       "tags": [
           *         "Performance",
           *         "Data platform"
           *       ],
           *       "headline": "P95 freshness 38 min → 70 s",
           *       "context": {
           *         "company": "Kestrel Freight",
           *         "role": "Staff engineer",
           *         "period": "2021",
           *         "teamSize": 6
           *       },
           *       "questions": [
           *         "Tell me about your most significant technical achievement"
           *       ],
           *       "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *       "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *       "actions": [
           *         {
           *           "heading": "Measure first",
           *           "points": [
           *             "Stamped each event at every hop and plotted a latency waterfall",
           *             "Found 31 of the 38 minutes in a nightly batch scheduler"
           *           ]
           *         },
           *         {
           *           "heading": "Stream the hot path",
           *           "points": [
           *             "Moved carrier pings onto a Kafka stream with idempotent writes",
           *             "Kept the batch job as a reconciler for late events"
           *           ]
           *         }
           *       ],
           *       "results": [
           *         {
           *           "heading": "Impact",
           *           "points": [
           *             "P95 freshness from 38 min to 70 s",
           *             "Tickets down 66%",
           *             "Cloud spend down 12%"
           *           ]
           *         }
           *       ],
           *       "lessons": "Measure every hop before choosing a design.",
           *       "differently": "Pull the ETA team in during week one.",
           *       "takeaway": "The delay was scheduling, not compute.",
           *       "draft": "",
           *       "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
           *       "hooks": [
           *         "Thirty-eight minutes of lag, and 31 of them were a cron job."
           *       ],
           *       "followUps": [
           *         {
           *           "question": "If asked about outcome",
           *           "answer": "Tickets fell 66% and spend 12% in a quarter."
           *         }
           *       ],
           *       "delivery": {
           *         "pacing": "Slow down on the numbers",
           *         "tone": "Calm",
           *         "keyWords": [
           *           "p95",
           *           "70 seconds"
           *         ]
           *       },
           *       "coachingNotes": [],
           *       "analysis": [],
           *       "values": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "metrics"
           *         }
           *       ],
           *       "connections": [
           *         {
           *           "company": "Stripe",
           *           "text": "Streaming ledgers need the same freshness discipline."
           *         }
           *       ],
           *       "notes": "",
           *       "progress": {
           *         "drafted": true,
           *         "analyzed": true,
           *         "refined": true,
           *         "timedSeconds": null,
           *         "practiceCount": 0,
           *         "lastPracticedAt": null
           *       },
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Story"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  deleteStory: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  updateStory: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "version": 1,
         *       "lessons": "Measure every hop before choosing a design; the slow part is rarely where you guess."
         *     }
         */
        "application/json": components["schemas"]["StoryPatch"];
      };
    };
    responses: {
      /** @description The story as changed */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "title": "Streaming shipment tracking",
           *       "kind": "achievement",
           *       "tags": [
           *         "Performance",
           *         "Data platform"
           *       ],
           *       "headline": "P95 freshness 38 min → 70 s",
           *       "context": {
           *         "company": "Kestrel Freight",
           *         "role": "Staff engineer",
           *         "period": "2021",
           *         "teamSize": 6
           *       },
           *       "questions": [
           *         "Tell me about your most significant technical achievement"
           *       ],
           *       "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *       "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *       "actions": [
           *         {
           *           "heading": "Measure first",
           *           "points": [
           *             "Stamped each event at every hop and plotted a latency waterfall",
           *             "Found 31 of the 38 minutes in a nightly batch scheduler"
           *           ]
           *         },
           *         {
           *           "heading": "Stream the hot path",
           *           "points": [
           *             "Moved carrier pings onto a Kafka stream with idempotent writes",
           *             "Kept the batch job as a reconciler for late events"
           *           ]
           *         }
           *       ],
           *       "results": [
           *         {
           *           "heading": "Impact",
           *           "points": [
           *             "P95 freshness from 38 min to 70 s",
           *             "Tickets down 66%",
           *             "Cloud spend down 12%"
           *           ]
           *         }
           *       ],
           *       "lessons": "Measure every hop before choosing a design; the slow part is rarely where you guess.",
           *       "differently": "Pull the ETA team in during week one.",
           *       "takeaway": "The delay was scheduling, not compute.",
           *       "draft": "",
           *       "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
           *       "hooks": [
           *         "Thirty-eight minutes of lag, and 31 of them were a cron job."
           *       ],
           *       "followUps": [
           *         {
           *           "question": "If asked about outcome",
           *           "answer": "Tickets fell 66% and spend 12% in a quarter."
           *         }
           *       ],
           *       "delivery": {
           *         "pacing": "Slow down on the numbers",
           *         "tone": "Calm",
           *         "keyWords": [
           *           "p95",
           *           "70 seconds"
           *         ]
           *       },
           *       "coachingNotes": [],
           *       "analysis": [],
           *       "values": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "metrics"
           *         }
           *       ],
           *       "connections": [
           *         {
           *           "company": "Stripe",
           *           "text": "Streaming ledgers need the same freshness discipline."
           *         }
           *       ],
           *       "notes": "",
           *       "progress": {
           *         "drafted": true,
           *         "analyzed": true,
           *         "refined": true,
           *         "timedSeconds": null,
           *         "practiceCount": 0,
           *         "lastPracticedAt": null
           *       },
           *       "version": 2,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Story"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  listValueSets: {
    parameters: {
      query?: {
        /** @description The most items a page holds. A page also ends before its items would pass 1,000,000 bytes of JSON, so it may hold fewer and still have a `nextCursor`. */
        limit?: number;
        /** @description The previous page's `nextCursor`: where this page starts. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of value sets */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "amazon-lp-2021",
           *           "company": "Amazon",
           *           "name": "Amazon Leadership Principles",
           *           "asOf": "2021-07-01",
           *           "source": "https://www.amazon.jobs/content/en/our-workplace/leadership-principles",
           *           "builtIn": true,
           *           "version": 1,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z",
           *           "values": [
           *             {
           *               "key": "customer-obsession",
           *               "name": "Customer Obsession",
           *               "aliases": [
           *                 "Customer Obsessed",
           *                 "Customer First",
           *                 "Customer focus",
           *                 "Customer-centric"
           *               ],
           *               "description": "Begin with what the customer needs and work backwards from it; earn and keep their trust, and care more about customers than about competitors.",
           *               "keywords": [
           *                 "customer",
           *                 "customers",
           *                 "customer obsession",
           *                 "worked backwards",
           *                 "working backwards",
           *                 "customer trust",
           *                 "customer feedback",
           *                 "customer complaints",
           *                 "customer experience",
           *                 "pain point",
           *                 "on behalf of the customer",
           *                 "user impact",
           *                 "churn",
           *                 "nps",
           *                 "what customers needed",
           *                 "talked to customers",
           *                 "escalation"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you went above and beyond for a customer.",
           *                 "Tell me about a time you used customer feedback to change a product or plan.",
           *                 "Tell me about a time you had to balance a customer's request against what was best for them long term."
           *               ]
           *             },
           *             {
           *               "key": "ownership",
           *               "name": "Ownership",
           *               "aliases": [
           *                 "Owner",
           *                 "Think like an owner",
           *                 "Act like an owner",
           *                 "Accountability"
           *               ],
           *               "description": "Act like an owner: think long term, don't trade lasting value for quick wins, act for the whole company rather than only your team, and never treat a problem as someone else's job.",
           *               "keywords": [
           *                 "took ownership",
           *                 "owned",
           *                 "ownership",
           *                 "owner",
           *                 "accountable",
           *                 "accountability",
           *                 "long-term",
           *                 "long term",
           *                 "on behalf of the company",
           *                 "not my job",
           *                 "beyond my team",
           *                 "outside my role",
           *                 "stepped up",
           *                 "nobody owned",
           *                 "took responsibility",
           *                 "followed through",
           *                 "end to end",
           *                 "volunteered",
           *                 "picked it up"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you took on something outside your area of responsibility.",
           *                 "Tell me about a time you sacrificed a short-term win for long-term value.",
           *                 "Tell me about a time you saw a problem nobody owned and fixed it."
           *               ]
           *             },
           *             {
           *               "key": "invent-and-simplify",
           *               "name": "Invent and Simplify",
           *               "aliases": [
           *                 "Invent & Simplify",
           *                 "Innovation",
           *                 "Simplify",
           *                 "Invention"
           *               ],
           *               "description": "Expect new ideas from your team and keep looking for simpler ways; take ideas from anywhere, and accept being misunderstood for a while when doing something new.",
           *               "keywords": [
           *                 "invented",
           *                 "invention",
           *                 "new approach",
           *                 "simplified",
           *                 "simplify",
           *                 "simpler",
           *                 "automated",
           *                 "automation",
           *                 "eliminated steps",
           *                 "removed complexity",
           *                 "reusable",
           *                 "prototype",
           *                 "creative",
           *                 "novel",
           *                 "not invented here",
           *                 "reimagined",
           *                 "streamlined",
           *                 "first of its kind"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you invented something or found a new way to solve a problem.",
           *                 "Tell me about a time you made a complex process simpler.",
           *                 "Tell me about a time you borrowed an idea from outside your team or industry."
           *               ]
           *             },
           *             {
           *               "key": "are-right-a-lot",
           *               "name": "Are Right, A Lot",
           *               "aliases": [
           *                 "Are Right A Lot",
           *                 "Right a lot",
           *                 "Judgment",
           *                 "Good judgment"
           *               ],
           *               "description": "Make good calls through sound judgment and instinct; look for differing views and actively try to prove your own beliefs wrong.",
           *               "keywords": [
           *                 "judgment",
           *                 "judgement",
           *                 "decision",
           *                 "decided",
           *                 "right call",
           *                 "instinct",
           *                 "diverse perspectives",
           *                 "disconfirm",
           *                 "proven wrong",
           *                 "prove me wrong",
           *                 "weighed the options",
           *                 "trade-off",
           *                 "tradeoff",
           *                 "data showed",
           *                 "hypothesis",
           *                 "ambiguity",
           *                 "limited information",
           *                 "second opinion"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you made a decision with incomplete data.",
           *                 "Tell me about a time you were wrong and how you found out.",
           *                 "Tell me about a time you sought out a view that differed from yours before deciding."
           *               ]
           *             },
           *             {
           *               "key": "learn-and-be-curious",
           *               "name": "Learn and Be Curious",
           *               "aliases": [
           *                 "Learn & Be Curious",
           *                 "Curiosity",
           *                 "Learning",
           *                 "Be curious"
           *               ],
           *               "description": "Keep learning and improving yourself; be curious about new possibilities and go explore them.",
           *               "keywords": [
           *                 "learned",
           *                 "learning",
           *                 "curious",
           *                 "curiosity",
           *                 "taught myself",
           *                 "self-taught",
           *                 "didn't know",
           *                 "new domain",
           *                 "studied",
           *                 "textbook",
           *                 "course",
           *                 "read up on",
           *                 "explored",
           *                 "picked up",
           *                 "ramped up",
           *                 "new technology",
           *                 "asked questions",
           *                 "deep curiosity"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you learned something new quickly to get a job done.",
           *                 "Tell me about a time your curiosity led to an improvement.",
           *                 "Tell me about the most recent thing you taught yourself and why."
           *               ]
           *             },
           *             {
           *               "key": "hire-and-develop-the-best",
           *               "name": "Hire and Develop the Best",
           *               "aliases": [
           *                 "Hire & Develop the Best",
           *                 "Hire and develop",
           *                 "Develop the best",
           *                 "Mentoring"
           *               ],
           *               "description": "Raise the bar with each hire and promotion, spot exceptional people and help them move where they grow, and take coaching and developing leaders seriously.",
           *               "keywords": [
           *                 "hired",
           *                 "hiring",
           *                 "interviewed",
           *                 "raised the bar",
           *                 "bar raiser",
           *                 "mentored",
           *                 "mentoring",
           *                 "coached",
           *                 "coaching",
           *                 "developed",
           *                 "promoted",
           *                 "promotion",
           *                 "grew the team",
           *                 "career growth",
           *                 "onboarded",
           *                 "onboarding",
           *                 "feedback to my report",
           *                 "talent",
           *                 "sponsored"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you helped someone on your team grow their career.",
           *                 "Tell me about a hiring decision you made and how you judged the candidate.",
           *                 "Tell me about a time you coached an underperformer."
           *               ]
           *             },
           *             {
           *               "key": "insist-on-the-highest-standards",
           *               "name": "Insist on the Highest Standards",
           *               "aliases": [
           *                 "Highest Standards",
           *                 "High standards",
           *                 "Raise the bar"
           *               ],
           *               "description": "Hold standards others may find unreasonably high, keep raising the bar, and make sure defects are not passed along and problems are fixed for good.",
           *               "keywords": [
           *                 "high standards",
           *                 "raised the bar",
           *                 "quality",
           *                 "root cause",
           *                 "fixed for good",
           *                 "stay fixed",
           *                 "defects",
           *                 "bugs",
           *                 "regression",
           *                 "code review",
           *                 "test coverage",
           *                 "checklist",
           *                 "postmortem",
           *                 "would not ship",
           *                 "not good enough",
           *                 "polish",
           *                 "zero defects",
           *                 "rework",
           *                 "standard"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you refused to compromise on quality.",
           *                 "Tell me about a time you raised the bar for your team.",
           *                 "Tell me about a time you found the root cause of a recurring problem and fixed it for good."
           *               ]
           *             },
           *             {
           *               "key": "think-big",
           *               "name": "Think Big",
           *               "aliases": [
           *                 "Big thinking",
           *                 "Vision"
           *               ],
           *               "description": "Set and communicate a bold direction that inspires results; think differently and look ahead for new ways to serve customers.",
           *               "keywords": [
           *                 "think big",
           *                 "bold",
           *                 "vision",
           *                 "ambitious",
           *                 "10x",
           *                 "long-term vision",
           *                 "strategy",
           *                 "roadmap",
           *                 "moonshot",
           *                 "transformed",
           *                 "big bet",
           *                 "multi-year",
           *                 "at scale",
           *                 "scaled",
           *                 "reimagine",
           *                 "north star",
           *                 "step change"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you proposed a bold idea and got people behind it.",
           *                 "Tell me about a time you set a vision that went beyond the immediate ask.",
           *                 "Tell me about your most ambitious project."
           *               ]
           *             },
           *             {
           *               "key": "bias-for-action",
           *               "name": "Bias for Action",
           *               "aliases": [
           *                 "Action",
           *                 "Urgency"
           *               ],
           *               "description": "Speed matters; many decisions can be undone, so move without over-studying them, and take calculated risks.",
           *               "keywords": [
           *                 "bias for action",
           *                 "acted quickly",
           *                 "moved fast",
           *                 "quickly",
           *                 "urgency",
           *                 "without waiting",
           *                 "reversible",
           *                 "two-way door",
           *                 "calculated risk",
           *                 "took a risk",
           *                 "same day",
           *                 "within hours",
           *                 "in days",
           *                 "didn't wait",
           *                 "shipped fast",
           *                 "experiment",
           *                 "behind a flag",
           *                 "rolled out"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you made a decision quickly without all the information.",
           *                 "Tell me about a calculated risk you took.",
           *                 "Tell me about a time you acted rather than waiting for permission."
           *               ]
           *             },
           *             {
           *               "key": "frugality",
           *               "name": "Frugality",
           *               "aliases": [
           *                 "Frugal",
           *                 "Do more with less"
           *               ],
           *               "description": "Do more with less: constraints drive resourcefulness and invention, and growing headcount or budget earns no credit on its own.",
           *               "keywords": [
           *                 "frugal",
           *                 "frugality",
           *                 "saved",
           *                 "cost",
           *                 "costs",
           *                 "cut costs",
           *                 "budget",
           *                 "under budget",
           *                 "no budget",
           *                 "limited resources",
           *                 "with less",
           *                 "reused",
           *                 "resourceful",
           *                 "constraints",
           *                 "without extra headcount",
           *                 "cheaper",
           *                 "efficiency",
           *                 "infrastructure spend"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you delivered with fewer resources than you needed.",
           *                 "Tell me about a time you saved money for your company.",
           *                 "Tell me about a time a constraint led you to a better solution."
           *               ]
           *             },
           *             {
           *               "key": "earn-trust",
           *               "name": "Earn Trust",
           *               "aliases": [
           *                 "Earns Trust",
           *                 "Trust"
           *               ],
           *               "description": "Listen carefully, speak frankly and treat people with respect; be openly self-critical even when it is awkward, and compare yourself and your team against the best.",
           *               "keywords": [
           *                 "trust",
           *                 "earned trust",
           *                 "candid",
           *                 "honest",
           *                 "transparent",
           *                 "admitted",
           *                 "my mistake",
           *                 "owned up",
           *                 "self-critical",
           *                 "listened",
           *                 "respect",
           *                 "credibility",
           *                 "kept my word",
           *                 "delivered bad news",
           *                 "apologized",
           *                 "relationship",
           *                 "rebuilt trust"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you had to earn the trust of a skeptical colleague or team.",
           *                 "Tell me about a time you admitted a mistake openly.",
           *                 "Tell me about a time you had to deliver bad news."
           *               ]
           *             },
           *             {
           *               "key": "dive-deep",
           *               "name": "Dive Deep",
           *               "aliases": [
           *                 "Deep dive",
           *                 "Dives deep"
           *               ],
           *               "description": "Work at every level and stay close to the details; audit often and be skeptical when numbers and stories disagree; no task is beneath you.",
           *               "keywords": [
           *                 "dive deep",
           *                 "dug into",
           *                 "details",
           *                 "detail",
           *                 "root cause",
           *                 "investigated",
           *                 "logs",
           *                 "metrics",
           *                 "data",
           *                 "anomaly",
           *                 "audited",
           *                 "audit",
           *                 "analysis",
           *                 "debugged",
           *                 "traced",
           *                 "discrepancy",
           *                 "numbers didn't add up",
           *                 "anecdote",
           *                 "deep dive"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you had to dig into the details to find the real problem.",
           *                 "Tell me about a time the data and the anecdotes disagreed.",
           *                 "Tell me about the hardest bug you tracked down."
           *               ]
           *             },
           *             {
           *               "key": "have-backbone-disagree-and-commit",
           *               "name": "Have Backbone; Disagree and Commit",
           *               "aliases": [
           *                 "Disagree and commit",
           *                 "Disagree & Commit",
           *                 "Have Backbone",
           *                 "Backbone"
           *               ],
           *               "description": "Challenge decisions you disagree with respectfully, even when it is uncomfortable; hold your conviction, don't give in just to keep the peace, and once the decision is made commit to it fully.",
           *               "keywords": [
           *                 "disagreed",
           *                 "disagreement",
           *                 "pushed back",
           *                 "challenged",
           *                 "conviction",
           *                 "spoke up",
           *                 "objected",
           *                 "disagree and commit",
           *                 "committed anyway",
           *                 "respectfully",
           *                 "uncomfortable",
           *                 "stood my ground",
           *                 "argued",
           *                 "debate",
           *                 "senior engineer",
           *                 "my manager disagreed",
           *                 "changed their mind"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you disagreed with your manager or a senior colleague.",
           *                 "Tell me about a time you committed to a decision you disagreed with.",
           *                 "Tell me about a time you pushed back on a popular opinion."
           *               ]
           *             },
           *             {
           *               "key": "deliver-results",
           *               "name": "Deliver Results",
           *               "aliases": [
           *                 "Delivers results",
           *                 "Results"
           *               ],
           *               "description": "Focus on the inputs that matter most and deliver them with the right quality and on time; when setbacks come, rise to the occasion and don't settle.",
           *               "keywords": [
           *                 "delivered",
           *                 "results",
           *                 "shipped",
           *                 "launched",
           *                 "on time",
           *                 "deadline",
           *                 "on schedule",
           *                 "despite setbacks",
           *                 "hit the target",
           *                 "goal",
           *                 "outcome",
           *                 "impact",
           *                 "met the commitment",
           *                 "went live",
           *                 "ahead of schedule",
           *                 "reduced",
           *                 "increased",
           *                 "saved",
           *                 "finished"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you delivered a project under a tight deadline.",
           *                 "Tell me about a time you hit a major setback and still delivered.",
           *                 "Tell me about your most significant result."
           *               ]
           *             },
           *             {
           *               "key": "strive-to-be-earths-best-employer",
           *               "name": "Strive to be Earth's Best Employer",
           *               "aliases": [
           *                 "Earth's Best Employer",
           *                 "Best Employer"
           *               ],
           *               "description": "Work daily to make the workplace safer, more productive, more diverse and fairer; lead with empathy, make work fun, and care whether colleagues are growing, empowered and ready for what's next.",
           *               "keywords": [
           *                 "empathy",
           *                 "empathetic",
           *                 "wellbeing",
           *                 "well-being",
           *                 "burnout",
           *                 "workload",
           *                 "safety",
           *                 "psychological safety",
           *                 "inclusive",
           *                 "inclusion",
           *                 "diverse",
           *                 "belonging",
           *                 "growth",
           *                 "empowered",
           *                 "career",
           *                 "morale",
           *                 "work-life balance",
           *                 "fun at work"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you improved the work environment for your team.",
           *                 "Tell me about a time you noticed a colleague struggling and helped.",
           *                 "Tell me about a time you made your team more inclusive."
           *               ]
           *             },
           *             {
           *               "key": "success-and-scale-bring-broad-responsibility",
           *               "name": "Success and Scale Bring Broad Responsibility",
           *               "aliases": [
           *                 "Broad Responsibility",
           *                 "Success and Scale"
           *               ],
           *               "description": "Being large means having large effects: stay humble and consider even second-order consequences of decisions on communities, the planet and future generations.",
           *               "keywords": [
           *                 "responsibility",
           *                 "second-order",
           *                 "secondary effects",
           *                 "unintended consequences",
           *                 "community",
           *                 "communities",
           *                 "sustainability",
           *                 "environment",
           *                 "carbon",
           *                 "privacy",
           *                 "accessibility",
           *                 "ethics",
           *                 "ethical",
           *                 "society",
           *                 "at scale",
           *                 "future generations",
           *                 "impact on others",
           *                 "long-term consequences"
           *               ],
           *               "questions": [
           *                 "Tell me about a time you considered the wider impact of a decision beyond your team or customers.",
           *                 "Tell me about a time you changed a plan because of an unintended consequence.",
           *                 "Tell me about a time you made a decision that was right for society even though it cost your team."
           *               ]
           *             }
           *           ]
           *         }
           *       ],
           *       "nextCursor": "eyJzIjoiU1RPUlkjc3R5XzAxIn0"
           *     }
           */
          "application/json": components["schemas"]["ValueSetPage"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  createValueSet: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "company": "Kestrel Freight",
         *       "name": "Kestrel values",
         *       "values": [
         *         {
         *           "key": "own-the-outcome",
         *           "name": "Own the outcome",
         *           "description": "We finish what we start, and say so early when we cannot."
         *         },
         *         {
         *           "key": "measure-twice",
         *           "name": "Measure twice",
         *           "keywords": [
         *             "data",
         *             "metrics"
         *           ]
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["ValueSetCreate"];
      };
    };
    responses: {
      /** @description The new value set */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          Location: components["headers"]["Location"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "company": "Kestrel Freight",
           *       "name": "Kestrel values",
           *       "asOf": null,
           *       "source": null,
           *       "values": [
           *         {
           *           "key": "own-the-outcome",
           *           "name": "Own the outcome",
           *           "aliases": [],
           *           "description": "We finish what we start, and say so early when we cannot.",
           *           "keywords": [],
           *           "questions": []
           *         },
           *         {
           *           "key": "measure-twice",
           *           "name": "Measure twice",
           *           "aliases": [],
           *           "description": "",
           *           "keywords": [
           *             "data",
           *             "metrics"
           *           ],
           *           "questions": []
           *         }
           *       ],
           *       "builtIn": false,
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["ValueSet"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getValueSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The value set */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "staff-plus",
           *       "company": "Staff+ engineering",
           *       "name": "Staff+ signals",
           *       "asOf": "2026-11-22",
           *       "source": "https://staffeng.com/guides/staff-archetypes",
           *       "builtIn": true,
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z",
           *       "values": [
           *         {
           *           "key": "scope",
           *           "name": "Scope",
           *           "aliases": [
           *             "Breadth",
           *             "Scope of impact"
           *           ],
           *           "description": "The problem crossed team or organization boundaries: several teams, systems or functions had a stake in the outcome, not just your own backlog.",
           *           "keywords": [
           *             "across teams",
           *             "cross-team",
           *             "multiple teams",
           *             "several teams",
           *             "other teams",
           *             "org-wide",
           *             "company-wide",
           *             "across the org",
           *             "cross-functional",
           *             "every service",
           *             "all services",
           *             "platform",
           *             "migration",
           *             "dependencies",
           *             "boundaries",
           *             "architecture",
           *             "standard",
           *             "roadmap",
           *             "end to end"
           *           ],
           *           "questions": [
           *             "Tell me about the largest-scope problem you have owned.",
           *             "Tell me about a time you solved a problem that spanned several teams.",
           *             "Tell me about a time you changed how a whole organization built or ran something."
           *           ]
           *         },
           *         {
           *           "key": "leadership",
           *           "name": "Leadership",
           *           "aliases": [
           *             "Technical leadership",
           *             "Influence"
           *           ],
           *           "description": "You moved people you didn't manage: won over skeptics, aligned peers and other teams, and got a decision made without formal authority.",
           *           "keywords": [
           *             "influenced",
           *             "persuaded",
           *             "convinced",
           *             "won over",
           *             "skeptics",
           *             "skeptical",
           *             "aligned",
           *             "alignment",
           *             "buy-in",
           *             "without authority",
           *             "didn't report to me",
           *             "rallied",
           *             "brought along",
           *             "proposal",
           *             "rfc",
           *             "design doc",
           *             "consensus",
           *             "mentored",
           *             "sponsored",
           *             "got agreement"
           *           ],
           *           "questions": [
           *             "Tell me about a time you led an effort where none of the people involved reported to you.",
           *             "Tell me about a time you changed the mind of a skeptical senior stakeholder.",
           *             "Tell me about a time you mentored someone into a bigger role."
           *           ]
           *         },
           *         {
           *           "key": "metrics",
           *           "name": "Metrics",
           *           "aliases": [
           *             "Impact",
           *             "Numbers",
           *             "Measurable results"
           *           ],
           *           "description": "Every result carries a unit: money, percentages, counts, time or rates, with a before and after that a skeptic could check.",
           *           "keywords": [
           *             "%",
           *             "percent",
           *             "$",
           *             "per day",
           *             "per week",
           *             "per month",
           *             "hours",
           *             "minutes",
           *             "seconds",
           *             "latency",
           *             "p99",
           *             "error rate",
           *             "uptime",
           *             "conversion",
           *             "revenue",
           *             "cost",
           *             "down to",
           *             "reduced",
           *             "increased",
           *             "1 in"
           *           ],
           *           "questions": [
           *             "Tell me about a result you are proud of, with the numbers.",
           *             "Tell me about a time you defined the metric a project would be judged by.",
           *             "Tell me about a time the numbers told you your project wasn't working."
           *           ]
           *         },
           *         {
           *           "key": "reflection",
           *           "name": "Reflection",
           *           "aliases": [
           *             "Lessons",
           *             "Lessons learned",
           *             "Self-awareness"
           *           ],
           *           "description": "You can say plainly what you'd change next time, what you learned, and what it cost to learn it.",
           *           "keywords": [
           *             "learned",
           *             "lesson",
           *             "lessons",
           *             "takeaway",
           *             "next time",
           *             "in hindsight",
           *             "looking back",
           *             "would do differently",
           *             "i'd change",
           *             "should have",
           *             "wish i had",
           *             "mistake",
           *             "realized",
           *             "retrospective",
           *             "postmortem",
           *             "taught me",
           *             "started earlier"
           *           ],
           *           "questions": [
           *             "Tell me about a project you would run differently if you did it again.",
           *             "Tell me about your biggest professional mistake and what changed afterwards.",
           *             "Tell me about a lesson that changed how you work."
           *           ]
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["ValueSet"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  deleteValueSet: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The credential lacks a scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:missing_scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This credential lacks the \"write\" scope."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  updateValueSet: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "version": 1,
         *       "source": "https://kestrel.example/careers/values"
         *     }
         */
        "application/json": components["schemas"]["ValueSetPatch"];
      };
    };
    responses: {
      /** @description The value set as changed */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "company": "Kestrel Freight",
           *       "name": "Kestrel values",
           *       "asOf": null,
           *       "source": "https://kestrel.example/careers/values",
           *       "values": [
           *         {
           *           "key": "own-the-outcome",
           *           "name": "Own the outcome",
           *           "aliases": [],
           *           "description": "We finish what we start, and say so early when we cannot.",
           *           "keywords": [],
           *           "questions": []
           *         },
           *         {
           *           "key": "measure-twice",
           *           "name": "Measure twice",
           *           "aliases": [],
           *           "description": "",
           *           "keywords": [
           *             "data",
           *             "metrics"
           *           ],
           *           "questions": []
           *         }
           *       ],
           *       "builtIn": false,
           *       "version": 2,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["ValueSet"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The credential lacks a scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:missing_scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This credential lacks the \"write\" scope."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  importValueSet: {
    parameters: {
      query: {
        /** @description Whose values these are. */
        company: string;
        /** @description The set's name; by default the title over the values, else "<company> values". */
        name?: string;
        /** @description Where the values were copied from (a URL). */
        source?: string;
        /** @description When they were copied (YYYY-MM-DD). */
        asOf?: string;
        /** @description `true`: answer what the text reads as (200) and write nothing. */
        dryRun?: "true" | "false";
      };
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example # Kestrel values
         *
         *     **Own the outcome** — We finish what we start and say so early when we cannot.
         *
         *     **Measure twice** — Numbers before opinions.
         */
        "text/markdown": string;
        /**
         * @example # Kestrel values
         *
         *     **Own the outcome** — We finish what we start and say so early when we cannot.
         *
         *     **Measure twice** — Numbers before opinions.
         */
        "text/plain": string;
      };
    };
    responses: {
      /** @description Dry run: the set the text reads as, line by line */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "dryRun": true,
           *       "valueSet": null,
           *       "plan": {
           *         "company": "Kestrel Freight",
           *         "name": "Kestrel values",
           *         "asOf": null,
           *         "source": null,
           *         "values": [
           *           {
           *             "key": "own-the-outcome",
           *             "name": "Own the outcome",
           *             "aliases": [],
           *             "description": "We finish what we start and say so early when we cannot.",
           *             "keywords": [],
           *             "questions": []
           *           },
           *           {
           *             "key": "measure-twice",
           *             "name": "Measure twice",
           *             "aliases": [],
           *             "description": "Numbers before opinions.",
           *             "keywords": [],
           *             "questions": []
           *           }
           *         ]
           *       },
           *       "lines": [
           *         {
           *           "key": "own-the-outcome",
           *           "name": "Own the outcome",
           *           "line": 3,
           *           "endLine": 3
           *         },
           *         {
           *           "key": "measure-twice",
           *           "name": "Measure twice",
           *           "line": 5,
           *           "endLine": 5
           *         }
           *       ],
           *       "warnings": [
           *         {
           *           "line": 1,
           *           "endLine": 1,
           *           "message": "Read as a title over the values, not a value.",
           *           "excerpt": "# Kestrel values"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["ValueSetImport"];
        };
      };
      /** @description The new value set */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          Location: components["headers"]["Location"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n02",
           *       "company": "Kestrel Freight",
           *       "name": "Kestrel values",
           *       "asOf": null,
           *       "source": null,
           *       "values": [
           *         {
           *           "key": "own-the-outcome",
           *           "name": "Own the outcome",
           *           "aliases": [],
           *           "description": "We finish what we start and say so early when we cannot.",
           *           "keywords": [],
           *           "questions": []
           *         },
           *         {
           *           "key": "measure-twice",
           *           "name": "Measure twice",
           *           "aliases": [],
           *           "description": "Numbers before opinions.",
           *           "keywords": [],
           *           "questions": []
           *         }
           *       ],
           *       "builtIn": false,
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["ValueSet"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not text */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:http_415",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the body as application/json."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description The most items a page holds. A page also ends before its items would pass 1,000,000 bytes of JSON, so it may hold fewer and still have a `nextCursor`. */
        limit?: number;
        /** @description The previous page's `nextCursor`: where this page starts. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of keys */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "key_01jd3k8w7q4t9m2x5c6v8b0n02",
           *           "name": "examples",
           *           "scopes": [
           *             "read",
           *             "write",
           *             "export"
           *           ],
           *           "hint": "sbk_YW4gZX",
           *           "createdAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": "eyJzIjoiU1RPUlkjc3R5XzAxIn0"
           *     }
           */
          "application/json": components["schemas"]["ApiKeyPage"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Mock interview app",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["ApiKeyCreate"];
      };
    };
    responses: {
      /** @description The new key */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          Location: components["headers"]["Location"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "key_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "name": "Mock interview app",
           *       "scopes": [
           *         "read",
           *         "write"
           *       ],
           *       "hint": "sbk_YW4gZX",
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "key": "sbk_YW4gZXhhbXBsZSBrZXksIG5vdCBhIHJlYWwgb25lISE"
           *     }
           */
          "application/json": components["schemas"]["ApiKeyCreated"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The credential lacks a scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:missing_scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This credential lacks the \"write\" scope."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description A retry with the same Idempotency-Key: the key was shown once */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      413: components["responses"]["ContentTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  listTargets: {
    parameters: {
      query?: {
        /** @description The most items a page holds. A page also ends before its items would pass 1,000,000 bytes of JSON, so it may hold fewer and still have a `nextCursor`. */
        limit?: number;
        /** @description The previous page's `nextCursor`: where this page starts. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of targets */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "company": "Stripe",
           *           "role": "Staff engineer",
           *           "valueSetIds": [
           *             "staff-plus"
           *           ],
           *           "interviewDate": "2026-03-12",
           *           "questions": [
           *             "Tell me about a time you improved a system's performance"
           *           ],
           *           "notes": "",
           *           "told": [],
           *           "version": 1,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": components["schemas"]["TargetPage"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  createTarget: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "company": "Stripe",
         *       "role": "Staff engineer",
         *       "valueSetIds": [
         *         "staff-plus"
         *       ],
         *       "interviewDate": "2026-03-12",
         *       "questions": [
         *         "Tell me about a time you improved a system's performance"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["TargetCreate"];
      };
    };
    responses: {
      /** @description The new target */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          Location: components["headers"]["Location"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "company": "Stripe",
           *       "role": "Staff engineer",
           *       "valueSetIds": [
           *         "staff-plus"
           *       ],
           *       "interviewDate": "2026-03-12",
           *       "questions": [
           *         "Tell me about a time you improved a system's performance"
           *       ],
           *       "notes": "",
           *       "told": [],
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Target"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getTarget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The target */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "company": "Stripe",
           *       "role": "Staff engineer",
           *       "valueSetIds": [
           *         "staff-plus"
           *       ],
           *       "interviewDate": "2026-03-12",
           *       "questions": [
           *         "Tell me about a time you improved a system's performance"
           *       ],
           *       "notes": "",
           *       "told": [],
           *       "version": 1,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Target"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  deleteTarget: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  updateTarget: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Change or delete only the version named (the `ETag` read, e.g. `"3"`); otherwise 412 and nothing changes. On PATCH it must agree with the body's `version`.
         * @example "3"
         */
        "If-Match"?: components["parameters"]["IfMatch"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "version": 1,
         *       "told": [
         *         {
         *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "round": "Hiring manager",
         *           "date": "2026-03-12"
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["TargetPatch"];
      };
    };
    responses: {
      /** @description The target as changed */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          ETag: components["headers"]["ETag"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "company": "Stripe",
           *       "role": "Staff engineer",
           *       "valueSetIds": [
           *         "staff-plus"
           *       ],
           *       "interviewDate": "2026-03-12",
           *       "questions": [
           *         "Tell me about a time you improved a system's performance"
           *       ],
           *       "notes": "",
           *       "told": [
           *         {
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "round": "Hiring manager",
           *           "interviewer": "",
           *           "date": "2026-03-12"
           *         }
           *       ],
           *       "version": 2,
           *       "createdAt": "2026-03-02T09:30:00.000Z",
           *       "updatedAt": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["Target"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      412: components["responses"]["PreconditionFailed"];
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getTailoring: {
    parameters: {
      query?: {
        size?: number;
        /** @description `true` to also choose stories already told in this loop. */
        includeTold?: "true" | "false";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tailoring */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "targetId": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "values": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "scope",
           *           "valueName": "Scope",
           *           "best": {
           *             "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *             "score": 2.02,
           *             "reasons": [
           *               "keyword: value \"platform\" ~ story \"platform\" (tags)",
           *               "word: value \"teams\" ~ story \"team\" (lessons)",
           *               "word: value \"platform\" ~ story \"platform\" (tags)",
           *               "word: value \"impact\" ~ story \"impact\" (results)",
           *               "word: value \"tell\" ~ story \"tell\" (questions)",
           *               "word: value \"owned\" ~ story \"owned\" (task)"
           *             ],
           *             "weak": true
           *           },
           *           "backup": null
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "leadership",
           *           "valueName": "Leadership",
           *           "best": {
           *             "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *             "score": 0.58,
           *             "reasons": [
           *               "word: value \"technical\" ~ story \"technical\" (questions)",
           *               "word: value \"without\" ~ story \"without\" (task)",
           *               "word: value \"moved\" ~ story \"moved\" (actions)",
           *               "word: value \"design\" ~ story \"design\" (lessons)",
           *               "word: value \"brought\" ~ story \"bringing\" (task)",
           *               "word: value \"tell\" ~ story \"tell\" (questions)"
           *             ],
           *             "weak": true
           *           },
           *           "backup": null
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "metrics",
           *           "valueName": "Metrics",
           *           "best": {
           *             "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *             "score": 20.23,
           *             "reasons": [
           *               "linked to staff-plus/metrics",
           *               "measurable impact: value \"measurable results\" ~ story \"%\" (refined)",
           *               "data-driven decisions: value \"metrics\" ~ story \"data\" (tags)",
           *               "keyword: value \"latency\" ~ story \"latency\" (actions)",
           *               "keyword: value \"minutes\" ~ story \"minutes\" (actions)",
           *               "keyword: value \"%\" ~ story \"%\" (refined)"
           *             ],
           *             "weak": false
           *           },
           *           "backup": null
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "reflection",
           *           "valueName": "Reflection",
           *           "best": {
           *             "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *             "score": 0.04,
           *             "reasons": [
           *               "word: value \"tell\" ~ story \"tell\" (questions)"
           *             ],
           *             "weak": true
           *           },
           *           "backup": null
           *         }
           *       ],
           *       "selected": [
           *         "sty_01jd3k8w7q4t9m2x5c6v8b0n01"
           *       ],
           *       "gaps": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "scope",
           *           "valueName": "Scope"
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "leadership",
           *           "valueName": "Leadership"
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "reflection",
           *           "valueName": "Reflection"
           *         }
           *       ],
           *       "questions": [
           *         {
           *           "question": "Tell me about a time you improved a system's performance",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "target"
           *         },
           *         {
           *           "question": "Tell me about the largest-scope problem you have owned.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you solved a problem that spanned several teams.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you changed how a whole organization built or ran something.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you led an effort where none of the people involved reported to you.",
           *           "storyId": null,
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you changed the mind of a skeptical senior stakeholder.",
           *           "storyId": null,
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you mentored someone into a bigger role.",
           *           "storyId": null,
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a result you are proud of, with the numbers.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time you defined the metric a project would be judged by.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a time the numbers told you your project wasn't working.",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a project you would run differently if you did it again.",
           *           "storyId": null,
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about your biggest professional mistake and what changed afterwards.",
           *           "storyId": null,
           *           "source": "value-set"
           *         },
           *         {
           *           "question": "Tell me about a lesson that changed how you work.",
           *           "storyId": null,
           *           "source": "value-set"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Tailoring"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Over 300,000 stories × values to score */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  checkStory: {
    parameters: {
      query?: {
        /** @description Speaking pace in words per minute; 150 if not given. */
        wpm?: number;
        targetId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The story's check */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "findings": [
           *         {
           *           "code": "actions_count",
           *           "severity": "info",
           *           "field": "actions",
           *           "message": "2 action points; 4–5 grouped points tell it best."
           *         },
           *         {
           *           "code": "draft_missing",
           *           "severity": "info",
           *           "field": "draft",
           *           "message": "No draft: write it the way you'd tell a friend, 150–200 words."
           *         },
           *         {
           *           "code": "refined_too_short",
           *           "severity": "info",
           *           "field": "refined",
           *           "message": "The refined version is about 16 s at 150 wpm; 45–60 s leaves room for the result."
           *         },
           *         {
           *           "code": "full_too_short",
           *           "severity": "info",
           *           "field": "story",
           *           "message": "The full STAR telling is about 0.7 minutes at 150 wpm; 3–5 minutes is the range."
           *         },
           *         {
           *           "code": "not_practiced",
           *           "severity": "info",
           *           "field": "progress.practiceCount",
           *           "message": "Not practiced yet: time the refined version out loud."
           *         }
           *       ],
           *       "readiness": 72,
           *       "figures": {
           *         "wpm": 150,
           *         "situationSentences": 2,
           *         "taskSentences": 1,
           *         "actionPoints": 2,
           *         "resultPoints": 3,
           *         "resultNumbers": 12,
           *         "starWords": 97,
           *         "situationWords": 20,
           *         "backgroundShare": 0.21,
           *         "fullSeconds": 39,
           *         "draftWords": 0,
           *         "refinedWords": 40,
           *         "refinedSeconds": 16,
           *         "iCount": 6,
           *         "weCount": 0,
           *         "placeholders": 0,
           *         "timedSeconds": null,
           *         "practiceCount": 0
           *       },
           *       "star": {
           *         "shape": "star",
           *         "situation": "situation",
           *         "task": "task",
           *         "actions": "actions",
           *         "results": "results",
           *         "lessons": "lessons"
           *       }
           *     }
           */
          "application/json": components["schemas"]["StoryCheck"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  checkBank: {
    parameters: {
      query?: {
        /** @description Speaking pace in words per minute; 150 if not given. */
        wpm?: number;
        targetId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bank's check */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "targetId": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "wpm": 150,
           *       "readiness": 78,
           *       "readyFrom": 70,
           *       "stories": [
           *         {
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "title": "Streaming shipment tracking",
           *           "readiness": 78,
           *           "ready": true,
           *           "errors": 0,
           *           "warnings": 0,
           *           "infos": 4,
           *           "codes": [
           *             "actions_count",
           *             "draft_missing",
           *             "refined_too_short",
           *             "full_too_short"
           *           ]
           *         }
           *       ],
           *       "valuesWithoutReadyStory": [
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "scope",
           *           "valueName": "Scope",
           *           "storyIds": []
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "leadership",
           *           "valueName": "Leadership",
           *           "storyIds": []
           *         },
           *         {
           *           "valueSetId": "staff-plus",
           *           "valueKey": "reflection",
           *           "valueName": "Reflection",
           *           "storyIds": []
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["BankCheck"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  listPractice: {
    parameters: {
      query?: {
        /** @description The most items a page holds. A page also ends before its items would pass 1,000,000 bytes of JSON, so it may hold fewer and still have a `nextCursor`. */
        limit?: number;
        /** @description The previous page's `nextCursor`: where this page starts. */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "prc_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "seconds": 52,
           *           "variant": "refined",
           *           "note": "Rushed the numbers",
           *           "at": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          "application/json": components["schemas"]["PracticePage"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  recordPractice: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "seconds": 52,
         *       "variant": "refined",
         *       "note": "Rushed the numbers"
         *     }
         */
        "application/json": components["schemas"]["PracticeRecord"];
      };
    };
    responses: {
      /** @description The new entry */
      201: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "prc_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *       "seconds": 52,
           *       "variant": "refined",
           *       "note": "Rushed the numbers",
           *       "at": "2026-03-02T09:30:00.000Z"
           *     }
           */
          "application/json": components["schemas"]["PracticeEntry"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      413: components["responses"]["ContentTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getCheatSheet: {
    parameters: {
      query?: {
        size?: number;
        /** @description `true` to also choose stories already told in this loop. */
        includeTold?: "true" | "false";
        /** @description pdf, docx or json (the view model and its fit); else taken from Accept. */
        format?: "pdf" | "docx" | "json";
        paper?: components["schemas"]["Paper"];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sheet */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
          /**
           * @example {
           *       "sheet": {
           *         "targetId": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *         "header": {
           *           "company": "Stripe",
           *           "role": "Staff engineer",
           *           "interviewDate": "2026-03-12",
           *           "valueSets": [
           *             {
           *               "id": "staff-plus",
           *               "name": "Staff+ signals"
           *             }
           *           ]
           *         },
           *         "reminders": [
           *           "“I”, not “we”",
           *           "Quantify every result",
           *           "45–60 s spoken",
           *           "Don’t blame anyone",
           *           "End with the lesson"
           *         ],
           *         "matrix": [
           *           {
           *             "valueSetId": "staff-plus",
           *             "valueKey": "scope",
           *             "valueName": "Scope",
           *             "best": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking",
           *               "weak": true
           *             },
           *             "backup": null
           *           },
           *           {
           *             "valueSetId": "staff-plus",
           *             "valueKey": "leadership",
           *             "valueName": "Leadership",
           *             "best": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking",
           *               "weak": true
           *             },
           *             "backup": null
           *           },
           *           {
           *             "valueSetId": "staff-plus",
           *             "valueKey": "metrics",
           *             "valueName": "Metrics",
           *             "best": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking",
           *               "weak": false
           *             },
           *             "backup": null
           *           },
           *           {
           *             "valueSetId": "staff-plus",
           *             "valueKey": "reflection",
           *             "valueName": "Reflection",
           *             "best": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking",
           *               "weak": true
           *             },
           *             "backup": null
           *           }
           *         ],
           *         "cards": [
           *           {
           *             "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *             "number": 1,
           *             "title": "Streaming shipment tracking",
           *             "headline": "P95 freshness 38 min → 70 s",
           *             "hook": "Thirty-eight minutes of lag, and 31 of them were a cron job.",
           *             "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *             "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *             "action": "Measure first → Stream the hot path",
           *             "result": "P95 freshness from 38 min to 70 s",
           *             "keyNumbers": [
           *               "Tickets down 66%",
           *               "Cloud spend down 12%"
           *             ],
           *             "lesson": "Measure every hop before choosing a design; the slow part is rarely where you guess.",
           *             "connection": {
           *               "company": "Stripe",
           *               "text": "Streaming ledgers need the same freshness discipline."
           *             },
           *             "told": [
           *               "Hiring manager"
           *             ],
           *             "inferred": []
           *           }
           *         ],
           *         "questions": [
           *           {
           *             "question": "Tell me about a time you improved a system's performance",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "target"
           *           },
           *           {
           *             "question": "Tell me about the largest-scope problem you have owned.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you solved a problem that spanned several teams.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you changed how a whole organization built or ran something.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you led an effort where none of the people involved reported to you.",
           *             "story": null,
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you changed the mind of a skeptical senior stakeholder.",
           *             "story": null,
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you mentored someone into a bigger role.",
           *             "story": null,
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a result you are proud of, with the numbers.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time you defined the metric a project would be judged by.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a time the numbers told you your project wasn't working.",
           *             "story": {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "number": 1,
           *               "title": "Streaming shipment tracking"
           *             },
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about a project you would run differently if you did it again.",
           *             "story": null,
           *             "source": "value-set"
           *           },
           *           {
           *             "question": "Tell me about your biggest professional mistake and what changed afterwards.",
           *             "story": null,
           *             "source": "value-set"
           *           }
           *         ],
           *         "sampleQuestionsLeftOut": 1,
           *         "shortened": []
           *       },
           *       "fit": {
           *         "pdf": {
           *           "format": "pdf",
           *           "paper": "letter",
           *           "fontSize": 10,
           *           "floor": 7,
           *           "pages": 1,
           *           "dropped": [],
           *           "unprinted": []
           *         },
           *         "docx": {
           *           "format": "docx",
           *           "paper": "letter",
           *           "fontSize": 10,
           *           "floor": 7,
           *           "pages": 1,
           *           "dropped": [],
           *           "unprinted": []
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["CheatSheetView"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The credential lacks a scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:missing_scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This credential lacks the \"write\" scope."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not found (also for another user's ids) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:not_found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Story not found"
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Over 300,000 stories × values to score */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  importDocument: {
    parameters: {
      query?: {
        /** @description `true`: report what the import would do and write nothing. */
        dryRun?: "true" | "false";
      };
      header?: {
        /**
         * @description Makes a retry safe: the first request with a key runs and its answer is kept for 24 hours; the same key with the same request replays it (`Idempotent-Replayed: true`), with another request is refused (400), and while the first still runs answers 409. 1–255 visible ASCII characters, per owner.
         * @example c7a4e1f0-6b1d-4c39-9d0e-2f8b5a7e9c11
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example ## Pushing back on a launch date
         *
         *     **Situation:** Two weeks before launch, load tests showed checkout failing at 3x traffic.
         *
         *     **Task:** I owned the launch readiness review.
         *
         *     **Action:**
         *     - I showed my director the failure curve and proposed a one-week slip
         *     - I split the fix into three parallel tracks
         *
         *     **Result:**
         *     - Launched one week late with zero checkout incidents
         *     - Peak day revenue up 18%
         *
         *     **Lessons Learned:** Bring data, not opinions, to a disagreement.
         */
        "text/markdown": string;
        /**
         * @example ## Pushing back on a launch date
         *
         *     **Situation:** Two weeks before launch, load tests showed checkout failing at 3x traffic.
         *
         *     **Task:** I owned the launch readiness review.
         *
         *     **Action:**
         *     - I showed my director the failure curve and proposed a one-week slip
         *     - I split the fix into three parallel tracks
         *
         *     **Result:**
         *     - Launched one week late with zero checkout incidents
         *     - Peak day revenue up 18%
         *
         *     **Lessons Learned:** Bring data, not opinions, to a disagreement.
         */
        "text/plain": string;
        /**
         * @example <!DOCTYPE html>
         *     <html><body>
         *     <h2>Pushing back on a launch date</h2>
         *     <p><b>Situation:</b> Two weeks before launch, load tests showed checkout failing at 3x traffic.</p>
         *     <p><b>Task:</b> I owned the launch readiness review.</p>
         *     <p><b>Action:</b></p>
         *     <ul><li>I showed my director the failure curve and proposed a one-week slip</li></ul>
         *     <p><b>Result:</b> Launched one week late with zero checkout incidents.</p>
         *     </body></html>
         */
        "text/html": string;
        /**
         * @example {
         *       "$schema": "https://storybank.dev/schema/bank/v1.json",
         *       "version": "1.0.0",
         *       "exportedAt": "2026-03-02T09:30:00.000Z",
         *       "stories": [
         *         {
         *           "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "title": "Streaming shipment tracking",
         *           "kind": "achievement",
         *           "tags": [
         *             "Performance",
         *             "Data platform"
         *           ],
         *           "headline": "P95 freshness 38 min → 70 s",
         *           "context": {
         *             "company": "Kestrel Freight",
         *             "role": "Staff engineer",
         *             "period": "2021",
         *             "teamSize": 6
         *           },
         *           "questions": [
         *             "Tell me about your most significant technical achievement"
         *           ],
         *           "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
         *           "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
         *           "actions": [
         *             {
         *               "heading": "Measure first",
         *               "points": [
         *                 "Stamped each event at every hop and plotted a latency waterfall",
         *                 "Found 31 of the 38 minutes in a nightly batch scheduler"
         *               ]
         *             },
         *             {
         *               "heading": "Stream the hot path",
         *               "points": [
         *                 "Moved carrier pings onto a Kafka stream with idempotent writes",
         *                 "Kept the batch job as a reconciler for late events"
         *               ]
         *             }
         *           ],
         *           "results": [
         *             {
         *               "heading": "Impact",
         *               "points": [
         *                 "P95 freshness from 38 min to 70 s",
         *                 "Tickets down 66%",
         *                 "Cloud spend down 12%"
         *               ]
         *             }
         *           ],
         *           "lessons": "Measure every hop before choosing a design; the slow part is rarely where you guess.",
         *           "differently": "Pull the ETA team in during week one.",
         *           "takeaway": "The delay was scheduling, not compute.",
         *           "draft": "",
         *           "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
         *           "hooks": [
         *             "Thirty-eight minutes of lag, and 31 of them were a cron job."
         *           ],
         *           "followUps": [
         *             {
         *               "question": "If asked about outcome",
         *               "answer": "Tickets fell 66% and spend 12% in a quarter."
         *             }
         *           ],
         *           "delivery": {
         *             "pacing": "Slow down on the numbers",
         *             "tone": "Calm",
         *             "keyWords": [
         *               "p95",
         *               "70 seconds"
         *             ]
         *           },
         *           "coachingNotes": [],
         *           "analysis": [],
         *           "values": [
         *             {
         *               "valueSetId": "staff-plus",
         *               "valueKey": "metrics"
         *             }
         *           ],
         *           "connections": [
         *             {
         *               "company": "Stripe",
         *               "text": "Streaming ledgers need the same freshness discipline."
         *             }
         *           ],
         *           "notes": "",
         *           "progress": {
         *             "drafted": true,
         *             "analyzed": true,
         *             "refined": true,
         *             "timedSeconds": 52,
         *             "practiceCount": 1,
         *             "lastPracticedAt": "2026-03-02T09:30:00.000Z"
         *           },
         *           "version": 3,
         *           "createdAt": "2026-03-02T09:30:00.000Z",
         *           "updatedAt": "2026-03-02T09:30:00.000Z"
         *         }
         *       ],
         *       "valueSets": [
         *         {
         *           "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "company": "Kestrel Freight",
         *           "name": "Kestrel values",
         *           "asOf": null,
         *           "source": "https://kestrel.example/careers/values",
         *           "values": [
         *             {
         *               "key": "own-the-outcome",
         *               "name": "Own the outcome",
         *               "aliases": [],
         *               "description": "We finish what we start, and say so early when we cannot.",
         *               "keywords": [],
         *               "questions": []
         *             },
         *             {
         *               "key": "measure-twice",
         *               "name": "Measure twice",
         *               "aliases": [],
         *               "description": "",
         *               "keywords": [
         *                 "data",
         *                 "metrics"
         *               ],
         *               "questions": []
         *             }
         *           ],
         *           "builtIn": false,
         *           "version": 2,
         *           "createdAt": "2026-03-02T09:30:00.000Z",
         *           "updatedAt": "2026-03-02T09:30:00.000Z"
         *         },
         *         {
         *           "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n02",
         *           "company": "Kestrel Freight",
         *           "name": "Kestrel values",
         *           "asOf": null,
         *           "source": null,
         *           "values": [
         *             {
         *               "key": "own-the-outcome",
         *               "name": "Own the outcome",
         *               "aliases": [],
         *               "description": "We finish what we start and say so early when we cannot.",
         *               "keywords": [],
         *               "questions": []
         *             },
         *             {
         *               "key": "measure-twice",
         *               "name": "Measure twice",
         *               "aliases": [],
         *               "description": "Numbers before opinions.",
         *               "keywords": [],
         *               "questions": []
         *             }
         *           ],
         *           "builtIn": false,
         *           "version": 1,
         *           "createdAt": "2026-03-02T09:30:00.000Z",
         *           "updatedAt": "2026-03-02T09:30:00.000Z"
         *         }
         *       ],
         *       "targets": [
         *         {
         *           "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "company": "Stripe",
         *           "role": "Staff engineer",
         *           "valueSetIds": [
         *             "staff-plus"
         *           ],
         *           "interviewDate": "2026-03-12",
         *           "questions": [
         *             "Tell me about a time you improved a system's performance"
         *           ],
         *           "notes": "",
         *           "told": [
         *             {
         *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
         *               "round": "Hiring manager",
         *               "interviewer": "",
         *               "date": "2026-03-12"
         *             }
         *           ],
         *           "version": 2,
         *           "createdAt": "2026-03-02T09:30:00.000Z",
         *           "updatedAt": "2026-03-02T09:30:00.000Z"
         *         }
         *       ],
         *       "practice": [
         *         {
         *           "id": "prc_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
         *           "seconds": 52,
         *           "variant": "refined",
         *           "note": "Rushed the numbers",
         *           "at": "2026-03-02T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["Bank"];
      };
    };
    responses: {
      /** @description What the import did, or would do in a dry run */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "format": "markdown",
           *       "dryRun": true,
           *       "stories": [
           *         {
           *           "action": "create",
           *           "id": null,
           *           "line": 1,
           *           "story": {
           *             "title": "Pushing back on a launch date",
           *             "kind": "other",
           *             "tags": [],
           *             "headline": "",
           *             "context": {},
           *             "questions": [],
           *             "situation": "Two weeks before launch, load tests showed checkout failing at 3x traffic.",
           *             "task": "I owned the launch readiness review.",
           *             "actions": [
           *               {
           *                 "points": [
           *                   "I showed my director the failure curve and proposed a one-week slip",
           *                   "I split the fix into three parallel tracks"
           *                 ]
           *               }
           *             ],
           *             "results": [
           *               {
           *                 "points": [
           *                   "Launched one week late with zero checkout incidents",
           *                   "Peak day revenue up 18%"
           *                 ]
           *               }
           *             ],
           *             "lessons": "Bring data, not opinions, to a disagreement.",
           *             "differently": "",
           *             "takeaway": "",
           *             "draft": "",
           *             "refined": "",
           *             "hooks": [],
           *             "followUps": [],
           *             "delivery": {
           *               "pacing": "",
           *               "tone": "",
           *               "keyWords": []
           *             },
           *             "coachingNotes": [],
           *             "analysis": [],
           *             "values": [],
           *             "connections": [],
           *             "notes": "",
           *             "progress": {
           *               "drafted": false,
           *               "analyzed": false,
           *               "refined": false,
           *               "timedSeconds": null,
           *               "practiceCount": 0,
           *               "lastPracticedAt": null
           *             }
           *           },
           *           "lines": [
           *             {
           *               "from": 1,
           *               "to": 1,
           *               "field": "title"
           *             },
           *             {
           *               "from": 3,
           *               "to": 3,
           *               "field": "situation"
           *             },
           *             {
           *               "from": 5,
           *               "to": 5,
           *               "field": "task"
           *             },
           *             {
           *               "from": 7,
           *               "to": 9,
           *               "field": "actions"
           *             },
           *             {
           *               "from": 11,
           *               "to": 13,
           *               "field": "results"
           *             },
           *             {
           *               "from": 15,
           *               "to": 15,
           *               "field": "lessons"
           *             }
           *           ]
           *         }
           *       ],
           *       "valueSets": [],
           *       "targets": [],
           *       "practice": {
           *         "created": 0,
           *         "unchanged": 0
           *       },
           *       "warnings": []
           *     }
           */
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description Version conflict: re-read and retry */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:version_conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Story is at version 3, not 2: read it again and reapply your change."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:too_large",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "The body is over 1048576 bytes."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Neither Markdown, HTML nor JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:http_415",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the body as application/json."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  exportBank: {
    parameters: {
      query?: {
        format?: "json" | "markdown";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bank */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "$schema": "https://storybank.dev/schema/bank/v1.json",
           *       "version": "1.0.0",
           *       "exportedAt": "2026-03-02T09:30:00.000Z",
           *       "stories": [
           *         {
           *           "id": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "title": "Streaming shipment tracking",
           *           "kind": "achievement",
           *           "tags": [
           *             "Performance",
           *             "Data platform"
           *           ],
           *           "headline": "P95 freshness 38 min → 70 s",
           *           "context": {
           *             "company": "Kestrel Freight",
           *             "role": "Staff engineer",
           *             "period": "2021",
           *             "teamSize": 6
           *           },
           *           "questions": [
           *             "Tell me about your most significant technical achievement"
           *           ],
           *           "situation": "Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.",
           *           "task": "I owned bringing freshness under two minutes before peak season, without adding headcount.",
           *           "actions": [
           *             {
           *               "heading": "Measure first",
           *               "points": [
           *                 "Stamped each event at every hop and plotted a latency waterfall",
           *                 "Found 31 of the 38 minutes in a nightly batch scheduler"
           *               ]
           *             },
           *             {
           *               "heading": "Stream the hot path",
           *               "points": [
           *                 "Moved carrier pings onto a Kafka stream with idempotent writes",
           *                 "Kept the batch job as a reconciler for late events"
           *               ]
           *             }
           *           ],
           *           "results": [
           *             {
           *               "heading": "Impact",
           *               "points": [
           *                 "P95 freshness from 38 min to 70 s",
           *                 "Tickets down 66%",
           *                 "Cloud spend down 12%"
           *               ]
           *             }
           *           ],
           *           "lessons": "Measure every hop before choosing a design; the slow part is rarely where you guess.",
           *           "differently": "Pull the ETA team in during week one.",
           *           "takeaway": "The delay was scheduling, not compute.",
           *           "draft": "",
           *           "refined": "At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.",
           *           "hooks": [
           *             "Thirty-eight minutes of lag, and 31 of them were a cron job."
           *           ],
           *           "followUps": [
           *             {
           *               "question": "If asked about outcome",
           *               "answer": "Tickets fell 66% and spend 12% in a quarter."
           *             }
           *           ],
           *           "delivery": {
           *             "pacing": "Slow down on the numbers",
           *             "tone": "Calm",
           *             "keyWords": [
           *               "p95",
           *               "70 seconds"
           *             ]
           *           },
           *           "coachingNotes": [],
           *           "analysis": [],
           *           "values": [
           *             {
           *               "valueSetId": "staff-plus",
           *               "valueKey": "metrics"
           *             }
           *           ],
           *           "connections": [
           *             {
           *               "company": "Stripe",
           *               "text": "Streaming ledgers need the same freshness discipline."
           *             }
           *           ],
           *           "notes": "",
           *           "progress": {
           *             "drafted": true,
           *             "analyzed": true,
           *             "refined": true,
           *             "timedSeconds": 52,
           *             "practiceCount": 1,
           *             "lastPracticedAt": "2026-03-02T09:30:00.000Z"
           *           },
           *           "version": 3,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "valueSets": [
           *         {
           *           "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "company": "Kestrel Freight",
           *           "name": "Kestrel values",
           *           "asOf": null,
           *           "source": "https://kestrel.example/careers/values",
           *           "values": [
           *             {
           *               "key": "own-the-outcome",
           *               "name": "Own the outcome",
           *               "aliases": [],
           *               "description": "We finish what we start, and say so early when we cannot.",
           *               "keywords": [],
           *               "questions": []
           *             },
           *             {
           *               "key": "measure-twice",
           *               "name": "Measure twice",
           *               "aliases": [],
           *               "description": "",
           *               "keywords": [
           *                 "data",
           *                 "metrics"
           *               ],
           *               "questions": []
           *             }
           *           ],
           *           "builtIn": false,
           *           "version": 2,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         },
           *         {
           *           "id": "vst_01jd3k8w7q4t9m2x5c6v8b0n02",
           *           "company": "Kestrel Freight",
           *           "name": "Kestrel values",
           *           "asOf": null,
           *           "source": null,
           *           "values": [
           *             {
           *               "key": "own-the-outcome",
           *               "name": "Own the outcome",
           *               "aliases": [],
           *               "description": "We finish what we start and say so early when we cannot.",
           *               "keywords": [],
           *               "questions": []
           *             },
           *             {
           *               "key": "measure-twice",
           *               "name": "Measure twice",
           *               "aliases": [],
           *               "description": "Numbers before opinions.",
           *               "keywords": [],
           *               "questions": []
           *             }
           *           ],
           *           "builtIn": false,
           *           "version": 1,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "targets": [
           *         {
           *           "id": "tgt_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "company": "Stripe",
           *           "role": "Staff engineer",
           *           "valueSetIds": [
           *             "staff-plus"
           *           ],
           *           "interviewDate": "2026-03-12",
           *           "questions": [
           *             "Tell me about a time you improved a system's performance"
           *           ],
           *           "notes": "",
           *           "told": [
           *             {
           *               "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *               "round": "Hiring manager",
           *               "interviewer": "",
           *               "date": "2026-03-12"
           *             }
           *           ],
           *           "version": 2,
           *           "createdAt": "2026-03-02T09:30:00.000Z",
           *           "updatedAt": "2026-03-02T09:30:00.000Z"
           *         }
           *       ],
           *       "practice": [
           *         {
           *           "id": "prc_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "storyId": "sty_01jd3k8w7q4t9m2x5c6v8b0n01",
           *           "seconds": 52,
           *           "variant": "refined",
           *           "note": "Rushed the numbers",
           *           "at": "2026-03-02T09:30:00.000Z"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["Bank"];
          /**
           * @example ## Story 1: Streaming shipment tracking (P95 freshness 38 min → 70 s)
           *
           *     **Kind:** achievement
           *
           *     ### Tags: Performance, Data platform
           *
           *     **Context:**
           *
           *     - &#67;ompany: Kestrel Freight
           *     - &#82;ole: Staff engineer
           *     - &#80;eriod: 2021
           *     - &#84;eam size: 6
           *
           *     **Staff+ engineering Values:** Metrics
           *
           *     **Question Variants:**
           *
           *     - “Tell me about your most significant technical achievement”
           *
           *     **STAR Answer:**
           *
           *     **Situation:**
           *
           *     Shipment tracking lagged reality by 38 minutes at p95. Shippers filed 9,000 tickets a month asking where their freight was.
           *
           *     **Task:**
           *
           *     I owned bringing freshness under two minutes before peak season, without adding headcount.
           *
           *     **Action:**
           *
           *     1. **Measure first:**
           *        - Stamped each event at every hop and plotted a latency waterfall
           *        - Found 31 of the 38 minutes in a nightly batch scheduler
           *     2. **Stream the hot path:**
           *        - Moved carrier pings onto a Kafka stream with idempotent writes
           *        - Kept the batch job as a reconciler for late events
           *
           *     **Result:**
           *
           *     ```storybank-json results
           *     [
           *       {
           *         "heading": "Impact",
           *         "points": [
           *           "P95 freshness from 38 min to 70 s",
           *           "Tickets down 66%",
           *           "Cloud spend down 12%"
           *         ]
           *       }
           *     ]
           *     ```
           *
           *     **Lessons Learned:**
           *
           *     Measure every hop before choosing a design; the slow part is rarely where you guess.
           *
           *     **What I'd Do Differently:**
           *
           *     Pull the ETA team in during week one.
           *
           *     **Key Takeaway:**
           *
           *     The delay was scheduling, not compute.
           *
           *     ### Refined Story (45-60 seconds):
           *
           *     “At Kestrel Freight, tracking lagged reality by 38 minutes. I measured every hop, found the batch scheduler held 31 of them, and moved the hot path onto a stream. Freshness went to 70 seconds at p95 and tickets fell 66%.”
           *
           *     **Connections:**
           *
           *     - &#83;tripe: Streaming ledgers need the same freshness discipline.
           *
           *     ### Practice Notes:
           *
           *     **Opening Hook Options:**
           *
           *     - “Thirty-eight minutes of lag, and 31 of them were a cron job.”
           *
           *     **Delivery Guidance:**
           *
           *     - **Pacing:** Slow down on the numbers
           *     - **Tone:** Calm
           *     - **Key Words:** “p95”, “70 seconds”
           *
           *     **Follow-up Responses:**
           *
           *     - &#73;f asked about outcome:
           *       “Tickets fell 66% and spend 12% in a quarter.”
           *
           *     ---
           *
           *     ## Your Story Bank Progress
           *
           *     | Story                                | First Draft | Analyzed | Refined | Timed | Practiced | Last Practiced           |
           *     | ------------------------------------ | ----------- | -------- | ------- | ----- | --------- | ------------------------ |
           *     | Story 1: Streaming shipment tracking | ✓           | ✓        | ✓       | 52s   | 1         | 2026-03-02T09:30:00.000Z |
           */
          "text/markdown": string;
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:invalid_input",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "path": "title",
           *           "message": "Too small: expected string to have >=1 characters"
           *         },
           *         {
           *           "path": "mood",
           *           "message": "Unknown field \"mood\""
           *         }
           *       ]
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The credential lacks a scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:storybank:problem:missing_scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This credential lacks the \"write\" scope."
           *     }
           */
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
  getBankSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Schema (draft 2020-12) */
      200: {
        headers: {
          "RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "$schema": "https://json-schema.org/draft/2020-12/schema",
           *       "$id": "https://storybank.dev/schema/bank/v1.json",
           *       "title": "Storybank bank",
           *       "type": "object"
           *     }
           */
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["InternalError"];
    };
  };
}
