/** The staging folders `npm run build` writes into, and the removal of those a killed build left behind. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Folders in `.build-tmp/` named after the build process that owns them. */
const OWNED = /^(?:dist|previous)-(\d+)$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The staging and previous-output folders for the build process `pid`. */
export function stagingFolders(tmp: string, pid: number): { staging: string; previous: string } {
  return { staging: join(tmp, `dist-${pid}`), previous: join(tmp, `previous-${pid}`) };
}

/**
 * Removes the staging folders of builds that no longer run (killed with SIGKILL, or by a power cut), and
 * returns their names. Folders of builds still running, and anything else in `tmp`, are left alone.
 */
export function removeStaleStaging(tmp: string): string[] {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(OWNED.exec(name)?.[1]);
    return pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  for (const name of stale) rmSync(join(tmp, name), { recursive: true, force: true });
  return stale;
}

/** Removes `tmp` itself when nothing else is in it. */
export function removeIfEmpty(tmp: string): void {
  try {
    if (readdirSync(tmp).length === 0) rmSync(tmp, { recursive: true });
  } catch {
    // Already gone.
  }
}
