import type { Retriever } from "../retrieve/retriever.js";
import { dot } from "../text/vector-math.js";
import { inScope, passageEntity, passageYear, type BriefFilters } from "./brief-scope.js";
import { BRIEF } from "./brief-scorer.js";
import { BRIEF_FORMS, renderBrief, sectionBullets, type Brief, type Bullet, type Located, type Section } from "./build-brief.js";

/**
 * What changed between two years of one entity's submissions: new (in the later year, like nothing in the
 * earlier), continued (like something in the earlier year: cited to both years' passages, the later one's
 * words), gone (in the earlier year only). The entity is `filters.entity`, or the only entity indexed.
 * When a year is missing, the note says which years exist and compares nothing.
 */
export function compareYears(retriever: Retriever, options: { years: [number, number]; filters?: BriefFilters; full?: boolean }): Brief {
  const { index } = retriever;
  const form = options.full ? BRIEF_FORMS.full : BRIEF_FORMS.page;
  const [from, to] = [...options.years].sort((a, b) => a - b) as [number, number];
  const scoped = index.passages.map((passage, position) => ({ passage, position })).filter((hit) => inScope(hit.passage, { entity: options.filters?.entity }));
  const entities = [...new Set(scoped.map((hit) => passageEntity(hit.passage)))];
  if (entities.length !== 1) {
    const title = `What changed from ${from} to ${to}`;
    const why = entities.length ? `The submissions are from several entities (${entities.join(", ")}): name one in \`filters.entity\`.` : "No submission matches these filters.";
    return { title, markdown: `# ${title}\n\n${why}`, citations: [] };
  }
  const entity = entities[0]!;
  const title = `What changed from ${from} to ${to}: ${entity}`;
  const ofYear = (year: number) => scoped.filter((hit) => passageYear(hit.passage) === year);
  const before = ofYear(from);
  const after = ofYear(to);
  if (!before.length || !after.length) {
    const years = [...new Set(scoped.map((hit) => passageYear(hit.passage)).filter((y): y is number => y !== undefined))].sort();
    const missing = [from, to].filter((year) => !ofYear(year).length).join(" and ");
    const held = years.length ? `${entity}'s indexed submissions are from ${years.join(" and ")} only` : `${entity}'s indexed submissions give no year`;
    return { title, markdown: `# ${title}\n\n${held}: there is none from ${missing} to compare with.`, citations: [] };
  }
  const similarity = (a: Located, b: Located) => {
    let best = -1;
    for (const u of index.unitsOf[a.position] ?? []) for (const v of index.unitsOf[b.position] ?? []) best = Math.max(best, dot(index.vectors.vector(u), index.vectors.vector(v)));
    return best;
  };
  const counterpart = (hit: Located, others: Located[]) => {
    let best: { hit: Located; score: number } | undefined;
    for (const other of others) {
      const score = similarity(hit, other);
      if (score >= BRIEF.sameTheme && (!best || score > best.score)) best = { hit: other, score };
    }
    return best?.hit;
  };
  const continued: Bullet[] = [];
  const fresh: Located[] = [];
  for (const hit of after) {
    const earlier = counterpart(hit, before);
    if (!earlier) fresh.push(hit);
    else for (const bullet of sectionBullets([hit], form).slice(0, 1)) continued.push({ ...bullet, also: earlier });
  }
  const gone = before.filter((hit) => !counterpart(hit, after));
  const sections: Section[] = [
    { heading: `New in ${to}`, order: 0, bullets: sectionBullets(fresh, form) },
    { heading: `Continued from ${from}`, order: 1, bullets: continued.sort((a, b) => b.score - a.score) },
    { heading: `Gone since ${from}`, order: 2, bullets: sectionBullets(gone, form) },
  ].filter((section) => section.bullets.length);
  return renderBrief(title, [], sections, form, `${entity}'s ${to} submission against its ${from} one: each bullet cites the passage of its year; a continued one cites both years.`);
}
