import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allowedPositions, matchesFilter, type SearchFilter } from "../../src/retrieve/search-filter.js";
import type { Passage } from "../../src/types.js";

const passage = (n: number, source: Partial<Passage["source"]>): Passage => ({
  id: `p${n}`,
  text: `passage ${n}`,
  breadcrumb: `passage ${n}`,
  source: { document: `${source.entity ?? "none"}-${source.year ?? "none"}.txt`, ...source },
  offsets: { start: 0, end: 10 },
});

// Three entities (one with no acronym, one with no name), years with gaps, one passage with neither.
const PASSAGES: Passage[] = [
  passage(0, { entity: "UNODC", entityName: "United Nations Office on Drugs and Crime", year: 2024, question: 1 }),
  passage(1, { entity: "UN-Habitat", entityName: "United Nations Human Settlements Programme", year: 2025, question: 1 }),
  passage(2, { entity: "UNODC", entityName: "United Nations Office on Drugs and Crime", year: 2024, question: 3, record: { table: "event", index: 1, title: "CND" } }),
  passage(3, { entity: "WHO", year: 2023, question: 2 }),
  passage(4, { entity: "UNODC", entityName: "United Nations Office on Drugs and Crime", year: 2022, question: 1 }),
  passage(5, { question: 4 }),
  passage(6, { entity: "UN-Habitat", entityName: "United Nations Human Settlements Programme", year: 2024, question: 3, record: { table: "Event", index: 1, title: "WUF" } }),
  passage(7, { entity: "ＵＮＯＤＣ", year: 2024, question: 2 }),
];

/** The rule as written: every passage tested on its own, in order. */
function everyPassage(filter: SearchFilter | undefined): number[] | undefined {
  if (!filter || Object.values(filter).every((v) => v === undefined)) return undefined;
  const positions = PASSAGES.flatMap((p, i) => (matchesFilter(p, filter) ? [i] : []));
  return positions.length === PASSAGES.length ? undefined : positions;
}

describe("allowedPositions", () => {
  it("gives exactly the passages inside the filter, in ascending order", () => {
    const cases: [SearchFilter | undefined, number[] | undefined][] = [
      [undefined, undefined],
      [{}, undefined],
      [{ entity: "UNODC" }, [0, 2, 4, 7]], // the full-width acronym folds (NFKC) to UNODC
      [{ entity: "unodc" }, [0, 2, 4, 7]],
      [{ entity: " united nations office on drugs and crime " }, [0, 2, 4]],
      [{ entity: ["WHO", "UN-Habitat"] }, [1, 3, 6]],
      [{ entity: ["UN-Habitat", "WHO", "who"] }, [1, 3, 6]],
      [{ entity: [] }, []],
      [{ entity: "IOM" }, []],
      [{ year: 2024 }, [0, 2, 6, 7]],
      [{ year: [2025, 2022] }, [1, 4]],
      [{ year: 2019 }, []],
      [{ entity: "UNODC", year: 2024 }, [0, 2, 7]],
      [{ entity: ["UNODC", "UN-Habitat"], year: [2024, 2025] }, [0, 1, 2, 6, 7]],
      [{ entity: "UNODC", question: 1 }, [0, 4]],
      [{ year: 2024, table: "event" }, [2, 6]],
      [{ question: [1, 4] }, [0, 1, 4, 5]],
      [{ table: "EVENT" }, [2, 6]],
    ];
    for (const [filter, expected] of cases) {
      const allowed = allowedPositions(PASSAGES, filter);
      assert.deepEqual(allowed && [...allowed], expected, JSON.stringify(filter));
      assert.deepEqual(allowed && [...allowed], everyPassage(filter), JSON.stringify(filter));
    }
  });

  it("leaves the corpus whole (undefined) when the filter accepts every passage", () => {
    const two = [PASSAGES[0]!, PASSAGES[2]!];
    assert.equal(allowedPositions(two, { entity: "UNODC" }), undefined);
    assert.deepEqual([...allowedPositions(two, { question: 3 })!], [1]);
  });

  it("sees passages added to the same list after an earlier search", () => {
    const list = PASSAGES.slice(0, 4);
    assert.deepEqual([...allowedPositions(list, { entity: "UNODC" })!], [0, 2]);
    list.push(PASSAGES[4]!);
    assert.deepEqual([...allowedPositions(list, { entity: "UNODC" })!], [0, 2, 4]);
  });
});
