/** The English month names, January to December (from `Intl.DateTimeFormat`, not typed out in each stage). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month, 1))));

/** The month names as a regular-expression alternation: "January|February|…|December". */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");
