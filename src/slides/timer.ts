/**
 * The timers of 수업 화면: one per step, counting down from the step's planned minutes. Slides of
 * the same step share their step's timer; moving to another step pauses the one that ran, and
 * coming back finds it where it stopped. The clock is passed in, so tests need no waiting.
 */
interface StepClock {
  planned: number;
  /** Milliseconds run before the current start. */
  spent: number;
  /** When it was started, or null when paused. */
  since: number | null;
}

export class StepTimers {
  private readonly clocks = new Map<string, StepClock>();
  private current: StepClock | null = null;
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Shows the timer of a step (null: a slide without one), pausing another step's running timer. */
  select(step: string | null, minutes: number | null): void {
    const next = step === null || minutes === null ? null : this.clockOf(step, minutes);
    if (this.current && this.current !== next) this.pause(this.current);
    this.current = next;
  }

  get active(): boolean {
    return this.current !== null;
  }

  get running(): boolean {
    return this.current?.since != null;
  }

  /** Starts or pauses the current step's timer. */
  toggle(): void {
    const clock = this.current;
    if (!clock) return;
    if (clock.since === null) clock.since = this.now();
    else this.pause(clock);
  }

  /** Back to the step's planned time, paused. */
  reset(): void {
    if (!this.current) return;
    this.current.spent = 0;
    this.current.since = null;
  }

  /** Milliseconds left on the current step's timer; below zero once the time is up. */
  remaining(): number {
    const clock = this.current;
    if (!clock) return 0;
    return clock.planned - clock.spent - (clock.since === null ? 0 : this.now() - clock.since);
  }

  private clockOf(step: string, minutes: number): StepClock {
    let clock = this.clocks.get(step);
    if (!clock) {
      clock = { planned: minutes * 60_000, spent: 0, since: null };
      this.clocks.set(step, clock);
    }
    return clock;
  }

  private pause(clock: StepClock): void {
    if (clock.since === null) return;
    clock.spent += this.now() - clock.since;
    clock.since = null;
  }
}

/** "9:58" while time is left (whole seconds, rounded up), "+0:12" once it is over. */
export function clockText(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over && seconds > 0 ? `+${text}` : text;
}
