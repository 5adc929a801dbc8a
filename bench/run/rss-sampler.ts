import { memoryOf } from './server-process';

/**
 * Samples a process's resident set every few milliseconds, so that the peak of one phase (an
 * upload, a commit) is known, not only the process's lifetime peak (VmHWM).
 */
export class RssSampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly pid: number,
    everyMs = 50,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }
  private sample() {
    this.peak = Math.max(this.peak, memoryOf(this.pid, 'VmRSS') ?? 0);
  }
  /** The peak since the last call (or since sampling began), in MiB. */
  takePeak(): number {
    this.sample();
    const peak = this.peak;
    this.peak = 0;
    return peak;
  }
  stop() {
    clearInterval(this.timer);
  }
}
