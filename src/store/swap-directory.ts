import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

function siblings(target: string, marker: string): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const prefix = `${path.basename(target)}.${marker}-`;
  return readdir(dir).then(
    (names) => names.filter((name) => name.startsWith(prefix)).map((name) => path.join(dir, name)),
    () => [],
  );
}

async function exists(dir: string): Promise<boolean> {
  try {
    await readdir(dir);
    return true;
  } catch {
    return false;
  }
}

/** A fresh sibling folder to build into: same file system, so the swap is a rename. */
export function stagingDir(target: string): string {
  return `${path.resolve(target)}.tmp-${process.pid}-${Date.now()}`;
}

/**
 * Replaces `target` by `staged` with renames only. A crash between the two renames leaves the previous
 * folder as `target.old-*`, which `recoverSwap` puts back.
 */
export async function swapDirectory(staged: string, target: string): Promise<void> {
  const old = `${path.resolve(target)}.old-${process.pid}-${Date.now()}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, old);
  await rename(staged, target);
  if (hadTarget) await rm(old, { recursive: true, force: true });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Undoes what a killed build or swap left behind: restores a missing target, removes dead staging folders. */
export async function recoverSwap(target: string): Promise<void> {
  const olds = await siblings(target, "old");
  if (olds.length && !(await exists(target))) {
    const newest = olds.sort().pop()!;
    await rename(newest, target);
  }
  for (const old of await siblings(target, "old")) await rm(old, { recursive: true, force: true });
  for (const staging of await siblings(target, "tmp")) {
    const pid = Number(/\.tmp-(\d+)-/.exec(staging)?.[1]);
    if (!pidAlive(pid)) await rm(staging, { recursive: true, force: true });
  }
}
