import type { Info as Story } from "../../story/index.ts";

export type StoryKind = Story["kind"];

/**
 * The competency lexicon: the concepts behavioral interviews probe, each with the words and
 * phrases by which a story or a value description expresses it. Values and stories are both
 * read into these concepts, so a value that says "share honest disagreement" meets a story that
 * says "pushed back on my director" without a word in common.
 *
 * Source: written for Storybank from the practice of behavioral interviewing — the STAR method,
 * the competencies interview guides and published value statements name (Amazon's Leadership
 * Principles, Netflix's culture memo, Stripe's operating principles, the Staff+ signals of scope,
 * leadership, metrics and reflection) — and the way candidates tell such stories. It holds no
 * text of any evaluation set. WordNet 3.1 widens each single-word cue to its synonyms and
 * derived forms (see `scripts/build-synonyms.ts` and `synonyms.ts`).
 *
 * Cues are ", "-separated. A cue of several words matches those words in order with at most one
 * other word between two of them ("took full ownership" for "took ownership"); words are
 * compared by stem, so "disagreed" and "disagrees" meet "disagree".
 */
export const lexiconVersion = "2026-11-30.1";
export const lexiconSource =
  "Storybank competency lexicon: behavioral-interview competencies (STAR practice; Amazon Leadership Principles, Netflix culture memo, Stripe operating principles, Staff+ signals), widened with WordNet 3.1 synonyms";

export interface ConceptDef {
  id: string;
  /** How a reason names it. */
  label: string;
  /** The story kinds that usually show it, for inferring a story's kind from its text. */
  kinds: StoryKind[];
  cues: string[];
}

const c = (id: string, label: string, kinds: StoryKind[], cues: string): ConceptDef => ({
  id,
  label,
  kinds,
  cues: cues.split(", ").map((cue) => cue.trim()),
});

export const concepts: ConceptDef[] = [
  c(
    "disagreement",
    "disagreement",
    ["conflict", "influence"],
    "disagree, disagreed, disagreement, disagreeing, honest disagreement, strong disagreement, respectful disagreement, push back, pushed back, pushback, objected, objection, dissent, dissented, challenged the decision, challenged the plan, challenged my manager, challenge a decision, argued against, argued for, made the case against, went against, stood my ground, held my ground, backbone, disagree and commit, not convinced, unconvinced, i thought it was wrong, wrong call, counter proposal, counterproposal, counter argument, contrary, opposed, opposing view, overruled, veto, said no to, voiced concerns, raised concerns, raised my concern, flagged concerns, questioned the decision, spoke up, speak up, stand up to, stood up to, didn't agree, did not agree",
  ),
  c(
    "candor",
    "candor",
    ["conflict"],
    "candor, candour, candid, candidly, frank, frankly, direct, directly, blunt, forthright, straightforward, honest feedback, honest opinion, honest disagreement, told him, told her, told them, told my manager, told the director, said what i thought, speak my mind, spoke my mind, speak your mind, uncomfortable truth, hard truth, hard conversation, difficult conversation, tough conversation, uncomfortable conversation, to their face, radical candor, straight talk, bad news, delivered bad news, raised the issue, raised an issue, brought it up, brought up, elephant in the room, nobody wanted to say, no one wanted to say, nobody would say, unpopular, unpopular opinion, said it out loud, named the problem",
  ),
  c(
    "feedback",
    "feedback",
    ["team", "leadership"],
    "feedback, gave feedback, give feedback, constructive feedback, difficult feedback, critical feedback, received feedback, asked for feedback, sought feedback, 360, performance review, review comments, critique, criticism, coaching conversation, one on one, 1:1, blind spot",
  ),
  c(
    "conflict-resolution",
    "conflict resolution",
    ["conflict", "team"],
    "conflict, conflicts, tension, tensions, friction, clash, clashed, at odds, feud, resolve the conflict, resolved, mediated, mediate, common ground, middle ground, compromise, compromised, de-escalate, deescalate, defused, reconcile, reconciled, win-win, both sides, each side, two teams, competing proposals, heated, argument, difficult relationship, working relationship, difficult colleague, difficult coworker, hard to work with, difficult to work with, personality clash, strained, abrasive, dismissive, rude, hostile, defensive, got along, didn't get along, did not get along",
  ),
  c(
    "commitment-after-disagreement",
    "committing after disagreement",
    ["conflict"],
    "disagree and commit, committed fully, backed the decision, supported the decision, once the decision was made, went with their call, despite my reservations, despite disagreeing, fully behind",
  ),
  c(
    "risk-taking",
    "risk-taking",
    ["risk"],
    "risk, risks, risky, took a risk, take a risk, calculated risk, bet, betting, bet on, big bet, gamble, gambled, bold, boldly, boldness, daring, dared, courage, courageous, brave, leap, leap of faith, could have failed, might fail, put my reputation, reputation on the line, stuck my neck out, all in, moonshot, uncomfortable, uncomfortably, unproven, untested, nobody had tried, no one had tried, high stakes, stakes, exposure, against the odds, uncomfortably exciting",
  ),
  c(
    "risk-management",
    "managing risk",
    ["risk", "architecture"],
    "mitigate, mitigated, mitigation, de-risk, derisk, derisked, risk assessment, contingency, contingency plan, fallback, rollback plan, roll back, rolled back, feature flag, feature flags, kill switch, canary, staged rollout, gradual rollout, phased rollout, guardrail, guardrails, safety net, dry run, failure modes, blast radius, worst case, backout",
  ),
  c(
    "learning-fast",
    "learning fast",
    ["learning"],
    "learn, learned, learning, learnt, learn quickly, learned fast, taught myself, self-taught, ramp up, ramped up, ramping up, got up to speed, up to speed, crash course, studied, study, read up, reading up, new domain, new language, new to me, unfamiliar, never used, never worked with, no experience, no background, from scratch, steep learning curve, learning curve, picked up, courses, online course, took a course, tutorial, tutorials, textbook, read the book, read the docs, read the documentation, read the paper, research papers, certification, outside my expertise, outside my comfort zone, beginner, novice, knew nothing, didn't know, did not know",
  ),
  c(
    "curiosity",
    "curiosity",
    ["learning"],
    "curious, curiosity, asked why, asking why, wondered, wonder, explored, explore, exploring, exploration, inquisitive, fascinated, fascination, intrigued, interest, interested, beyond my specialty, outside my specialty, adjacent, other disciplines, rabbit hole, dug into why, questions nobody asked, sought out, other perspectives, different perspective, connected the dots, connections others missed, first principles",
  ),
  c(
    "ownership",
    "ownership",
    ["leadership", "achievement"],
    "ownership, owned, own it, took ownership, take ownership, my responsibility, responsibility, responsible, accountable, accountability, stepped up, step up, stepped in, no one owned, nobody owned, no owner, orphaned, fell through the cracks, volunteered, end to end, end-to-end, saw it through, followed through, follow through, not my job, beyond my role, outside my role, took charge, took it on, picked it up, on behalf of the whole company, acted like an owner, saw it to the end, finished the job, nobody else would, no one else would, picked up the pieces, my problem to fix, mine to fix, left unfinished, half-finished, half finished, took over, to completion, closed the loop, did not hand off, didn't hand off",
  ),
  c(
    "initiative",
    "initiative",
    ["leadership", "achievement"],
    "initiative, proactive, proactively, on my own initiative, without being asked, nobody asked, no one asked, self-directed, self-starter, took the first step, unprompted, of my own accord, started on my own, spotted, noticed, side project",
  ),
  c(
    "customer-focus",
    "customer focus",
    ["achievement"],
    "customer, customers, user, users, client, clients, merchant, merchants, member, members, subscriber, subscribers, buyer, buyers, patient, patients, shopper, consumer, consumers, end user, customer pain, pain point, pain points, user research, interviewed users, talked to customers, spoke with customers, customer feedback, user feedback, support tickets, tickets, churn, nps, satisfaction, complaints, complained, user experience, experience for users, worked backwards, working backwards, customer obsession, obsessed over, on behalf of customers, advocate for users, empathy for users, audience, viewers, fans, shadowed users, sat with, watched them, watched users, site visit, spent a day, their workflow, user interviews, talked to users, what they needed, on the floor",
  ),
  c(
    "frugality",
    "frugality",
    ["achievement"],
    "frugal, frugality, cost, costs, cut costs, cost savings, saved, savings, save money, budget, under budget, cheaper, inexpensive, spend, spending, cloud bill, bill, reduced spend, resourceful, resourcefulness, constraint, constraints, constrained, limited resources, limited budget, no budget, small budget, shoestring, headcount freeze, hiring freeze, do more with less, more with less, reused, reuse, scrappy, lean, thrifty, waste, wasted, efficient, efficiency, dollars, per month, per year, annual savings",
  ),
  c(
    "mentoring",
    "mentoring and growing people",
    ["team", "leadership"],
    "mentor, mentored, mentoring, mentee, coach, coached, coaching, taught, teach, teaching, onboarded, onboarding, grew, growth, develop people, developed, promoted, promotion, career, careers, junior, juniors, intern, interns, new hire, new hires, pair programming, paired with, sponsored, sponsor, stretch assignment, stretch project, delegated, brown bag, workshop, workshops, training, trained, upskill, upskilled, growing engineers, grow others, next leaders, succession, less experienced, newer, newcomer, newcomers, help them grow, helped them grow, helped her grow, helped him grow, grow into, grew into, early-career, early career, first job, first role, career growth",
  ),
  c(
    "hiring",
    "hiring",
    ["team"],
    "hire, hired, hiring, recruit, recruited, recruiting, recruitment, interviewed candidates, interviewing, candidate, candidates, interview loop, hiring bar, bar raiser, talent, sourcing, offer, offers, headcount, built the team, build a team, staffed, staffing",
  ),
  c(
    "talent-density",
    "a high-performing team",
    ["team", "leadership"],
    "dream team, talent density, top talent, stunning colleagues, high performers, high performing, high-performing, top performers, star performers, a players, strongest team, exceptional people, keeper test, underperformer, underperforming, low performer, performance plan, performance improvement plan, managed out, let go, let him go, let her go, fired, raised the bar on the team, adequate performance, generous severance",
  ),
  c(
    "high-standards",
    "high standards",
    ["achievement", "architecture"],
    "high standards, raise standards, raised standards, raising standards, higher standard, high bar, raise the bar, raised the bar, raising the bar, quality bar, excellence, excellent, exceptional, craftsmanship, craft, polish, polished, not good enough, refused to ship, wouldn't ship, insisted on, rigor, rigorous, best in class, world class, world-class, attention to detail, meticulous, thorough, uncompromising, high quality, great work, always better, continuously improve, continuous improvement, kaizen, sharpen, pride in",
  ),
  c(
    "inclusion",
    "inclusion",
    ["team"],
    "inclusion, inclusive, included, including everyone, diverse, diversity, belonging, belong, underrepresented, marginalized, different backgrounds, backgrounds, bias, biases, biased, unconscious bias, quiet voices, quieter, quiet, overlooked, unheard, every voice, heard, accessibility, accessible, equity, equitable, fair, fairness, remote colleagues, time zones, non-native, non native, accent, psychological safety, safe to speak, welcomed, welcoming, perspectives, respected, respect, neurodiverse, women, gender, culture, cultures, cultural, left out, excluded, disability, disabilities, wheelchair, deaf, different perspective, different perspectives, different viewpoints, underserved, made room",
  ),
  c(
    "resilience",
    "resilience",
    ["failure", "risk"],
    "resilience, resilient, setback, setbacks, persevered, perseverance, persevere, persistence, persisted, persistent, kept going, keep going, didn't give up, did not give up, never gave up, refused to give up, bounced back, bounce back, grit, tough, toughest, adversity, rejected, rejection, turned down, demoralized, discouraged, morale, hard time, hardest, burnout, stress, stressful, exhausted, recovered, recover, comeback, weathered, endured, tenacity, tenacious, second attempt, third attempt, tried again",
  ),
  c(
    "failure",
    "failure and recovery",
    ["failure"],
    "fail, failed, failure, failures, failing, mistake, mistakes, my mistake, error, errors, misjudged, misjudgment, underestimated, overestimated, got it wrong, was wrong, i was wrong, went wrong, what went wrong, broke production, broke, caused an outage, shipped a bug, my fault, i caused, lessons learned, lesson learned, owned the mistake, owned up, apologized, apology, fell short, didn't work, did not work, missed the deadline, missed, flop, flopped, backfired, regret, in hindsight, looking back, wrong assumption",
  ),
  c(
    "invention",
    "invention",
    ["achievement", "architecture"],
    "invent, invented, invention, innovate, innovated, innovation, innovative, novel, new approach, new idea, new ideas, idea, ideas, prototype, prototyped, prototyping, patent, patented, creative, creativity, creatively, reimagined, reinvented, reinvent, first of its kind, out of the box, unconventional, hackathon, original, came up with, designed a new, built a new, new tool, new way, rethought, rethink, breakthrough, ingenious",
  ),
  c(
    "experimentation",
    "experimentation",
    ["achievement", "learning"],
    "experiment, experiments, experimented, experimentation, painted door, smoke test, waitlist, landing page test, concierge test, validate demand, validated demand, a/b test, ab test, a b test, split test, hypothesis, hypotheses, pilot, piloted, trial, trialed, tested the idea, test the idea, proof of concept, poc, spike, mvp, minimum viable, iterate, iteration, iterations, tried, try, trying, learn by doing, small bets, test, tests, tested",
  ),
  c(
    "bias-for-action",
    "bias for action",
    ["risk", "achievement"],
    "bias for action, urgency, urgent, urgently, quickly, quick, fast, faster, moved fast, move fast, speed, swiftly, rapidly, within hours, within days, in days, same day, overnight, immediately, right away, decisive, decisively, acted, act, didn't wait, did not wait, without waiting, without permission, reversible, two-way door, two way door, momentum, shipped early, shipped a first version, unblocked, got moving",
  ),
  c(
    "under-pressure",
    "delivering under pressure",
    ["achievement", "risk"],
    "deadline, deadlines, tight deadline, hard deadline, under pressure, pressure, pressured, crunch, launch date, time pressure, against the clock, race against, ticking, weeks before launch, days before, last minute, high pressure, stakes were high, crisis, crises, firefight, firefighting, all hands on deck, calm under pressure, stayed calm, kept calm, composure, time-boxed, timeboxed",
  ),
  c(
    "delivery",
    "delivering results",
    [],
    "delivered, deliver, delivering, delivery, shipped, ship, shipping, launched, launch, rolled out, completed, finished, on time, ahead of schedule, hit the date, met the deadline, results, result, outcome, outcomes, impact, goal, goals, target, targets, exceeded, achieved, achievement, milestone, milestones, got it done, execution, executed",
  ),
  c(
    "incident",
    "incident response",
    ["failure", "risk"],
    "incident, incidents, outage, outages, sev1, sev-1, sev 1, sev2, oncall, on-call rotation, on-call engineer, pager, paged, firefight, emergency, production down, site down, downtime, went down, mitigated, war room, escalation, escalated, rollback, hotfix, hot fix, degraded, alert, alerts, at 2am, 3am, middle of the night, weekend",
  ),
  c(
    "earning-trust",
    "earning trust",
    ["influence", "leadership"],
    "trust, trusted, trusting, earned trust, earn trust, rebuilt trust, rebuild trust, regained trust, credibility, credible, relationship, relationships, rapport, kept my word, keep my word, kept promises, reliable, reliability of my word, dependable, vulnerable, vulnerability, goodwill, confidence in me, their confidence, skeptical team, skeptics, won their trust, promised, kept the promise, broke a promise, committed to, slipped, told them early, warned them early, gave them notice, bad news early, reset expectations, set expectations, commitments, met my commitment, meet my commitment, missed a commitment, missed my commitment, broke my promise, let them down, let down, over-promised, overpromised, under-delivered, followed up as promised",
  ),
  c(
    "integrity",
    "integrity",
    ["conflict", "failure"],
    "integrity, ethical, ethics, unethical, right thing, did the right thing, do the right thing, honest, honesty, honestly, truth, truthful, told the truth, disclosed, disclose, disclosure, admitted, admit, confessed, compliance, legal, misleading, mislead, cover up, fudge, fudged, shortcut, shortcuts, no shortcuts, principle, principles, principled, no one was watching, nobody was watching, regardless of consequences, came clean, set the record straight, corrected the record, retracted, my own error, owned the error, sweep it under, hide it, hid it, didn't hide, own it publicly",
  ),
  c(
    "transparency",
    "transparency",
    ["influence", "leadership"],
    "transparent, transparency, openly, in the open, shared context, share context, context, shared information, share information, information freely, documented, wrote up, write-up, writeup, published, status updates, status update, weekly update, visibility, visible, dashboard, open book, kept everyone informed, informed, broadcast, over-communicated, overcommunicated, shared openly, in public, wrote up what went wrong, shared the mistake, shared what i learned, wrote up what i learned, post-mortem, postmortem, retrospective, open about, told everyone, shared the failure, learning in public, kept a log, shared my notes, shared the notes",
  ),
  c(
    "dive-deep",
    "diving deep",
    ["architecture", "failure"],
    "root cause, root causes, dig, dug, dug into, digging, dove deep, dive deep, deep dive, deep-dive, investigated, investigate, investigation, traced, trace, tracing, debugged, debug, debugging, logs, profiled, profiling, five whys, 5 whys, detailed, granular, audited, audit, analyzed, analysed, analysis, skeptical, anomaly, anomalies, discrepancy, discrepancies, didn't add up, didn't match, underlying, symptom, symptoms, bottom of, instrumented, hands-on, in the weeds, the details, went through every, checked every, real cause, actual cause, kept digging, dug deeper, went deeper, assumption was wrong, tested my assumption, questioned the assumption, traced it back, narrowed it down, reproduced",
  ),
  c(
    "data-driven",
    "data-driven decisions",
    [],
    "data, data-driven, data driven, data-informed, metric, metrics, measured, measure, measuring, measurement, analytics, numbers, evidence, baseline, benchmark, benchmarked, benchmarks, instrumented, telemetry, quantified, quantify, statistics, statistical, survey, surveyed, cohort, funnel, conversion, percentile, p95, p99, model, modeled, spreadsheet, sql, query, a/b, signal",
  ),
  c(
    "simplify",
    "simplifying",
    ["architecture"],
    "simplify, simplified, simplifying, simplification, simple, simpler, simplicity, removed, remove, deleted, delete, cut scope, fewer steps, fewer, consolidated, consolidate, streamlined, streamline, reduced complexity, complexity, complex, complicated, cleaned up, clean up, cleanup, tech debt, technical debt, legacy, deprecated, deprecate, decommissioned, sunset, retired, less is more, merged, collapsed, one way, single source of truth, unnecessary, fewer pieces, fewer parts, fewer tools, fewer systems, took out, stripped, stripped down, pared down, cut down, removed steps, one tool, replaced three, got rid of",
  ),
  c(
    "influence",
    "influence without authority",
    ["influence"],
    "influence, influenced, influencing, persuade, persuaded, persuading, persuasion, convince, convinced, convincing, buy-in, buy in, bought in, won over, win over, rallied, rally, alignment, aligned, align, get aligned, without authority, no authority, no formal authority, didn't report to me, did not report to me, other teams, another team, peer teams, cross-team, cross team, advocate, advocated, champion, championed, pitched, pitch, proposal, proposed, rfc, made the case, brought along, brought them along, coalition, allies, ally, sponsor, executive sponsor, lobbied, sold the idea, socialized",
  ),
  c(
    "ambiguity",
    "ambiguity",
    ["leadership", "risk"],
    "ambiguous, ambiguity, unclear, uncertain, uncertainty, undefined, ill-defined, no clear, not clear, vague, incomplete information, incomplete data, partial information, unknown, unknowns, open-ended, open ended, fuzzy, murky, no playbook, no precedent, no roadmap, no spec, without a spec, blank page, blank slate, greenfield, figure out, figured out, figure it out, nobody knew, no one knew, moving target, changing requirements, chaos, chaotic",
  ),
  c(
    "prioritization",
    "prioritization",
    ["leadership"],
    "prioritize, prioritized, prioritizing, prioritization, prioritise, prioritised, priority, priorities, trade-off, trade-offs, tradeoff, tradeoffs, trade off, focus, focused, focusing, said no, say no, saying no, cut scope, descoped, de-scoped, scope down, what not to do, ruthless, ruthlessly, triage, triaged, backlog, sequencing, sequenced, most important, 80/20, opportunity cost, competing demands, competing priorities, too many projects, stopped working on, deferred, postponed",
  ),
  c(
    "judgment",
    "judgment",
    ["leadership", "risk"],
    "decision, decisions, decided, decide, deciding, judgment, judgement, sound judgment, tough call, hard call, made the call, weighed, weighing, options, alternatives, pros and cons, long-term, short-term, irreversible, intuition, instinct, gut, chose, choose, choice, trade-off, call, considered, evaluated, assessment, reasoning, wise, wisely",
  ),
  c(
    "vision",
    "vision and thinking big",
    ["leadership", "architecture"],
    "vision, strategy, strategic, strategically, north star, think big, thinking big, thought big, bold vision, multi-year, long-term plan, roadmap, ambitious, ambition, moonshot, 10x, ten times, transform, transformed, transformation, industry, company-wide, reimagine, big picture, future, where we should be",
  ),
  c(
    "technical-design",
    "technical design",
    [],
    "architecture, architected, architect, designed, design, design doc, system design, system, systems, scalability, scalable, scale, scaled, scaling, migration, migrated, migrate, rewrite, rewrote, distributed, latency, throughput, performance, infrastructure, platform, api, apis, database, databases, service, services, microservices, pipeline, cache, caching, queue, sharding, schema, protocol, framework, code, coding",
  ),
  c(
    "reliability",
    "operational excellence",
    ["architecture"],
    "reliability, reliable, uptime, availability, slo, slos, sla, slas, monitoring, alerting, observability, runbook, runbooks, toil, automation, automated, automate, self-healing, redundancy, failover, disaster recovery, chaos engineering, error budget, resilience engineering, operational excellence, stability, stable",
  ),
  c(
    "quality",
    "quality and testing",
    ["architecture"],
    "quality, testing, tests, tested, test coverage, coverage, bug, bugs, defect, defects, regression, regressions, code review, code reviews, ci, continuous integration, qa, verified, validation, validated, correctness, edge cases",
  ),
  c(
    "collaboration",
    "collaboration",
    [],
    "collaborate, collaborated, collaboration, collaborative, together, partnered, partner, partners, partnership, cross-functional, cross functional, teamwork, team player, jointly, worked closely, worked with, side by side, designers, product manager, product managers, pm, data scientists, one team, joint, co-wrote, pairing",
  ),
  c(
    "selflessness",
    "selflessness",
    ["team"],
    "selfless, selflessness, helped another team, helped a colleague, helped colleagues, help colleagues, helping others, gave credit, gave them credit, shared credit, share credit, shared the credit, credit to, put the team first, company first, company's interest, company over team, ahead of my own, ahead of my team, sacrificed, sacrifice, dropped my own, set aside my own, lent a hand, unblocked others, no ego, ego, behind the scenes, glue work, thankless, not my project, for the greater good, greater good",
  ),
  c(
    "humility",
    "humility",
    ["learning", "failure"],
    "humble, humility, humbled, i was wrong, admitted i was wrong, asked for help, ask for help, didn't have all the answers, low ego, modest, open to feedback, changed my mind, change my mind, learned from them, listened first, let others lead, credit others, didn't know the answer",
  ),
  c(
    "communication",
    "communication",
    [],
    "communicate, communicated, communicating, communication, explain, explained, explaining, explanation, presented, presentation, presentations, memo, memos, one-pager, clarity, concise, concisely, audience, non-technical, nontechnical, non-expert, layman, executives, storytelling, translated, translate, narrative, diagram, diagrams, demo, demoed, misunderstanding, misunderstood, miscommunication, wrote a doc, wrote up, in writing, written update, plain language, plain english",
  ),
  c(
    "stakeholders",
    "stakeholder management",
    ["influence"],
    "stakeholder, stakeholders, expectations, managed expectations, set expectations, reset expectations, executive, executives, leadership team, vp, vps, director, directors, cfo, cto, ceo, escalated, escalate, steering committee, sign-off, signoff, business owners, product leadership",
  ),
  c(
    "negotiation",
    "negotiation",
    ["influence", "conflict"],
    "negotiate, negotiated, negotiating, negotiation, negotiations, bargain, contract, contracts, vendor, vendors, concession, concessions, counteroffer, compromise, reached an agreement, struck a deal, closed the deal",
  ),
  c(
    "leading",
    "leading a team",
    [],
    "led, leading, leader, leadership, led the team, led a team, i led, team lead, tech lead, technical lead, managed a team, managed the team, managing a team, team of, my team, my reports, direct reports, set direction, set the direction, organized, organised, coordinated, coordinate, delegated, delegate, ran the, headed, in charge, steered, spearheaded, orchestrated, took the lead",
  ),
  c(
    "motivating",
    "motivating others",
    ["leadership", "team"],
    "inspire, inspired, inspiring, motivate, motivated, motivating, motivation, energized, energize, enthusiasm, enthusiastic, morale, celebrated, celebrate, recognition, recognized, rallied, rally, encouraged, encourage, uplifted, engagement, engaged",
  ),
  c(
    "passion",
    "passion",
    [],
    "passion, passionate, passionately, care, cared, caring, care deeply, cared deeply, love, loved, mission, driven, obsessed, obsession, excited, exciting, pride, proud, dedicated, dedication, devoted, enthusiasm, went the extra mile, extra mile, above and beyond",
  ),
  c(
    "adaptability",
    "adaptability",
    ["learning", "risk"],
    "adapt, adapted, adapting, adaptable, adaptability, changed course, course correct, course-corrected, pivot, pivoted, pivoting, reorg, reorganization, reorganisation, new direction, flexible, flexibility, shifting priorities, change management, thrive on change, changed our approach, changed my approach, changed the plan, changed plans, adjusted the plan",
  ),
  c(
    "empathy",
    "empathy",
    ["team"],
    "empathy, empathetic, empathize, empathised, understood their perspective, their perspective, their point of view, their shoes, wellbeing, well-being, burned out, burnout, personal, compassion, compassionate, kind, kindness, human, supported them, support them, struggling, struggled, listened to them, concerns, cared about them",
  ),
  c(
    "impact",
    "measurable impact",
    [],
    "impact, revenue, growth, grew, increased, increase, improved, reduced, reduction, percent, %, $, million, millions, thousand, kpi, kpis, okr, okrs, conversion, retention, roi, return on investment, margin, profit, saved, doubled, tripled, halved, cut",
  ),
  c(
    "business-acumen",
    "business sense",
    ["achievement", "influence"],
    "business, business case, revenue, profit, profitability, margin, margins, market, market share, competitor, competitors, competitive, commercial, go-to-market, go to market, pricing, price, roi, return on investment, unit economics, p&l, strategy, customers' business, bottom line",
  ),
  c(
    "scope",
    "broad scope",
    ["leadership", "architecture"],
    "org-wide, organization-wide, company-wide, across the company, across teams, across the organization, multiple teams, several teams, many teams, dozens of teams, hundreds of engineers, every team, all teams, cross-org, organization, org, scope, broad, whole company, whole engineering, entire company, platform used by, industry-wide",
  ),
  c(
    "reflection",
    "reflection",
    ["learning", "failure"],
    "lesson, lessons, learned that, in hindsight, hindsight, looking back, would do differently, do differently, differently, next time, takeaway, takeaways, reflect, reflected, reflection, self-aware, self-awareness, realized, realised, taught me",
  ),
  c(
    "growth-mindset",
    "growth mindset",
    ["learning"],
    "growth mindset, grow, growing, personal growth, improve myself, self-improvement, developed my skills, develop myself, stretch, stretched, weakness, weaknesses, got better at, better at, practice, practiced, deliberate practice",
  ),
  c(
    "autonomy",
    "freedom and responsibility",
    ["leadership"],
    "autonomy, autonomous, independently, independent, on my own, by myself, alone, freedom, freedom and responsibility, without supervision, no supervision, self-managed, trusted to decide, given the latitude, latitude, empowered, empower, empowering, empowerment, context not control, context, not control, decentralized",
  ),
  c(
    "people-over-process",
    "people over process",
    ["leadership"],
    "process, processes, bureaucracy, bureaucratic, red tape, rules, rule, policy, policies, approval process, approvals, removed approvals, fewer rules, guidelines, heavyweight, lightweight, checklist, gates, gatekeeping, sign-offs, judgment over rules, trusted people, instead of rules, unnecessary process, paperwork",
  ),
  c(
    "efficiency",
    "efficiency and automation",
    ["achievement", "architecture"],
    "automate, automated, automation, script, scripts, tooling, tool, tools, toil, manual, manually, hours saved, saved hours, productivity, productive, developer experience, efficiency, efficient, faster builds, build time, cycle time, throughput, self-service, self service",
  ),
  c(
    "long-term",
    "long-term thinking",
    ["architecture", "leadership"],
    "long term, long-term, longer term, years, for years, future, sustainable, sustainability, maintainable, maintainability, built to last, foundation, foundational, investment, invest, invested, pays off, paid off, compounding, durable, lasting",
  ),
  c(
    "teamwork-across",
    "working across teams",
    ["team", "influence"],
    "cross-team, cross team, another team, other team, other teams, partner team, partner teams, sister team, dependency, dependencies, upstream, downstream, interlock, handoff, hand-off, shared goal, joint plan",
  ),
  c(
    "learning-culture",
    "a culture that learns from failure",
    ["team", "failure"],
    "postmortem, postmortems, post-mortem, post mortem, blameless, blame, blamed, blaming, retrospective, retrospectives, retro, retros, incident review, learning review, lessons learned review, finger pointing, finger-pointing, safe to fail, safe to admit",
  ),
  c(
    "lasting-fix",
    "fixing for good",
    ["failure", "architecture"],
    "never happen again, couldn't happen again, won't happen again, doesn't happen again, didn't happen again, not happen again, never recurred, recurrence, recur, recurring, repeat incident, permanent fix, proper fix, real fix, whole class of, class of bugs, class of problems, systemic, systemic fix, prevent, prevented, prevention, preventive, guard against, safeguard, safeguards, for good",
  ),
  c(
    "verification",
    "checking for oneself",
    ["architecture", "failure"],
    "checked, double-checked, double checked, checked myself, verify, verified, verification, cross-checked, cross checked, sanity check, sanity-checked, spot check, spot-checked, reconciled, reconcile, did the math, ran the numbers myself, read the code myself, went to see, saw for myself, first-hand, firsthand, on the ground",
  ),
  c(
    "customer-trust",
    "safety, security and privacy",
    ["risk"],
    "security, secure, vulnerability, vulnerabilities, breach, privacy, private, compliance, compliant, regulation, regulatory, regulator, audit, auditors, fraud, safety, safe, pci, gdpr, soc 2, soc2, encryption, personal data, customer data, card data, card numbers, account numbers, credentials, passwords, access rights, revoked, permissions, sensitive, safeguard, trust and safety",
  ),
];
