import os from 'node:os';

/** What the figures were measured on. */
export interface Machine {
  os: string;
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  node: string;
  database: string;
  /** 1-minute load average when the bench started and ended: other work on the machine skews. */
  loadAverage: { start: number; end: number | null };
}

export function describeMachine(databaseVersion: string): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    database: databaseVersion,
    loadAverage: { start: Math.round(os.loadavg()[0]! * 100) / 100, end: null },
  };
}

export function loadAverageNow(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
