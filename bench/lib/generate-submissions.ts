/**
 * Synthetic submissions for the scale benchmark (`npm run bench -- --scale`), made from the real ones: the
 * questionnaire's shape (banner, entity line, numbered questions, answers, record tables, "Year of
 * submission") from corpus/unodc-2024.txt, and answer paragraphs of the twelve other entities in
 * test/fixtures/corpus-more/. Each submission gets its own entity (name and acronym) and year; its figures are
 * drawn anew, its sentences reordered within a paragraph and reworded with synonyms, a share of its answer
 * paragraphs left out (each is ~1/3 of the template), and any sentence that would still repeat one already
 * generated gets a distinguishing tail: no text repeats, so a vector cache keyed by text cannot cheat.
 * Deterministic: the same `index` always gives the same submission.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isFormLabel } from "../../src/ingest/questionnaire-patterns.js";
import { splitSentences } from "../../src/text/split-sentences.js";

export interface GeneratedSubmission {
  file: string;
  entity: { name: string; acronym: string };
  year: number;
  text: string;
}

function random(seed: number): () => number {
  // mulberry32: small, seeded, good enough to vary text.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const SCOPE = ["Regional", "Global", "Economic", "Statistical", "Environmental", "Maritime", "Humanitarian", "Scientific", "Urban", "Digital", "Industrial", "Agricultural", "Educational", "Demographic"];
const BODY = ["Office", "Commission", "Programme", "Fund", "Agency", "Institute", "Centre"];
const TOPIC = ["Ocean Affairs", "Migration Data", "Climate Finance", "Disaster Risk", "Water Security", "Food Systems", "Labour Markets", "Public Health", "Trade Facilitation", "Energy Access", "Gender Statistics", "Youth Employment", "Forest Management", "Road Safety", "Cultural Heritage", "Space Applications", "Mountain Development", "Small Islands", "Refugee Education", "Financial Inclusion"];

const SYNONYMS: Record<string, string[]> = {
  supported: ["assisted", "helped", "backed"],
  strengthen: ["reinforce", "bolster", "consolidate"],
  launched: ["started", "introduced", "rolled out"],
  efforts: ["work", "initiatives", "endeavours"],
  enhance: ["improve", "boost", "upgrade"],
  provided: ["delivered", "offered", "supplied"],
  global: ["worldwide", "international"],
  promote: ["advance", "foster", "champion"],
  important: ["key", "major", "significant"],
  through: ["via", "by way of"],
  countries: ["nations", "Member States", "States"],
  including: ["among them", "such as"],
  developed: ["prepared", "designed", "drafted"],
  support: ["assistance", "help", "backing"],
  focused: ["centred", "concentrated"],
  partners: ["partner organizations", "allies"],
  implementation: ["delivery", "execution", "roll-out"],
  reports: ["studies", "publications"],
  training: ["capacity-building", "instruction"],
  adopted: ["approved", "endorsed"],
  ensure: ["guarantee", "secure"],
};

/** Template lines, and answer paragraphs from the other entities' pages with their names taken out. */
function sources(root: string): { template: string[]; extra: string[] } {
  const template = readFileSync(path.join(root, "corpus/unodc-2024.txt"), "utf8").split("\n");
  const moreDir = path.join(root, "test", "fixtures", "corpus-more");
  const extra: string[] = [];
  for (const file of readdirSync(moreDir).filter((f) => f.endsWith(".txt")).sort()) {
    const lines = readFileSync(path.join(moreDir, file), "utf8").split("\n");
    const entityLine = lines.find((line) => /^United Nations .*\(([A-Z][A-Za-z-]+)\)\s*$/.test(line.trim()) && !/Department of Economic/.test(line));
    const acronym = entityLine ? /\(([A-Z][A-Za-z-]+)\)\s*$/.exec(entityLine.trim())![1]! : undefined;
    const name = entityLine?.trim().replace(/\s*\([^)]*\)\s*$/, "");
    for (const line of lines) {
      const trimmed = line.trim();
      if (/^\d+\.\s|^Q\d|\?\s*$|JavaScript|^United Nations/.test(trimmed) || trimmed.split(/\s+/).length < 14) continue;
      let text = trimmed;
      if (name) text = text.split(name).join("ENTITY_NAME");
      if (acronym) text = text.replace(new RegExp(`\\b${acronym}\\b`, "g"), "ENTITY_ACRONYM");
      // The pages are openings cut mid-sentence: keep whole sentences only.
      const whole = /^(.*[.!?])\s/.exec(`${text} `)?.[1];
      if (whole && whole.split(/\s+/).length >= 12) extra.push(whole);
    }
  }
  return { template, extra };
}

export function entityOf(index: number): { name: string; acronym: string } {
  const scope = SCOPE[index % SCOPE.length]!;
  const body = BODY[Math.floor(index / SCOPE.length) % BODY.length]!;
  const topic = TOPIC[(index * 7) % TOPIC.length]!;
  const name = `United Nations ${scope} ${body} for ${topic}`;
  const initials = `UN${scope[0]}${body[0]}${topic.split(" ").map((w) => w[0]).join("")}`;
  return { name, acronym: `${initials}${index >= SCOPE.length * BODY.length ? index : ""}`.toUpperCase() };
}

/** Makes submissions; `seen` holds every sentence generated so far, across calls, so none repeats. */
export class SubmissionGenerator {
  private readonly template: string[];
  private readonly extra: string[];
  private readonly seen = new Set<string>();

  constructor(root: string) {
    ({ template: this.template, extra: this.extra } = sources(root));
  }

  /** Submission `index`: entity `index % entities`, year 2019 + (index / entities) mod 7. */
  make(index: number, entities = 63): GeneratedSubmission {
    const rand = random(index * 7919 + 1);
    const entity = entityOf(index % entities);
    const year = 2019 + ((Math.floor(index / entities) + index) % 7);
    const yearShift = year - 2024;
    const figure = (digits: string): string => {
      const n = Number(digits);
      if (n >= 1990 && n <= 2030 && digits.length === 4) return String(n + yearShift);
      if (n <= 31 && rand() < 0.5) return String(1 + Math.floor(rand() * 28));
      const scale = 10 ** Math.max(0, digits.length - 1);
      return String(Math.max(1, Math.round((0.5 + rand()) * n / scale) * scale + Math.floor(rand() * scale)));
    };
    const vary = (text: string, reword: boolean): string => {
      let out = text
        .replace(/United Nations Office on Drugs and Crime/g, entity.name)
        .replace(/ENTITY_NAME/g, entity.name)
        .replace(/\bUNODC\b|ENTITY_ACRONYM/g, entity.acronym)
        // Figures anew; a "(max N words)" note and a leading question number stay.
        .replace(/(\(max \d+ words?)|(\d+(?:,\d{3})*)/g, (whole, max: string | undefined, digits: string | undefined) => (max ? whole : figure(digits!.replace(/,/g, ""))));
      if (reword) out = out.replace(/\b[A-Za-z]+\b/g, (word) => (SYNONYMS[word] && rand() < 0.5 ? pick(rand, SYNONYMS[word]!) : word));
      return out;
    };
    const unique = (sentence: string, short = false): string => {
      let text = sentence;
      // A short value ("Vienna, Austria", "English") first gets its submission's mark, as a form's value would.
      if (short && this.seen.has(text)) text = `${sentence} (${entity.acronym} ${year})`;
      for (let n = 2; this.seen.has(text); n++) text = sentence.replace(/([.!?]?)\s*$/, `, as reported for cycle ${n} of ${entity.acronym}$1`);
      this.seen.add(text);
      return text;
    };
    const lines: string[] = [];
    let afterQuestion = false;
    let previousShort = false;
    let extraAdded = 0;
    for (const line of this.template) {
      const trimmed = line.trim();
      const words = trimmed ? trimmed.split(/\s+/).length : 0;
      const question = /^\d+\.\s/.test(trimmed);
      if (/^Year of submission:/.test(trimmed)) {
        lines.push(`Year of submission: ${year}`);
        continue;
      }
      if (!trimmed || words <= 8 || question || /^(Sorry|United Nations Department)/.test(trimmed)) {
        const fixed = !trimmed || question || isFormLabel(trimmed.replace(/:\s*$/, "")) || /^(Sorry|United Nations)/.test(trimmed);
        const out = question ? trimmed.replace(/\b(19|20)\d\d\b/g, (y) => String(Number(y) + yearShift)) : fixed ? vary(trimmed, false) : unique(vary(trimmed, false), true);
        lines.push(trimmed ? out : "");
        if (trimmed) {
          afterQuestion = question;
          previousShort = !question && isFormLabel(trimmed.replace(/:\s*$/, ""));
        }
        continue;
      }
      // A prose line: kept when it answers a question first or is a record field's value, else one in eight.
      const keep = afterQuestion || previousShort || rand() < 0.12;
      afterQuestion = false;
      previousShort = false;
      if (!keep) {
        if (lines.at(-1) === "") lines.pop();
        continue;
      }
      const sentences = splitSentences(vary(trimmed, true)).map((s) => s.text.trim()).filter(Boolean);
      for (let i = sentences.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
      }
      lines.push(sentences.map((sentence) => unique(sentence)).join(" "));
      // One or two paragraphs of another entity's answers, made this entity's, after the first answers.
      if (extraAdded < 2 && rand() < 0.25) {
        lines.push("", splitSentences(vary(pick(rand, this.extra), true)).map((sentence) => unique(sentence.text.trim())).join(" "));
        extraAdded++;
      }
    }
    const slug = entity.acronym.toLowerCase();
    return { file: `${slug}-${year}-${index}.txt`, entity, year, text: `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n` };
  }
}
