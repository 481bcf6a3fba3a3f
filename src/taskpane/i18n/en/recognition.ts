/* The recognition note's strings (Insights): top performers, most improved, new tiers, and copying the note. */
export const recognition = {
  heading: "Recognition",
  intro:
    "A note for internal communication: the partners with the best scores, those most improved since the last closed period and those who reached a higher tier. Copy it into an email or a chat.",
  reading: "Reading the last closed period…",
  readFailed: (message: string) =>
    `Could not read the last closed period: ${message} The top performers are still shown.`,
  noteLabel: "Recognition note",
  copy: "Copy note",
  copied: "Copied. Paste it where you share news.",
  selected: "Selected: press Ctrl+C (⌘C on a Mac) to copy it.",

  // The note's own words
  title: (program: string) => `Partner recognition: ${program}`,
  topHeading: (n: string) => `Top performers (best ${n} scores)`,
  topLine: (rank: string, partner: string, score: string, tier: string) =>
    `${rank}. ${partner}: score ${score}, ${tier}`,
  improvedHeading: (period: string) => `Most improved since ${period}`,
  improvedLine: (rank: string, partner: string, from: string, to: string, change: string) =>
    `${rank}. ${partner}: score ${from} → ${to} (+${change} points)`,
  noneImproved: (period: string) => `No partner's score has risen since ${period}.`,
  tiersHeading: (period: string) => `Reached a new tier since ${period}`,
  tierLine: (partner: string, from: string, to: string) => `• ${partner}: ${from} → ${to}`,
  noneTiers: "No partner moved up a tier.",
  noClosedPeriod:
    "Most improved and new tiers compare with the last closed period: close one under Payout periods on the Programs tab.",
  noScores: "No partner has a score yet.",
  belowFirstTier: "below the first tier",
  tierN: (n: string) => `Tier ${n}`,
};
