/**
 * Families of concepts that one value or question often means together: a value about cost may
 * be answered by a story read as efficiency, one about candor by a story read as disagreement.
 * Grouped after the clusters of general competency models (the SHL Universal Competency
 * Framework's "Great Eight", Korn Ferry's Leadership Architect clusters): a concept of a value
 * also reaches its family's other concepts, at a share of its strength.
 */
export const conceptFamilies: string[][] = [
  ["disagreement", "candor", "feedback", "conflict-resolution", "commitment-after-disagreement"],
  ["customer-focus", "customer-care", "customer-trust", "empathy"],
  ["frugality", "efficiency", "simplify", "business-acumen", "sustainability"],
  ["ownership", "accountability", "initiative", "dependability"],
  ["delivery", "under-pressure", "prioritization", "planning", "impact"],
  ["high-standards", "quality", "lasting-fix", "reliability", "verification"],
  ["dive-deep", "data-driven", "problem-solving", "verification"],
  ["learning-fast", "curiosity", "growth-mindset", "reflection", "learning-culture"],
  ["invention", "experimentation", "risk-taking", "vision"],
  ["mentoring", "hiring", "talent-density", "leading", "motivating"],
  ["inclusion", "fairness", "advocacy", "community", "empathy"],
  ["collaboration", "teamwork-across", "selflessness", "stakeholders", "influence"],
  ["earning-trust", "integrity", "transparency", "humility", "communication"],
  ["resilience", "adaptability", "ambiguity", "composure", "failure"],
  ["incident", "under-pressure", "reliability", "composure", "safety"],
  ["judgment", "long-term", "scope", "vision", "risk-management"],
  ["autonomy", "people-over-process", "ownership", "bias-for-action"],
  ["clarity", "communication", "simplify", "transparency"],
  ["failure", "reflection", "learning-culture", "accountability"],
];
