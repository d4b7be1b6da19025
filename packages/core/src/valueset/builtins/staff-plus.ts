import { set, v } from "./define.ts";

export const staffPlus = set(
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
      ["Breadth", "Scope of impact"],
    ),
    v(
      "leadership",
      "Leadership",
      "You moved people you didn't manage: won over skeptics, aligned peers and other teams, and got a decision made without formal authority.",
      "influenced, persuaded, convinced, won over, skeptics, skeptical, aligned, alignment, buy-in, without authority, didn't report to me, rallied, brought along, proposal, rfc, design doc, consensus, mentored, sponsored, got agreement",
      "Tell me about a time you led an effort where none of the people involved reported to you. | Tell me about a time you changed the mind of a skeptical senior stakeholder. | Tell me about a time you mentored someone into a bigger role.",
      ["Technical leadership", "Influence"],
    ),
    v(
      "metrics",
      "Metrics",
      "Every result carries a unit: money, percentages, counts, time or rates, with a before and after that a skeptic could check.",
      "%, percent, $, per day, per week, per month, hours, minutes, seconds, latency, p99, error rate, uptime, conversion, revenue, cost, down to, reduced, increased, 1 in",
      "Tell me about a result you are proud of, with the numbers. | Tell me about a time you defined the metric a project would be judged by. | Tell me about a time the numbers told you your project wasn't working.",
      ["Impact", "Numbers", "Measurable results"],
    ),
    v(
      "reflection",
      "Reflection",
      "You can say plainly what you'd change next time, what you learned, and what it cost to learn it.",
      "learned, lesson, lessons, takeaway, next time, in hindsight, looking back, would do differently, i'd change, should have, wish i had, mistake, realized, retrospective, postmortem, taught me, started earlier",
      "Tell me about a project you would run differently if you did it again. | Tell me about your biggest professional mistake and what changed afterwards. | Tell me about a lesson that changed how you work.",
      ["Lessons", "Lessons learned", "Self-awareness"],
    ),
  ],
);
