/** Where a build is: files parsed, then distinct unit texts embedded (those no earlier build had). */
export interface BuildProgress {
  phase: "parse" | "embed";
  done: number;
  total: number;
}
