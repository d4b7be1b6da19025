import { set, v } from "./define.ts";

export const google = set(
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

export const meta = set(
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

export const microsoft = set(
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
