// The status line that `validate` keeps on standard error when it is a terminal: how far a long run is.
// It appears only once a run has lasted SHOW_AFTER_MS, is redrawn at most every REDRAW_MS, and is cleared
// before any other output, so it never mixes with results.
import { printableText } from '../kernel/index.js';
import type { CliIo } from './cli-io.js';

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;
const MIB = 1024 * 1024;

export class Progress {
  private readonly started: number;
  private drawnAt: number | undefined;
  private shown = false;

  constructor(private readonly io: CliIo) {
    this.started = io.now();
  }

  /** Called after each chunk: redraws the line when it is due. */
  update(source: string, bytesRead: number, size: number | undefined, deliveries: number): void {
    const status = this.io.status;
    if (status === undefined) return;
    const now = this.io.now();
    if (now - this.started < SHOW_AFTER_MS || (this.drawnAt !== undefined && now - this.drawnAt < REDRAW_MS)) return;
    this.drawnAt = now;
    this.shown = true;
    const share = size ? ` of ${(size / MIB).toFixed(1)} MiB (${Math.floor((100 * bytesRead) / size)}%)` : '';
    const count = `${deliveries.toLocaleString('en')} ${deliveries === 1 ? 'delivery' : 'deliveries'}`;
    status(`${printableText(source, 60)}: ${(bytesRead / MIB).toFixed(1)} MiB${share}, ${count}`);
  }

  /** Clears the line, if it is shown, before other output. */
  clear(): void {
    if (!this.shown) return;
    this.io.status?.('');
    this.shown = false;
  }
}
