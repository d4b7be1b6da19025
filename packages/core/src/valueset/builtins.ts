import type { Info, Value } from "./schema.ts";

/**
 * The built-in catalog: company values as versioned, sourced data. Descriptions are paraphrased;
 * keywords are the words and phrases a story tends to use when it shows the value (they feed the
 * text matcher). Keywords are written ", "-separated and questions " | "-separated to keep the
 * data dense; both are split into arrays here.
 */
const v = (
  key: string,
  name: string,
  description: string,
  keywords: string,
  questions: string,
): Value => ({
  key,
  name,
  description,
  keywords: keywords.split(", "),
  questions: questions.split(" | "),
});

const set = (
  id: string,
  company: string,
  name: string,
  asOf: string,
  source: string,
  values: Value[],
): Info => ({
  id,
  company,
  name,
  asOf,
  source,
  builtIn: true,
  version: 1,
  createdAt: `${asOf}T00:00:00.000Z`,
  updatedAt: `${asOf}T00:00:00.000Z`,
  values,
});

const amazon = set(
  "amazon-lp-2021",
  "Amazon",
  "Amazon Leadership Principles",
  "2021-07-01",
  "https://www.amazon.jobs/content/en/our-workplace/leadership-principles",
  [
    v(
      "customer-obsession",
      "Customer Obsession",
      "Begin with what the customer needs and work backwards from it; earn and keep their trust, and care more about customers than about competitors.",
      "customer, customers, customer obsession, worked backwards, working backwards, customer trust, customer feedback, customer complaints, customer experience, pain point, on behalf of the customer, user impact, churn, nps, what customers needed, talked to customers, escalation",
      "Tell me about a time you went above and beyond for a customer. | Tell me about a time you used customer feedback to change a product or plan. | Tell me about a time you had to balance a customer's request against what was best for them long term.",
    ),
    v(
      "ownership",
      "Ownership",
      "Act like an owner: think long term, don't trade lasting value for quick wins, act for the whole company rather than only your team, and never treat a problem as someone else's job.",
      "took ownership, owned, ownership, owner, accountable, accountability, long-term, long term, on behalf of the company, not my job, beyond my team, outside my role, stepped up, nobody owned, took responsibility, followed through, end to end, volunteered, picked it up",
      "Tell me about a time you took on something outside your area of responsibility. | Tell me about a time you sacrificed a short-term win for long-term value. | Tell me about a time you saw a problem nobody owned and fixed it.",
    ),
    v(
      "invent-and-simplify",
      "Invent and Simplify",
      "Expect new ideas from your team and keep looking for simpler ways; take ideas from anywhere, and accept being misunderstood for a while when doing something new.",
      "invented, invention, new approach, simplified, simplify, simpler, automated, automation, eliminated steps, removed complexity, reusable, prototype, creative, novel, not invented here, reimagined, streamlined, first of its kind",
      "Tell me about a time you invented something or found a new way to solve a problem. | Tell me about a time you made a complex process simpler. | Tell me about a time you borrowed an idea from outside your team or industry.",
    ),
    v(
      "are-right-a-lot",
      "Are Right, A Lot",
      "Make good calls through sound judgment and instinct; look for differing views and actively try to prove your own beliefs wrong.",
      "judgment, judgement, decision, decided, right call, instinct, diverse perspectives, disconfirm, proven wrong, prove me wrong, weighed the options, trade-off, tradeoff, data showed, hypothesis, ambiguity, limited information, second opinion",
      "Tell me about a time you made a decision with incomplete data. | Tell me about a time you were wrong and how you found out. | Tell me about a time you sought out a view that differed from yours before deciding.",
    ),
    v(
      "learn-and-be-curious",
      "Learn and Be Curious",
      "Keep learning and improving yourself; be curious about new possibilities and go explore them.",
      "learned, learning, curious, curiosity, taught myself, self-taught, didn't know, new domain, studied, textbook, course, read up on, explored, picked up, ramped up, new technology, asked questions, deep curiosity",
      "Tell me about a time you learned something new quickly to get a job done. | Tell me about a time your curiosity led to an improvement. | Tell me about the most recent thing you taught yourself and why.",
    ),
    v(
      "hire-and-develop-the-best",
      "Hire and Develop the Best",
      "Raise the bar with each hire and promotion, spot exceptional people and help them move where they grow, and take coaching and developing leaders seriously.",
      "hired, hiring, interviewed, raised the bar, bar raiser, mentored, mentoring, coached, coaching, developed, promoted, promotion, grew the team, career growth, onboarded, onboarding, feedback to my report, talent, sponsored",
      "Tell me about a time you helped someone on your team grow their career. | Tell me about a hiring decision you made and how you judged the candidate. | Tell me about a time you coached an underperformer.",
    ),
    v(
      "insist-on-the-highest-standards",
      "Insist on the Highest Standards",
      "Hold standards others may find unreasonably high, keep raising the bar, and make sure defects are not passed along and problems are fixed for good.",
      "high standards, raised the bar, quality, root cause, fixed for good, stay fixed, defects, bugs, regression, code review, test coverage, checklist, postmortem, would not ship, not good enough, polish, zero defects, rework, standard",
      "Tell me about a time you refused to compromise on quality. | Tell me about a time you raised the bar for your team. | Tell me about a time you found the root cause of a recurring problem and fixed it for good.",
    ),
    v(
      "think-big",
      "Think Big",
      "Set and communicate a bold direction that inspires results; think differently and look ahead for new ways to serve customers.",
      "think big, bold, vision, ambitious, 10x, long-term vision, strategy, roadmap, moonshot, transformed, big bet, multi-year, at scale, scaled, reimagine, north star, step change",
      "Tell me about a time you proposed a bold idea and got people behind it. | Tell me about a time you set a vision that went beyond the immediate ask. | Tell me about your most ambitious project.",
    ),
    v(
      "bias-for-action",
      "Bias for Action",
      "Speed matters; many decisions can be undone, so move without over-studying them, and take calculated risks.",
      "bias for action, acted quickly, moved fast, quickly, urgency, without waiting, reversible, two-way door, calculated risk, took a risk, same day, within hours, in days, didn't wait, shipped fast, experiment, behind a flag, rolled out",
      "Tell me about a time you made a decision quickly without all the information. | Tell me about a calculated risk you took. | Tell me about a time you acted rather than waiting for permission.",
    ),
    v(
      "frugality",
      "Frugality",
      "Do more with less: constraints drive resourcefulness and invention, and growing headcount or budget earns no credit on its own.",
      "frugal, frugality, saved, cost, costs, cut costs, budget, under budget, no budget, limited resources, with less, reused, resourceful, constraints, without extra headcount, cheaper, efficiency, infrastructure spend",
      "Tell me about a time you delivered with fewer resources than you needed. | Tell me about a time you saved money for your company. | Tell me about a time a constraint led you to a better solution.",
    ),
    v(
      "earn-trust",
      "Earn Trust",
      "Listen carefully, speak frankly and treat people with respect; be openly self-critical even when it is awkward, and compare yourself and your team against the best.",
      "trust, earned trust, candid, honest, transparent, admitted, my mistake, owned up, self-critical, listened, respect, credibility, kept my word, delivered bad news, apologized, relationship, rebuilt trust",
      "Tell me about a time you had to earn the trust of a skeptical colleague or team. | Tell me about a time you admitted a mistake openly. | Tell me about a time you had to deliver bad news.",
    ),
    v(
      "dive-deep",
      "Dive Deep",
      "Work at every level and stay close to the details; audit often and be skeptical when numbers and stories disagree; no task is beneath you.",
      "dive deep, dug into, details, detail, root cause, investigated, logs, metrics, data, anomaly, audited, audit, analysis, debugged, traced, discrepancy, numbers didn't add up, anecdote, deep dive",
      "Tell me about a time you had to dig into the details to find the real problem. | Tell me about a time the data and the anecdotes disagreed. | Tell me about the hardest bug you tracked down.",
    ),
    v(
      "have-backbone-disagree-and-commit",
      "Have Backbone; Disagree and Commit",
      "Challenge decisions you disagree with respectfully, even when it is uncomfortable; hold your conviction, don't give in just to keep the peace, and once the decision is made commit to it fully.",
      "disagreed, disagreement, pushed back, challenged, conviction, spoke up, objected, disagree and commit, committed anyway, respectfully, uncomfortable, stood my ground, argued, debate, senior engineer, my manager disagreed, changed their mind",
      "Tell me about a time you disagreed with your manager or a senior colleague. | Tell me about a time you committed to a decision you disagreed with. | Tell me about a time you pushed back on a popular opinion.",
    ),
    v(
      "deliver-results",
      "Deliver Results",
      "Focus on the inputs that matter most and deliver them with the right quality and on time; when setbacks come, rise to the occasion and don't settle.",
      "delivered, results, shipped, launched, on time, deadline, on schedule, despite setbacks, hit the target, goal, outcome, impact, met the commitment, went live, ahead of schedule, reduced, increased, saved, finished",
      "Tell me about a time you delivered a project under a tight deadline. | Tell me about a time you hit a major setback and still delivered. | Tell me about your most significant result.",
    ),
    v(
      "strive-to-be-earths-best-employer",
      "Strive to be Earth's Best Employer",
      "Work daily to make the workplace safer, more productive, more diverse and fairer; lead with empathy, make work fun, and care whether colleagues are growing, empowered and ready for what's next.",
      "empathy, empathetic, wellbeing, well-being, burnout, workload, safety, psychological safety, inclusive, inclusion, diverse, belonging, growth, empowered, career, morale, work-life balance, fun at work",
      "Tell me about a time you improved the work environment for your team. | Tell me about a time you noticed a colleague struggling and helped. | Tell me about a time you made your team more inclusive.",
    ),
    v(
      "success-and-scale-bring-broad-responsibility",
      "Success and Scale Bring Broad Responsibility",
      "Being large means having large effects: stay humble and consider even second-order consequences of decisions on communities, the planet and future generations.",
      "responsibility, second-order, secondary effects, unintended consequences, community, communities, sustainability, environment, carbon, privacy, accessibility, ethics, ethical, society, at scale, future generations, impact on others, long-term consequences",
      "Tell me about a time you considered the wider impact of a decision beyond your team or customers. | Tell me about a time you changed a plan because of an unintended consequence. | Tell me about a time you made a decision that was right for society even though it cost your team.",
    ),
  ],
);

const netflix = set(
  "netflix-2024",
  "Netflix",
  "Netflix culture values",
  "2024-06-24",
  "https://jobs.netflix.com/culture",
  [
    v(
      "judgment",
      "Judgment",
      "Make sound decisions amid ambiguity, get to root causes instead of symptoms, use data to inform intuition, and decide for the long term.",
      "judgment, judgement, ambiguity, ambiguous, root cause, trade-off, tradeoff, decided, decision, long term, data informed, intuition, prioritized, what not to do, strategic, weighed",
      "Tell me about a time you made a difficult decision with ambiguous information. | Tell me about a time you fixed the root cause rather than the symptom. | Tell me about a time you chose the long-term option over the short-term one.",
    ),
    v(
      "selflessness",
      "Selflessness",
      "Put the company's interests ahead of your own or your team's, help colleagues readily, and share information and credit freely.",
      "selfless, helped another team, shared the credit, credit, put the team first, best for the company, not about me, unblocked, gave up, sacrificed, dropped my own work, lent a hand, shared information, no ego",
      "Tell me about a time you put the company's interest ahead of your own or your team's. | Tell me about a time you helped a colleague at a cost to your own work. | Tell me about a time you gave credit to someone else.",
    ),
    v(
      "courage",
      "Courage",
      "Say what you think when it matters, make tough calls without agonizing, take smart risks, and question actions that don't fit the culture.",
      "courage, spoke up, said what i thought, challenged, pushed back, uncomfortable, hard conversation, took a risk, risky, admitted, unpopular, questioned, candid, disagreed, went against",
      "Tell me about a time you spoke up when it would have been easier to stay quiet. | Tell me about a time you took a risk that could have failed. | Tell me about a time you challenged a decision made by someone senior.",
    ),
    v(
      "communication",
      "Communication",
      "Be clear and concise in speech and writing, listen to understand before responding, stay calm under pressure, and adapt how you communicate to your audience.",
      "communicated, communication, wrote a doc, design doc, memo, explained, presented, listened, clarity, concise, feedback, aligned, stakeholders, updates, adapted my message, calm, translated, written",
      "Tell me about a time you had to explain something complex to a non-expert. | Tell me about a time a misunderstanding caused a problem and how you fixed it. | Tell me about a time you gave difficult feedback.",
    ),
    v(
      "inclusion",
      "Inclusion",
      "Work well with people of different backgrounds, recognize and counter your own biases, and help build teams where everyone is respected and heard.",
      "inclusion, inclusive, diverse, diversity, bias, biases, different backgrounds, perspectives, belonging, welcomed, included, accessibility, respect, quieter voices, every voice, cultures",
      "Tell me about a time you made sure a quieter or overlooked voice was heard. | Tell me about a time you recognized a bias in yourself or a process. | Tell me about a time you worked with people very different from you.",
    ),
    v(
      "integrity",
      "Integrity",
      "Be candid and transparent, admit mistakes openly, share relevant information even when it's uncomfortable, and only say about colleagues what you'd say to them.",
      "integrity, honest, honesty, transparent, transparency, candid, candor, admitted, my mistake, owned up, told the truth, disclosed, ethical, trust, said it to their face, did the right thing",
      "Tell me about a time you admitted a mistake. | Tell me about a time you shared information that was uncomfortable to share. | Tell me about a time you did the right thing when no one was watching.",
    ),
    v(
      "passion",
      "Passion",
      "Care intensely about Netflix's success and its members, inspire others with your drive for excellence, and celebrate wins.",
      "passion, passionate, cared deeply, excited, drive, excellence, members, audience, fans, energized, inspired, went the extra mile, love the product, obsessed",
      "Tell me about a project you were especially passionate about. | Tell me about a time your enthusiasm changed how others worked. | Tell me about a time you pushed for excellence when good enough would have passed.",
    ),
    v(
      "innovation",
      "Innovation",
      "Bring new ideas that prove useful, challenge assumptions, simplify, and thrive on change.",
      "innovation, innovative, new idea, experiment, experimented, a/b test, prototype, invented, challenged assumptions, simplified, creative, reinvented, first time, novel, tried something new, pivot",
      "Tell me about a new idea you introduced that had real impact. | Tell me about an experiment you ran and what it taught you. | Tell me about a time you challenged a long-held assumption.",
    ),
    v(
      "curiosity",
      "Curiosity",
      "Learn quickly and eagerly, contribute beyond your specialty, seek out other perspectives, and make connections others miss.",
      "curious, curiosity, learned, learning, didn't know, taught myself, outside my specialty, asked why, asked questions, explored, new domain, read up on, studied, connected the dots, other perspectives",
      "Tell me about a time you learned something outside your specialty to solve a problem. | Tell me about a time your curiosity uncovered something important. | Tell me about a time you sought out a perspective very different from your own.",
    ),
  ],
);

const staffPlus = set(
  "staff-plus",
  "Staff+ engineering",
  "Staff+ signals",
  "2026-11-22",
  "https://staffeng.com/guides/staff-archetypes",
  [
    v(
      "scope",
      "Scope",
      "The problem crossed team or organization boundaries: several teams, systems or functions had a stake in the outcome, not just your own backlog.",
      "across teams, cross-team, multiple teams, several teams, other teams, org-wide, company-wide, across the org, cross-functional, every service, all services, platform, migration, dependencies, boundaries, architecture, standard, roadmap, end to end",
      "Tell me about the largest-scope problem you have owned. | Tell me about a time you solved a problem that spanned several teams. | Tell me about a time you changed how a whole organization built or ran something.",
    ),
    v(
      "leadership",
      "Leadership",
      "You moved people you didn't manage: won over skeptics, aligned peers and other teams, and got a decision made without formal authority.",
      "influenced, persuaded, convinced, won over, skeptics, skeptical, aligned, alignment, buy-in, without authority, didn't report to me, rallied, brought along, proposal, rfc, design doc, consensus, mentored, sponsored, got agreement",
      "Tell me about a time you led an effort where none of the people involved reported to you. | Tell me about a time you changed the mind of a skeptical senior stakeholder. | Tell me about a time you mentored someone into a bigger role.",
    ),
    v(
      "metrics",
      "Metrics",
      "Every result carries a unit: money, percentages, counts, time or rates, with a before and after that a skeptic could check.",
      "%, percent, $, per day, per week, per month, hours, minutes, seconds, latency, p99, error rate, uptime, conversion, revenue, cost, down to, reduced, increased, 1 in",
      "Tell me about a result you are proud of, with the numbers. | Tell me about a time you defined the metric a project would be judged by. | Tell me about a time the numbers told you your project wasn't working.",
    ),
    v(
      "reflection",
      "Reflection",
      "You can say plainly what you'd change next time, what you learned, and what it cost to learn it.",
      "learned, lesson, lessons, takeaway, next time, in hindsight, looking back, would do differently, i'd change, should have, wish i had, mistake, realized, retrospective, postmortem, taught me, started earlier",
      "Tell me about a project you would run differently if you did it again. | Tell me about your biggest professional mistake and what changed afterwards. | Tell me about a lesson that changed how you work.",
    ),
  ],
);

const stripe = set(
  "stripe-2025",
  "Stripe",
  "Stripe operating principles",
  "2025-06-06",
  "https://stripe.com/jobs/culture",
  [
    v(
      "users-first",
      "Users first",
      "Stripe carries a heavy obligation to the businesses built on it and the people they serve, so users' needs come before internal convenience in every decision.",
      "users, user, customers, customer, merchants, user harm, user pain, double charges, charged twice, refunds, support tickets, complaints, self-serve, customer experience, talked to users, user feedback, statements, conversion, stuck, for our customers",
      "Tell me about a time you put a user's needs ahead of an internal constraint or plan. | Tell me about a time you found out about a user problem and what you did. | Tell me about a time you pushed back on a feature because it wasn't right for users.",
    ),
    v(
      "move-with-urgency-and-focus",
      "Move with urgency and focus",
      "Prefer action to speed up learning: concentrate on what matters most, make fast early progress, then iterate toward the best result.",
      "urgency, urgent, fast, quickly, as fast as possible, immediately, didn't want to wait, instead of waiting, during peak, behind a flag, kill switch, ramped, rollout, canary, in days, that week, first version, iterate, focus, dropped everything",
      "Tell me about a time you moved quickly on something others wanted to postpone. | Tell me about a time you had to decide what not to do to stay focused. | Tell me about a time you shipped a first version fast and iterated.",
    ),
    v(
      "be-meticulous-in-your-craft",
      "Be meticulous in your craft",
      "Do things well for their own sake: care about craftsmanship and the details, especially where money and correctness are involved, and aim for surprisingly great work.",
      "meticulous, craft, craftsmanship, detail, details, precise, precision, correctness, rounding, minor units, every cent, cents, edge cases, reconciliation, mismatches, replayed, tested, quality, invariants, checklist",
      "Tell me about a time attention to detail prevented a serious problem. | Tell me about a piece of work you are proud of for its craftsmanship. | Tell me about a time you held a high quality bar under time pressure.",
    ),
    v(
      "seek-feedback",
      "Seek feedback",
      "Value intellectual honesty: ask people with the right expertise to refine your ideas, challenge you and deepen your understanding.",
      "feedback, asked for feedback, critique, tear it apart, find the holes, poke holes, proven wrong, prove me wrong, corrected, correcting, correct me, review, reviewed, second opinion, signed off, disagreed, challenged, asked her, asked him",
      "Tell me about a time you asked for feedback that changed your approach. | Tell me about a time you disagreed with someone and asked them to critique your idea. | Tell me about the hardest feedback you've received and what you did with it.",
    ),
    v(
      "deliver-outstanding-results",
      "Deliver outstanding results",
      "Be a high achiever: own your work end to end, see it through, and deliver on what you commit to.",
      "delivered, results, shipped, shipping, launched, went live, on schedule, on time, end to end, saw it through, commitment, committed, went from, dropped, reduced, increased, saved, zero, outcome, by the end",
      "Tell me about the result you are proudest of and how you measured it. | Tell me about a time you owned a project from start to finish. | Tell me about a time you delivered on a commitment despite obstacles.",
    ),
    v(
      "curious",
      "Curious",
      "Lead with genuine interest in people, ideas and the unknown; work to understand other views, and prefer investigating to being right.",
      "curious, curiosity, learned, learning, didn't know, never taken, textbook, reading, read up on, taught myself, studied, write-ups, asked questions, went to the source, investigated, explored, new domain, from scratch, understand",
      "Tell me about a time you had to learn a new domain quickly. | Tell me about a time you investigated instead of assuming you were right. | Tell me about something you became curious about and how you pursued it.",
    ),
    v(
      "resilient",
      "Resilient",
      "Ambitious goals mean occasional failure; treat setbacks as chances to sharpen your skills and keep going.",
      "resilient, resilience, setback, setbacks, failed, failure, bounced back, recovered, kept going, didn't give up, pushback, skeptics, nervous, risk, under pressure, despite, outage, incident, rollback, pager",
      "Tell me about a time you failed and what you did next. | Tell me about a time you kept going despite strong pushback. | Tell me about a setback that made you better at your job.",
    ),
    v(
      "humble",
      "Humble",
      "Stay humble rather than arrogant or complacent, make the environment inclusive, and don't cling to current ways of doing things, since much of it will turn out to be wrong.",
      "humble, humility, i was wrong, changed my mind, changed my design, her concern, his concern, was valid, were valid, shared the credit, credit, titles, no ego, egos, admitted, listened, inclusive, not wedded, her position",
      "Tell me about a time you changed your mind because someone else was right. | Tell me about a time you gave credit to others for a shared success. | Tell me about a time you realized your way of doing something was wrong.",
    ),
  ],
);

const google = set(
  "google-hiring-2015",
  "Google",
  "Google hiring attributes",
  "2015-04-07",
  "https://www.google.com/about/careers/applications/how-we-hire/",
  [
    v(
      "general-cognitive-ability",
      "General cognitive ability",
      "How you learn and reason through hard, open-ended problems: breaking them down, handling new information and reaching a sound answer.",
      "problem solving, broke it down, broke the problem down, analyzed, analysis, first principles, hypothesis, structured, framework, reasoned, estimated, trade-offs, options, figured out, learned quickly, synthesized, data",
      "Tell me about a time you solved a problem you had never seen before. | Tell me about a time you broke a large, ambiguous problem into parts. | Tell me about a time you changed your approach when new information came in.",
    ),
    v(
      "leadership",
      "Leadership",
      "Emergent leadership: stepping in to lead when your skills are needed, and stepping back to let others lead when theirs are, whether or not you hold a title.",
      "stepped up, i led, leading, took the lead, stepped back, let others lead, influenced, mobilized, rallied, coordinated, without authority, mentored, aligned, organized, drove, initiative, facilitated",
      "Tell me about a time you stepped up to lead without being asked. | Tell me about a time you stepped back so someone else could lead. | Tell me about a time you led a team through a difficult situation.",
    ),
    v(
      "role-related-knowledge",
      "Role-related knowledge",
      "The skills and experience the job needs, such as technical depth for engineering roles, and how you apply them to real problems.",
      "technical, expertise, experience, designed, architecture, implemented, built, debugged, system design, algorithm, performance, scalability, domain knowledge, specialist, best practices, api design, infrastructure",
      "Tell me about the most technically challenging project you've worked on. | Tell me about a time your domain expertise changed a decision. | Tell me about a system you designed and the trade-offs you made.",
    ),
    v(
      "googleyness",
      "Googleyness",
      "The traits that help people do well at Google: comfort with ambiguity, intellectual humility, conscientiousness, enjoying the work, and a record of brave or unusual paths.",
      "ambiguity, ambiguous, humility, humble, i was wrong, conscientious, bias to action, collaborative, helped others, had fun, courage, unusual path, owner, proactive, integrity, challenged the status quo, user focus",
      "Tell me about a time you thrived in an ambiguous situation. | Tell me about a time you admitted you were wrong. | Tell me about a time you did the right thing for users even though it was harder.",
    ),
  ],
);

const meta = set(
  "meta-2022",
  "Meta",
  "Meta company values",
  "2022-02-15",
  "https://www.siliconrepublic.com/business/meta-facebook-values-update-metamates",
  [
    v(
      "move-fast",
      "Move Fast",
      "Build and learn faster than anyone: act with urgency, don't put off until next week what can be done today, and clear obstacles so the whole company moves in one direction.",
      "moved fast, move fast, urgency, quickly, today not next week, shipped fast, velocity, removed blockers, unblocked, iterated, fast follow, same week, in days, cut scope, speed",
      "Tell me about a time you moved fast and what trade-offs you made. | Tell me about a time you removed an obstacle that was slowing your team down. | Tell me about a time you shipped something quickly and iterated.",
    ),
    v(
      "focus-on-long-term-impact",
      "Focus on Long-Term Impact",
      "Stretch the horizon of your impact: optimize for what matters years out rather than for short-term wins.",
      "long-term, long term, years, sustainable, foundation, platform, tech debt, technical debt, investment, paid off later, durable, future-proof, maintainability, multi-year, lasting",
      "Tell me about a time you chose the long-term solution over the quick fix. | Tell me about an investment you made that only paid off later. | Tell me about a time you paid down technical debt and how you justified it.",
    ),
    v(
      "build-awesome-things",
      "Build Awesome Things",
      "Aim past 'good enough' to work that is genuinely impressive and useful for the people who use it.",
      "built, awesome, delightful, delight, polish, quality, users loved, launched, product, craft, high bar, exceeded expectations, best in class, inspiring, beautiful",
      "Tell me about the thing you've built that you're proudest of. | Tell me about a time you raised the bar beyond what was asked. | Tell me about a time you improved a product people already relied on.",
    ),
    v(
      "live-in-the-future",
      "Live in the Future",
      "Be an early adopter of where things are heading, and build the future of distributed work and connection you want to see.",
      "future, early adopter, new technology, emerging, prototype, experiment, remote, distributed, machine learning, virtual reality, augmented reality, ahead of the curve, anticipated, next generation, dogfooding, tried first",
      "Tell me about a time you adopted a new technology before others did. | Tell me about a time you anticipated a trend and prepared for it. | Tell me about a time you changed how your team works to fit where things were heading.",
    ),
    v(
      "be-direct-and-respect-your-colleagues",
      "Be Direct and Respect Your Colleagues",
      "Be straightforward and willing to have hard conversations, while treating colleagues as the capable experts they are.",
      "direct, directly, candid, hard conversation, difficult conversation, feedback, disagreed, told them, respect, respectfully, honest, spoke up, pushed back, assumed good intent, constructive",
      "Tell me about a time you had a difficult conversation with a colleague. | Tell me about a time you gave someone direct, critical feedback. | Tell me about a time you disagreed with a peer and kept the relationship strong.",
    ),
    v(
      "meta-metamates-me",
      "Meta, Metamates, Me",
      "Be a good steward: the company and its mission first, your teammates next, yourself last, taking shared responsibility for collective success.",
      "the company first, the mission, team first, teammates, helped a teammate, covered for, stewardship, shared responsibility, collective, gave up credit, not about me, supported, sacrificed, took on the unglamorous work, glue work",
      "Tell me about a time you put the team's success ahead of your own. | Tell me about a time you took on unglamorous work because the company needed it. | Tell me about a time you helped a teammate succeed.",
    ),
  ],
);

const microsoft = set(
  "microsoft-2021",
  "Microsoft",
  "Microsoft values and culture",
  "2021-05-13",
  "https://www.microsoft.com/en-us/legal/compliance/sbc/values-culture",
  [
    v(
      "respect",
      "Respect",
      "Treat the thoughts, feelings and backgrounds of others as being as important as your own; listen with empathy and look for common ground.",
      "respect, respectful, respectfully, empathy, listened, listen with empathy, common ground, dignity, seek to understand, perspective, heard them out, de-escalated, calm",
      "Tell me about a time you worked through a disagreement respectfully. | Tell me about a time you listened to understand someone whose view differed from yours. | Tell me about a time you found common ground in a tense situation.",
    ),
    v(
      "integrity",
      "Integrity",
      "Be honest, ethical and trustworthy: tell the truth with care, keep your word and don't take credit that belongs to others.",
      "integrity, honest, honesty, ethical, ethics, trustworthy, kept my word, told the truth, transparent, right thing, compliance, disclosed, credit where due, admitted",
      "Tell me about a time you faced an ethical dilemma at work. | Tell me about a time you kept a commitment that was hard to keep. | Tell me about a time you told someone an uncomfortable truth.",
    ),
    v(
      "accountability",
      "Accountability",
      "Take full responsibility for your decisions, actions and results; respond to problems quickly and learn from mistakes.",
      "accountable, accountability, responsibility, took responsibility, owned, my mistake, learned from, responded quickly, incident, stepped in, followed through, no excuses, fixed it, postmortem",
      "Tell me about a time you took responsibility for a failure. | Tell me about a time you responded quickly to a crisis. | Tell me about a mistake you made and what you changed afterwards.",
    ),
    v(
      "growth-mindset",
      "Growth mindset",
      "Believe ability can be developed: stay curious, lean into uncertainty, take risks, learn quickly from mistakes and welcome others' ideas.",
      "growth mindset, learned, learning, curious, curiosity, didn't know, feedback, failed, failure, mistake, took a risk, uncertainty, improved, grew, new skill, learn-it-all, open to ideas",
      "Tell me about a time you learned from a failure. | Tell me about a time you took on something you didn't yet know how to do. | Tell me about feedback that changed how you work.",
    ),
    v(
      "customer-obsessed",
      "Customer obsessed",
      "Approach customers and their businesses with a beginner's mind, bring in what you learn from outside, and build solutions that meet their real needs.",
      "customer, customers, users, user needs, customer feedback, beginner's mind, listened to customers, customer visit, pain point, delight, surprised, solution for, partner, adoption, satisfaction",
      "Tell me about a time you learned something from a customer that changed your plans. | Tell me about a time you went out of your way to solve a customer's problem. | Tell me about a time you built something based on customer research.",
    ),
    v(
      "diverse-and-inclusive",
      "Diverse and inclusive",
      "Serve everyone by representing everyone: seek out different perspectives, recognize your own biases and change behavior so everyone can contribute.",
      "diverse, diversity, inclusive, inclusion, bias, biases, different perspectives, belonging, accessibility, accessible, underrepresented, every voice, invited, welcomed, equity",
      "Tell me about a time you sought out a perspective different from your own. | Tell me about a time you made a process or product more inclusive. | Tell me about a time you noticed and corrected a bias.",
    ),
    v(
      "one-microsoft",
      "One Microsoft",
      "Work as one company with a shared mission: build on others' ideas and collaborate across boundaries to bring the best of the company to customers.",
      "collaborated, collaboration, across teams, cross-team, other teams, partnered, partnership, shared, built on, one team, aligned, cross-group, boundaries, together, joint",
      "Tell me about a time you collaborated across team or organization boundaries. | Tell me about a time you built on someone else's idea. | Tell me about a time you resolved a conflict between two teams.",
    ),
    v(
      "making-a-difference",
      "Making a difference",
      "Use your work to have a real impact on customers, communities and the world.",
      "impact, made a difference, difference, our mission, community, communities, society, meaningful, empower, changed lives, improved lives, nonprofit, volunteered, accessibility, purpose",
      "Tell me about work you did that made a real difference to people. | Tell me about a time you connected your work to a larger mission. | Tell me about the impact you are proudest of.",
    ),
  ],
);

export const builtIns: Info[] = [amazon, netflix, staffPlus, stripe, google, meta, microsoft];
