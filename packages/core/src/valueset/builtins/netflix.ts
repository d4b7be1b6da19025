import { set, v } from "./define.ts";

export const netflix = set(
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
