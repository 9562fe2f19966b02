import cliProgress from "cli-progress";

/** Where a build is: files read (parsed, or taken unchanged from the previous index), then distinct unit texts embedded (those no earlier build had). */
export interface BuildProgress {
  phase: "parse" | "embed";
  done: number;
  total: number;
}

export interface ProgressReporter {
  update(progress: BuildProgress): void;
  /** Ends a bar left open (a failed build). */
  stop(): void;
}

// "read": an unchanged file is taken from the previous index, not parsed again; the summary says how many were parsed.
// "distinct texts": a list's lead-in repeated in its parts is embedded once, so fewer than the units the summary counts.
const NOUN = { parse: "files read", embed: "distinct texts embedded" } as const;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "unknown";
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}

/**
 * Shows a build's progress: on a terminal, a bar per phase (cli-progress) with the rate and the time left;
 * elsewhere (a pipe, a log file, CI) plain lines, one when a phase starts and one each time it passes a tenth
 * of its work, e.g. "distinct texts embedded: 1200/12000 (10%), 38/s, about 5 min left".
 */
export function progressReporter(options: { tty: boolean; write: (line: string) => void; stream?: NodeJS.WritableStream }): ProgressReporter {
  let phase: BuildProgress["phase"] | undefined;
  let started = 0;
  let step = -1;
  let bar: cliProgress.SingleBar | undefined;
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update({ phase: now, done, total }) {
      if (now !== phase) {
        stopBar();
        phase = now;
        started = performance.now();
        step = -1;
        if (options.tty && total > 0) {
          bar = new cliProgress.SingleBar(
            { format: `${NOUN[now]} [{bar}] {value}/{total} | {rate}/s | {left} left`, stream: options.stream, hideCursor: true, clearOnComplete: false },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0, { rate: 0, left: "unknown" });
        }
      }
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = done >= total ? "0 s" : duration(rate > 0 ? (total - done) / rate : Infinity);
      if (bar) {
        bar.update(done, { rate: Math.round(rate), left });
        if (done >= total) stopBar();
        return;
      }
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth === step) return;
      step = tenth;
      const percent = total ? Math.round((done / total) * 100) : 100;
      const tail = done === 0 ? "" : done >= total ? `, ${Math.round(rate)}/s, done in ${duration(seconds)}` : `, ${Math.round(rate)}/s, about ${left} left`;
      options.write(`${NOUN[now]}: ${done}/${total} (${percent}%)${tail}`);
    },
    stop: stopBar,
  };
}
