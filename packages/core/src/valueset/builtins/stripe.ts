import { set, v } from "./define.ts";

export const stripe = set(
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
