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

/** A direction typed in lower case before a capitalised name ("southern Africa"): part of an area's name. */
const LOWER_DIRECTION = /\b(?:western|eastern|northern|southern|central|south-eastern|south-east|southeast|west|east|north|south)(?=\s+\p{Lu})/gu;
const PLACES_ALL = new RegExp(PLACE_PATTERN.source, "g");

/**
 * The world areas a text names that have countries inside them (`countriesInArea`), as written: "Central Asia",
 * "Latin America", "South-East Asia" (an alias of `areas()`, read whole before the "Asia" inside it).
 */
export function worldAreasIn(typed: string): string[] {
  // A direction typed in lower case before an area's name is part of it ("southern Africa"); same length, same places.
  const text = typed.replace(LOWER_DIRECTION, (word) => word[0]!.toUpperCase() + word.slice(1));
  const { aliasPattern } = areas();
  const found: { at: number; name: string }[] = [];
  const rest = aliasPattern
    ? text.replace(aliasPattern, (name: string, at: number) => {
        found.push({ at, name });
        return " ".repeat(name.length);
      })
    : text;
  for (const match of rest.matchAll(PLACES_ALL)) if (countriesInArea(match[0]).length > 0) found.push({ at: match.index, name: match[0] });
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

/** CLDR's UN M49 containment: area code → the codes it contains ("013" → "BZ", "CR", "GT", …). */
type Containment = Record<string, { _contains: string[] }>;

interface Areas {
  /** An area's CLDR name, lower case → the countries and territories inside it, as `COUNTRY_NAMES` spells them. */
  countries: Map<string, string[]>;
  /** A shorter name staff give an area, lower case → its CLDR name ("west africa" → "Western Africa"). */
  aliases: Map<string, string>;
  /** Every alias as written, longest first; undefined when there are none. */
  aliasPattern?: RegExp;
}

let areaTable: Areas | undefined;

/**
 * The UN M49 areas, read once (~10 kB) from the Unicode Consortium's `cldr-core` package (territoryContainment.json:
 * the numbered areas, "Latin America" among them; not the lettered groupings "EU", "UN"), with the shorter names
 * staff give them: "South-East Asia" and "Southeast Asia" → "Southeast Asia", "West Africa" → "Western Africa",
 * "South Asia" → "Southern Asia" (`DIRECTION_SHORT`, a general rule over CLDR's names); not a name that is a
 * country's or another area's ("South Africa" stays the country, "North America" the continent). Empty when the
 * file cannot be read.
 */
function areas(): Areas {
  if (areaTable) return areaTable;
  const countries = new Map<string, string[]>();
  const names: string[] = [];
  try {
    const file = createRequire(import.meta.url)("cldr-core/supplemental/territoryContainment.json") as { supplemental: { territoryContainment: Containment } };
    const contains = file.supplemental.territoryContainment;
    const leaves = (code: string): string[] => (/^\d{3}$/.test(code) ? (contains[code]?._contains ?? []).flatMap(leaves) : [code]);
    for (const code of Object.keys(contains).filter((key) => /^\d{3}$/.test(key))) {
      const inside = displayNames("region", leaves(code));
      for (const name of displayNames("region", [code])) {
        countries.set(name.toLowerCase(), inside);
        names.push(name);
      }
    }
  } catch {
    // No containment data: an area names no country, as before it was read.
  }
  const countryNames = new Set(COUNTRY_NAMES.map((name) => name.toLowerCase()));
  const aliases = new Map<string, string>();
  const spellings: string[] = [];
  for (const name of names) {
    for (const [direction, shorts] of DIRECTION_SHORT) {
      if (!direction.test(name)) continue;
      for (const short of shorts) {
        const alias = name.replace(direction, short);
        if (countryNames.has(alias.toLowerCase()) || alias === name || countries.has(alias.toLowerCase())) continue;
        aliases.set(alias.toLowerCase(), name);
        spellings.push(alias);
      }
    }
  }
  areaTable = { countries, aliases, ...(spellings.length ? { aliasPattern: new RegExp(`\\b(?:${alternation(spellings)})\\b`, "g") } : {}) };
  return areaTable;
}

/**
 * The countries and territories inside a world area the text names as a whole ("Central America" → "Belize",
 * "Costa Rica", "Guatemala", …; "Africa" → every African country; "West Africa" as Western Africa), as
 * `COUNTRY_NAMES` spells them (`areas()`). [] for a country's name, an unknown place or a file that cannot be read.
 */
export function countriesInArea(area: string): string[] {
  const { countries, aliases } = areas();
  const name = area.toLowerCase();
  return countries.get(name) ?? countries.get(aliases.get(name)?.toLowerCase() ?? "") ?? [];
}
