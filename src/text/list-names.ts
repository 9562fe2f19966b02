/** British English's list conjunction, from the runtime's Unicode CLDR data (Intl.ListFormat), built once. */
const AND_LIST = new Intl.ListFormat("en-GB", { type: "conjunction" });

/** Names joined as an English list: "Kenya", "Kenya and Angola", "Ghana, Indonesia, Nigeria and Sri Lanka"; "" for none. */
export function listNames(names: readonly string[]): string {
  return AND_LIST.format(names);
}
