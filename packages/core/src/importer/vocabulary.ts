/**
 * Label spellings people use beside the English ones the label patterns know: other languages
 * (Spanish, German, French, Portuguese, Dutch STAR sheets) and English variants. Each entry maps
 * a label in normal form (lower case, no colon, see `normalizeLabel`) to the English label whose
 * field it fills. Data only: adding a spelling is adding a line.
 */
export const labelSynonyms: Readonly<Record<string, string>> = {
  // English variants.
  "result & impact": "result",
  "results & impact": "result",
  "result and impact": "result",
  "results and impact": "result",
  "outcome & impact": "result",
  "impact & results": "result",
  "the outcome": "result",
  "competency tags": "tags",
  "skill tags": "tags",
  "how it ended": "result",
  "how it turned out": "result",
  "how it went": "result",
  "end result": "result",
  "the end result": "result",
  "what came of it": "result",
  approach: "action",
  "my approach": "action",
  "the approach": "action",
  execution: "action",
  "steps i took": "action",
  "steps taken": "action",
  "how i did it": "action",
  "what i did about it": "action",
  retro: "lessons",
  retrospective: "lessons",
  "lesson i took": "lessons",
  "lessons i took": "lessons",
  "what i took away": "lessons",
  "what i'd tell a new grad": "lessons",
  learned: "lessons",
  learnt: "lessons",
  learning: "lessons",
  "what i learnt": "lessons",
  "lessons learnt": "lessons",
  "key learning": "lessons",
  "what i'd change": "differently",
  "what i would change": "differently",
  "what i'd do differently next time": "differently",
  "questions this answers": "questions",
  "asked as": "questions",
  "how it's asked": "questions",
  "how it gets asked": "questions",
  "questions this story answers": "questions",
  "questions it answers": "questions",
  "use for": "questions",
  "use it for": "questions",
  "use this for": "questions",
  "use when asked": "questions",
  "works for": "questions",
  "question variants": "questions",
  "questions to use it for": "questions",
  "follow-up questions": "follow-ups",
  "follow up questions": "follow-ups",
  "likely follow-ups": "follow-ups",
  "team size": "team size",
  headcount: "team size",
  "my part": "task",
  "my bit": "task",
  // Shorthand in phone notes: "Sit:", "Situ:", "Res:".
  sit: "situation",
  situ: "situation",
  sitch: "situation",
  res: "result",
  "what was going on": "situation",
  scenario: "situation",
  "the scenario": "situation",
  "what was happening": "situation",
  "my responsibility": "task",
  "my job": "task",
  "my answer": "draft",
  "full story": "draft",
  "the full story": "draft",
  "whole story": "draft",
  "the whole story": "draft",
  "full version": "draft",
  "long version": "draft",
  answer: "draft",
  "the answer": "draft",
  "sample answer": "draft",
  "my response": "draft",
  "how i answered": "draft",
  "what i said": "draft",
  // Spanish.
  situación: "situation",
  situacion: "situation",
  contexto: "situation",
  problema: "situation",
  reto: "situation",
  desafío: "situation",
  obstáculo: "task",
  "preguntas posibles": "questions",
  "lo que aprendí": "lessons",
  "qué aprendí": "lessons",
  "lo que haría diferente": "what i'd do differently",
  "qué haría diferente": "what i'd do differently",
  tarea: "task",
  objetivo: "task",
  acción: "action",
  accion: "action",
  acciones: "action",
  resultado: "result",
  resultados: "result",
  "lección aprendida": "lessons",
  "leccion aprendida": "lessons",
  "lecciones aprendidas": "lessons",
  lección: "lessons",
  lecciones: "lessons",
  aprendizaje: "lessons",
  aprendizajes: "lessons",
  pregunta: "questions",
  preguntas: "questions",
  empresa: "company",
  compañía: "company",
  rol: "role",
  puesto: "role",
  año: "year",
  etiquetas: "tags",
  notas: "notes",
  // German.
  aufgabe: "task",
  herausforderung: "situation",
  hindernis: "task",
  "mögliche fragen": "questions",
  ziel: "task",
  maßnahmen: "action",
  massnahmen: "action",
  maßnahme: "action",
  handlung: "action",
  vorgehen: "action",
  ergebnis: "result",
  ergebnisse: "result",
  "was ich gelernt habe": "lessons",
  erkenntnis: "lessons",
  erkenntnisse: "lessons",
  lektion: "lessons",
  learnings: "lessons",
  frage: "questions",
  fragen: "questions",
  firma: "company",
  unternehmen: "company",
  arbeitgeber: "company",
  rolle: "role",
  jahr: "year",
  zeitraum: "period",
  teamgröße: "team size",
  notizen: "notes",
  // French.
  tâche: "task",
  problème: "situation",
  défi: "situation",
  contexte: "situation",
  tache: "task",
  résultat: "result",
  résultats: "result",
  resultat: "result",
  leçon: "lessons",
  leçons: "lessons",
  "ce que j'ai appris": "lessons",
  entreprise: "company",
  rôle: "role",
  année: "year",
  // Portuguese.
  situação: "situation",
  tarefa: "task",
  ação: "action",
  ações: "action",
  "lição aprendida": "lessons",
  "lições aprendidas": "lessons",
  aprendizado: "lessons",
  aprendizados: "lessons",
  "o que aprendi": "lessons",
  perguntas: "questions",
  // Dutch.
  situatie: "situation",
  taak: "task",
  actie: "action",
  acties: "action",
  resultaat: "result",
  "wat ik geleerd heb": "lessons",
  vragen: "questions",
  bedrijf: "company",
};

/**
 * Headings and label lines that title a part of a document that is no story, however the rest
 * is written: the questions to ask the interviewer, links and resources, notes to self, a
 * post's TL;DR and edits, a repository's contributing and licence sections, a glossary, a list
 * of stories still to write. Their text goes to the report, never into a story.
 */
const asides: RegExp[] = [
  /^(my )?questions? (to ask|i ask(ed)?|for)( (them|the interviewer|interviewers|the panel|the company|at the end|hiring managers?|my interviewers?))*( at the end)?$/,
  /^questions? for (them|the interviewer|interviewers|the panel)$/,
  /^(reverse|my) questions$/,
  /^(resources|references|links|useful links|further reading|reading list|see also|sources)$/,
  /^related( pages| notes| links| posts| questions| reading)?$|^people also ask$/,
  /^notes? to (self|myself)$/,
  // "Other questions I was asked (no time to write these up!)": questions with no story yet.
  /^(other |more |extra |remaining )questions?( i| they| we)?( was| were| have been| got)? ?(asked|got|prepped|prepared|had)?( but [^()]*)?( \([^()]*\))?$/,
  // "Question bank (unmapped)", "Practice questions": questions with no story told under them.
  /^(my |the )?(question bank|question list|list of questions|practice questions|questions to (practi[cs]e|prepare))( \([^()]*\))?$/,
  // "Interview prep – general", "General prep notes": advice for the day, not a story.
  /^(interview |general |final )*(prep|preparation)( notes| tips)?( [–—-] general)?$/,
  /^tl;? ?dr$/,
  // "How I'm using this document", "About this page", "Read me first": the page on itself.
  /^(how (i|i'm|i am|to|we) (use|using|read)|about) (this|the) (document|doc|page|bank|file|note|list|story bank)$|^how (this|the) (document|doc|page|bank|file|note|list) works$|^read ?me( first)?$|^start here$/,
  /^edit( ?\d+)?$|^update( ?\d+)?$/,
  /^(contributing|contribution|contributors|license|licence|changelog|acknowledge?ments|credits|about( me| this repo)?)$/,
  // "⭐ If this helped you, star the repo!": a repository's sign-off.
  /^(if (this|it) helped( you)?,? )?(please )?(give (it|this|the repo) a )?star (the|this) (repo|repository)\b|^if (this|it) helped( you)?\b/,
  /^(table of )?contents$|^toc$|^(story |stories )?index$/,
  /^(vocabulario|vokabeln|vocabulary|glossary|glosario|glossar)( \/ \S+)*$/,
  /^(stories|story ideas) (to write|still to write|to do|backlog)$|^to ?do$|^todos?$/,
  /^(comments|thanks for reading)$/,
  // "Checklist before submitting", "Pre-interview checklist": the writer's own to-dos.
  /^((pre-?interview|pre-?submission|final|my) )?checklist( before \S.*| for \S.*)?$/,
  // A part explaining the method rather than telling a story ("What is the STAR method?",
  // "¿Qué es el método PAR?", "Rappel de la méthode", "The CAR format").
  /^(what is|what's|qué es|que es|qu'est-ce que|c'est quoi|was ist|o que é|wat is)( the| el| la| le| die| o| de)?( método| metodo| méthode| methode| method)? (star|car|par|soar|starl)( method| método| metodo| méthode| methode| methodiek| format| framework)?$/,
  /^how to (use|write|answer with|apply) (the )?(star|car|par|soar|starl)( method| format| framework| technique)?$/,
  /^(rappel de |reminder of |recap of |recordatorio del? |erinnerung an )?(la |el |the |die |de )?(méthode|método|metodo|method|methode|methodiek)( star| car| par| soar| starl)?$/,
  /^(the |el |la |le |die )?(star|car|par|soar|starl) (method|método|méthode|methode|format|framework|technique|explained|in (a|one) nutshell)( at a glance| explained| overview| in brief| cheat ?sheet| summary| in \d+ (seconds|minutes|words|steps))?$/,
  // A blank form to fill in ("Template — copy this …", "Blank STAR template", "Plantilla").
  /^((a|the|my|your|blank|empty|fill-in|fill in|answer|story|star|car|soar|starl) )*(template|vorlage|plantilla|modèle|modelo|modello|sjabloon)( ?[—–:(-].*)?$/,
];

/** Whether a heading or label line titles a part that is no story ("Questions to ask them"). */
export function isAside(text: string): boolean {
  const normal = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}]+/u, "")
    .replace(/[\s:.!?\-–—]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  // "The STAR format (reminder)", "Template (copy me)": the heading without its remark.
  const bare = normal.replace(/\s*\([^()]{1,30}\)$/, "");
  return asides.some((pattern) => pattern.test(normal) || (bare !== "" && pattern.test(bare)));
}

/** Words after a title's dash that say where its writing stands, not what it shows. */
const statusWords =
  /^(draft|wip|todo|tbd|tbc|unfinished|incomplete|rough|done|new|old|updated|revised|short|long|again|twice|finally|backup|favourite|favorite|best|classic|maybe)$/;

/**
 * "ownership, reliability", "disagreement, judgment", "mentoring": the themes a story shows,
 * written in lower case after its title's dash, as tags (1 to 5 of 1 to 3 words each; a single
 * word only when it names a theme rather than the writing's state). Undefined otherwise.
 */
export function themeList(text: string): string[] | undefined {
  const items = text.trim().split(/\s*,\s*/);
  if (items.length > 5) return undefined;
  const theme =
    /^(?!(?:the|a|an|my|our|this|that)\s)\p{Ll}[\p{Ll}'&-]*(?: \p{Ll}[\p{Ll}'&-]*){0,2}$/u;
  if (!items.every((item) => theme.test(item) && !statusWords.test(item))) return undefined;
  if (items.length === 1 && (/\s|ly$/.test(items[0]!) || items[0]!.length < 4)) return undefined;
  return items;
}

/** "full STAR", "rough notes", "CAR version": a remark after a title on how the story is written. */
export const formatRemark =
  /^(?:(?:full|complete|short|long|rough|partial|quick|first)\s+)?(?:star|car|par|soar|star-?l|notes|draft|version)(?:\s+(?:version|format|notes|draft))?$/i;
