/**
 * The 17 Sustainable Development Goals' short names, as the UN publishes them (A/RES/70/1): general
 * knowledge a topic such as "SDG 14" is searched with, since a submission rarely writes "SDG 14" and
 * "oceans" in one sentence.
 */
export const SDG_NAMES: Record<number, string> = {
  1: "No poverty",
  2: "Zero hunger: food security and nutrition",
  3: "Good health and well-being",
  4: "Quality education",
  5: "Gender equality: women and girls",
  6: "Clean water and sanitation",
  7: "Affordable and clean energy",
  8: "Decent work and economic growth",
  9: "Industry, innovation and infrastructure",
  10: "Reduced inequalities",
  11: "Sustainable cities and communities",
  12: "Responsible consumption and production",
  13: "Climate action",
  14: "Life below water: oceans, seas and marine resources",
  15: "Life on land: forests, biodiversity and wildlife",
  16: "Peace, justice and strong institutions",
  17: "Partnerships for the Goals",
};

/** The goal a topic names ("SDG 14", "SDGs 14", "Goal 14", "sustainable development goal 14"), if it names one. */
export function goalOfTopic(topic: string): number | undefined {
  const n = /^\s*(?:sdgs?|goal|sustainable development goal)\s*#?\s*(\d{1,2})\s*$/i.exec(topic)?.[1];
  return n && SDG_NAMES[Number(n)] ? Number(n) : undefined;
}

/** Whether a text cites goal `n`: "SDG 14", "SDGs 3, 5, 8, 14 and 17", "Goal 14", "SDG 14, 15 and 16"; never "14-15 March". */
export function citesGoal(text: string, n: number): boolean {
  return new RegExp(`\\b(?:SDGs?|Goals?)\\s+(?:\\d{1,2}\\s*(?:,|and|&)\\s*)*${n}\\b`, "i").test(text);
}

/** The goals a text names by number ("SDG 14", "SDGs 3 and 5", "Goal 14"), ascending; [] when none. */
export function goalsNamed(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(/\b(?:SDGs?|Goals?|sustainable development goals?)\s*#?\s*((?:\d{1,2}\s*(?:,|and|&|or)\s*)*\d{1,2})\b/gi))
    for (const n of match[1]!.match(/\d{1,2}/g) ?? []) if (SDG_NAMES[Number(n)]) found.add(Number(n));
  return [...found].sort((a, b) => a - b);
}
