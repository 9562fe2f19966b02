import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { CORPUS_DIR, CORPUS_MORE_DIR, SUBMISSION, tempDir } from "./fixtures.js";

/**
 * A second entity's submission in the questionnaire's form, written for the tests (the figures are invented):
 * with UNODC's real one it makes a small corpus of two entities and two years.
 */
export const UN_HABITAT_FILE = "un-habitat-2025.txt";

export const UN_HABITAT_2025 = [
  "Sorry, you need to enable JavaScript to visit this website.",
  "United Nations Department of Economic and Social Affairs Sustainable Development",
  "",
  "United Nations Human Settlements Programme (UN-Habitat)",
  "",
  "1.From November 2024 to October 2025, has the governing body of your organization taken any decisions to advance sustainable urbanization? (max 200 words)",
  "",
  "In May 2025, the UN-Habitat Assembly, the governing body of the Programme, decided to adopt the Strategic Plan 2026-2029, which puts adequate housing for all at the centre of its work.",
  "",
  "The Executive Board approved a housing finance facility that supports 40 cities in upgrading informal settlements.",
  "",
  "2. Has your organization organized any intergovernmentally mandated conferences, forums or events that contributed to the achievement of the SDGs?",
  "",
  "Please copy the below table to fill out for each event:",
  "",
  "Event Name",
  "",
  "Twelfth session of the World Urban Forum",
  "",
  "Event Dates",
  "",
  "4-8 November 2024",
  "",
  "Event Location (City, Country)",
  "",
  "Cairo, Egypt",
  "",
  "Relevant SDGs",
  "",
  "SDG 11",
  "",
  "Description (max 150 words): please include a short summary of the event’s mandate and contributions to the SDGs",
  "",
  "The Forum gathered 25,000 participants on housing, land and basic services.",
  "",
  "Event Name",
  "",
  "Resumed session of the UN-Habitat Assembly",
  "",
  "Event Dates",
  "",
  "29-30 May 2025",
  "",
  "Event Location (City, Country)",
  "",
  "Nairobi, Kenya",
  "",
  "Relevant SDGs",
  "",
  "SDGs 6 and 11",
  "",
  "Description (max 150 words): please include a short summary of the event’s mandate and contributions to the SDGs",
  "",
  "Member States adopted resolutions on adequate housing and on urban resilience.",
  "",
  "3. What collective efforts is your entity undertaking to support countries? (max 200 words)",
  "",
  "UN-Habitat helps local governments protect residents from cybercrime through its People-Centred Smart Cities flagship programme, which trained officials of 18 cities in digital rights.",
  "",
  "ECESA Plus Member",
  "Year of submission: 2025",
].join("\n");


/** The same entity a year earlier, as a compact page whose year only the questionnaire's wording gives. */
export const UN_HABITAT_2024 = [
  "United Nations Human Settlements Programme (UN-Habitat)",
  "1. During 2024, has the governing body of your organization taken any decisions to advance sustainable urbanization? (max 200 words)",
  "In December 2024, the Executive Board, the governing body of the Programme, decided to prepare a new strategic plan with Member States.",
].join("\n");

/**
 * A temporary corpus of three entities and three years: UNODC's real 2024 submission, UN-Habitat's 2025 one
 * (above) and a byte-identical copy of it, UN-Habitat's 2024 compact page, and ECLAC's real 2021 page opening.
 */
export async function writeMultiEntityCorpus(): Promise<string> {
  const corpus = await tempDir("sa-multi-");
  await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpus, SUBMISSION));
  await writeFile(path.join(corpus, UN_HABITAT_FILE), UN_HABITAT_2025);
  await writeFile(path.join(corpus, "zz-copy-of-habitat.txt"), UN_HABITAT_2025);
  await writeFile(path.join(corpus, "habitat-report.txt"), UN_HABITAT_2024);
  await copyFile(path.join(CORPUS_MORE_DIR, "ECLAC-2021.txt"), path.join(corpus, "ECLAC-2021.txt"));
  return corpus;
}
