import { createRequire } from "node:module";
import { escapeRegExp } from "./escape-regexp.js";

/**
 * Names of the world's languages and of its countries and regions, in English, from the runtime's own
 * Unicode CLDR data (Intl.DisplayNames over ISO 639-1 language codes, ISO 3166 region codes and UN M49
 * area codes): general knowledge, not any document's words.
 */
function displayNames(type: "language" | "region", codes: string[]): string[] {
  // CLDR's long names qualify some ("Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China"); texts use the
  // short one ("Hong Kong"), the name before the qualifier ("Myanmar", "Congo") or the one inside it ("Burma").
  const styles = (["long", "short"] as const).map((style) => new Intl.DisplayNames(["en"], { type, style, fallback: "none" }));
  const found = new Set<string>();
  for (const code of codes) {
    for (const names of styles) {
      try {
        const name = names.of(code);
        if (!name || name === code) continue;
        found.add(name);
        const qualified = /^(.+?)\s*(?:\((.+)\)| - .+)$/.exec(name);
        if (qualified) for (const part of [qualified[1], qualified[2]]) if (part) found.add(part);
      } catch {
        // not a code this runtime knows
      }
    }
  }
  return [...found];
}

function letterPairs(upper: boolean): string[] {
  const codes: string[] = [];
  const base = upper ? 65 : 97;
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) codes.push(String.fromCharCode(base + a, base + b));
  return codes;
}

/** "Spanish", "French", "Arabic", … (190 names). */
export const LANGUAGE_NAMES: readonly string[] = displayNames("language", letterPairs(false));

/** "Brazil", "Côte d’Ivoire", "Africa", "Central America", … (countries, territories and UN M49 areas). */
export const PLACE_NAMES: readonly string[] = displayNames("region", [...letterPairs(true), ...Array.from({ length: 999 }, (_, i) => String(i + 1).padStart(3, "0"))]);

function alternation(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/&/g, "(?:&|and)"))
    .join("|");
}

/** Matches a language's name as a word. */
export const LANGUAGE_PATTERN = new RegExp(`\\b(?:${alternation(LANGUAGE_NAMES)})\\b`);
const LANGUAGES_CAPITALISED = new RegExp(LANGUAGE_PATTERN.source, "g");
const LANGUAGE_AFTER_IN = new RegExp(`\\b(?:in|into)\\s+(${LANGUAGE_PATTERN.source})`, "gi");
const LANGUAGE_BY_FOLDED = new Map(LANGUAGE_NAMES.map((name) => [name.toLowerCase(), name]));

/**
 * The languages a text names, in its order, by their display names: "French" anywhere, and in lower case only after
 * "in" or "into" ("released in spanish"), where a language's name ("Latin", "Ewe") is no other English word.
 */
export function languagesNamed(text: string): string[] {
  const found = [...text.matchAll(LANGUAGES_CAPITALISED)].map((match) => ({ at: match.index, name: match[0] }));
  for (const match of text.matchAll(LANGUAGE_AFTER_IN)) {
    const at = match.index + match[0].length - match[1]!.length;
    if (!found.some((named) => named.at === at)) found.push({ at, name: LANGUAGE_BY_FOLDED.get(match[1]!.toLowerCase()) ?? match[1]! });
  }
  return found.sort((a, b) => a.at - b.at).map((named) => named.name);
}

/** "Brazil", "Côte d’Ivoire", …: the countries and territories of ISO 3166 only, no areas ("Central America"). */
export const COUNTRY_NAMES: readonly string[] = displayNames("region", letterPairs(true));
/** Matches a country's name as a word. */
export const COUNTRY_PATTERN = new RegExp(`\\b(?:${alternation(COUNTRY_NAMES)})\\b`);

/** Every country name of a text in any case (`matchAll`, `match`): "afghanistan" as "Afghanistan"; compiled once, as the list is long. */
export const COUNTRIES_ANY_CASE = new RegExp(COUNTRY_PATTERN.source, "gi");
/** Matches a country's or region's name as a word. */
export const PLACE_PATTERN = new RegExp(`\\b(?:${alternation(PLACE_NAMES)})\\b`);

/**
 * The world areas a text names that have countries inside them (`countriesInArea`), as written: "Central Asia",
 * "Latin America", "South-East Asia" (an `areaAliases` name, read whole before the "Asia" inside it).
 */
export function worldAreasIn(typed: string): string[] {
  // A direction typed in lower case before an area's name is part of it ("southern Africa"); same length, same places.
  const text = typed.replace(/\b(?:western|eastern|northern|southern|central|south-eastern|south-east|southeast|west|east|north|south)(?=\s+\p{Lu})/gu, (word) => word[0]!.toUpperCase() + word.slice(1));
  const aliases = areaAliases();
  const found: { at: number; name: string }[] = [];
  const rest = aliases.size
    ? text.replace(new RegExp(`\\b(?:${alternation([...aliases.keys()].map((alias) => aliasSpelling.get(alias)!))})\\b`, "g"), (name: string, at: number) => {
        found.push({ at, name });
        return " ".repeat(name.length);
      })
    : text;
  for (const match of rest.matchAll(new RegExp(PLACE_PATTERN.source, "g"))) if (countriesInArea(match[0]).length > 0) found.push({ at: match.index, name: match[0] });
  return found.sort((a, b) => a.at - b.at).map((area) => typed.slice(area.at, area.at + area.name.length));
}

/** How a direction opens an M49 area's name, and how staff also write it: "Western Africa" as "West Africa". */
const DIRECTION_SHORT: [RegExp, string[]][] = [
  [/^Western /, ["West "]],
  [/^Eastern /, ["East "]],
  [/^Northern /, ["North "]],
  [/^Southern /, ["South "]],
  [/^South-?[Ee]ast(?:ern)? /, ["South-East ", "Southeast ", "South East ", "South-Eastern "]],
];

const aliasSpelling = new Map<string, string>();
let aliasesByName: Map<string, string> | undefined;

/**
 * The shorter names staff give UN M49 areas, lower case → the area's CLDR name: "south-east asia" and "southeast
 * asia" → "Southeast Asia", "west africa" → "Western Africa", "south asia" → "Southern Asia"; not a name that is
 * a country's or another area's ("South Africa" stays the country, "North America" the continent). A general rule over CLDR's names, built once.
 */
export function areaAliases(): ReadonlyMap<string, string> {
  if (!aliasesByName) {
    aliasesByName = new Map();
    countriesInArea("");
    const countries = new Set(COUNTRY_NAMES.map((name) => name.toLowerCase()));
    for (const name of areaNames) {
      for (const [direction, shorts] of DIRECTION_SHORT) {
        if (!direction.test(name)) continue;
        for (const short of shorts) {
          const alias = name.replace(direction, short);
          if (countries.has(alias.toLowerCase()) || alias === name || countriesByArea!.has(alias.toLowerCase())) continue;
          aliasesByName.set(alias.toLowerCase(), name);
          aliasSpelling.set(alias.toLowerCase(), alias);
        }
      }
    }
  }
  return aliasesByName;
}

/** The M49 areas' CLDR names, as `countriesInArea` reads them. */
const areaNames: string[] = [];

/** CLDR's UN M49 containment: area code → the codes it contains ("013" → "BZ", "CR", "GT", …). */
type Containment = Record<string, { _contains: string[] }>;

let countriesByArea: Map<string, string[]> | undefined;

/**
 * The countries and territories inside a world area the text names as a whole ("Central America" → "Belize",
 * "Costa Rica", "Guatemala", …; "Africa" → every African country), as `COUNTRY_NAMES` spells them, from the
 * Unicode Consortium's `cldr-core` package (territoryContainment.json: the numbered UN M49 areas, "Latin America"
 * among them; not the lettered groupings "EU", "UN"). [] for a country's name, an unknown place or a file that
 * cannot be read. Read once, ~10 kB.
 */
export function countriesInArea(area: string): string[] {
  if (!countriesByArea) {
    countriesByArea = new Map();
    try {
      const file = createRequire(import.meta.url)("cldr-core/supplemental/territoryContainment.json") as { supplemental: { territoryContainment: Containment } };
      const contains = file.supplemental.territoryContainment;
      const leaves = (code: string): string[] => (/^\d{3}$/.test(code) ? (contains[code]?._contains ?? []).flatMap(leaves) : [code]);
      for (const code of Object.keys(contains).filter((key) => /^\d{3}$/.test(key))) {
        const countries = displayNames("region", leaves(code));
        for (const name of displayNames("region", [code])) {
          countriesByArea.set(name.toLowerCase(), countries);
          areaNames.push(name);
        }
      }
    } catch {
      // No containment data: an area names no country, as before it was read.
    }
  }
  const name = area.toLowerCase();
  return countriesByArea.get(name) ?? countriesByArea.get(areaAliases().get(name)?.toLowerCase() ?? "") ?? [];
}
