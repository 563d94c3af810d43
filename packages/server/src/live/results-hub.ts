import type { PollRecord } from '../repositories/poll-repository.ts';
import { resultsVariant, toResults, type ResultsVariant } from '../services/results-view.ts';

/** One open event stream. */
export interface ResultsListener {
  /** Write raw text to the stream; returns false when the client is not keeping up. */
  write(chunk: string): boolean;
  /** How much is waiting in the socket's buffer (a client far behind gets dropped). */
  backlog(): number;
  end(): void;
  /** The participant behind the stream (for `after-vote`), if the stream sent a token. */
  participantId?: string;
  voted: boolean;
  /**
   * The event `id` of a poll's results; default: the results version. A stream of several polls has
   * one listener per poll, all with the same `write`, and names the versions of all its polls here.
   */
  eventId?(pollId: string, version: number): string;
}

interface ListenerState {
  listener: ResultsListener;
  lastKey?: string;
}

interface Channel {
  siteId: string;
  pollId: string;
  listeners: Set<ListenerState>;
  timer?: NodeJS.Timeout;
  closeTimer?: NodeJS.Timeout;
  lastFlushAt: number;
  voters: Set<string>;
}

export interface ResultsHubOptions {
  load(siteId: string, pollId: string): Promise<PollRecord | undefined>;
  now(): Date;
  /** Smallest gap between two events of one poll; a burst of ballots becomes one event. */
  minIntervalMs: number;
  heartbeatMs: number;
  onError?(error: unknown): void;
}

/** Per visibility variant: the serialized results, and the whole event for a single-poll stream. */
type Frames = Map<ResultsVariant, { data: string; frame: string }>;

const maxBacklogBytes = 1024 * 1024;
const maxTimer = 2 ** 31 - 1;

/**
 * Fans results out to every open stream. Each change is read once per poll from the counters and
 * serialized once per visibility variant, then the same string goes to every stream of that variant.
 */
export class ResultsHub {
  private readonly channels = new Map<string, Channel>();
  private readonly heartbeat: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: ResultsHubOptions) {
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  get streamCount(): number {
    let count = 0;
    for (const channel of this.channels.values()) count += channel.listeners.size;
    return count;
  }

  /** Adds a stream (or one poll of a stream); sends the current results unless the client already has this version. */
  async subscribe(siteId: string, pollId: string, listener: ResultsListener, lastEventId?: string): Promise<() => void> {
    if (this.closed) {
      listener.end();
      return () => {};
    }
    const key = `${siteId}\u0000${pollId}`;
    let channel = this.channels.get(key);
    if (!channel) {
      channel = { siteId, pollId, listeners: new Set(), lastFlushAt: 0, voters: new Set() };
      this.channels.set(key, channel);
    }
    const state: ListenerState = { listener };
    channel.listeners.add(state);
    const record = await this.options.load(siteId, pollId);
    if (record) {
      const frames: Frames = new Map();
      const { frame, frameKey } = this.frameFor(record, listener, frames);
      state.lastKey = frameKey;
      if (lastEventId !== String(record.poll.results_version)) listener.write(frame);
      this.scheduleCloseEvent(channel, record);
    }
    const target = channel;
    return () => {
      target.listeners.delete(state);
      if (target.listeners.size === 0 && this.channels.get(key) === target) {
        clearTimeout(target.timer);
        clearTimeout(target.closeTimer);
        this.channels.delete(key);
      }
    };
  }

  /** Something changed in a poll (a ballot, an edit, a close); `voterId` voted just now. */
  notify(siteId: string, pollId: string, voterId?: string): void {
    const channel = this.channels.get(`${siteId}\u0000${pollId}`);
    if (!channel) return;
    if (voterId) channel.voters.add(voterId);
    if (channel.timer) return; // a flush is already coming and will carry this change
    const wait = Math.max(0, channel.lastFlushAt + this.options.minIntervalMs - Date.now());
    channel.timer = setTimeout(() => void this.flush(channel), wait);
  }

  private async flush(channel: Channel): Promise<void> {
    channel.timer = undefined;
    channel.lastFlushAt = Date.now();
    const voters = channel.voters;
    channel.voters = new Set();
    let record: PollRecord | undefined;
    try {
      record = await this.options.load(channel.siteId, channel.pollId);
    } catch (error) {
      this.options.onError?.(error);
      return;
    }
    if (!record) return;
    const frames: Frames = new Map();
    for (const state of channel.listeners) {
      const { listener } = state;
      if (listener.participantId && voters.has(listener.participantId)) listener.voted = true;
      const { frame, frameKey } = this.frameFor(record, listener, frames);
      if (frameKey === state.lastKey) continue;
      state.lastKey = frameKey;
      if (listener.backlog() > maxBacklogBytes) {
        listener.end();
        continue;
      }
      listener.write(frame);
    }
    this.scheduleCloseEvent(channel, record);
  }

  private frameFor(record: PollRecord, listener: ResultsListener, frames: Frames) {
    const now = this.options.now();
    const variant = resultsVariant(record, listener.voted, now);
    const version = record.poll.results_version;
    let cached = frames.get(variant);
    if (cached === undefined) {
      const data = JSON.stringify(toResults(record, variant));
      cached = { data, frame: `event: results\nid: ${version}\ndata: ${data}\n\n` };
      frames.set(variant, cached);
    }
    // A stream of several polls names its own id; the data is still serialized once per variant.
    const frame = listener.eventId
      ? `event: results\nid: ${listener.eventId(record.poll.id, version)}\ndata: ${cached.data}\n\n`
      : cached.frame;
    return { frame, frameKey: `${version}:${variant}:${record.poll.updated_at}` };
  }

  /** Visibility may flip when closesAt passes with nobody voting: wake the channel then. */
  private scheduleCloseEvent(channel: Channel, record: PollRecord): void {
    clearTimeout(channel.closeTimer);
    channel.closeTimer = undefined;
    if (!record.poll.closes_at) return;
    const wait = Date.parse(record.poll.closes_at) - this.options.now().getTime();
    if (wait <= 0 || wait > maxTimer) return;
    channel.closeTimer = setTimeout(() => this.notify(channel.siteId, channel.pollId), wait + 5);
    channel.closeTimer.unref();
  }

  private beat(): void {
    // The listeners of one stream of several polls share their `write`: one heartbeat per stream.
    const beaten = new Set<ResultsListener['write']>();
    for (const channel of this.channels.values()) {
      for (const { listener } of channel.listeners) {
        if (beaten.has(listener.write)) continue;
        beaten.add(listener.write);
        listener.write(': heartbeat\n\n');
      }
    }
  }

  /**
   * Ends every stream (graceful shutdown). With `reconnectMs`, each stream is first sent that
   * `retry:` hint, so its client reconnects (with Last-Event-ID) after about that long.
   */
  close({ reconnectMs }: { reconnectMs?: number } = {}): void {
    this.closed = true;
    clearInterval(this.heartbeat);
    const told = new Set<ResultsListener['write']>(); // a stream of several polls has one listener per poll
    for (const channel of this.channels.values()) {
      clearTimeout(channel.timer);
      clearTimeout(channel.closeTimer);
      for (const { listener } of channel.listeners) {
        if (reconnectMs !== undefined && !told.has(listener.write)) {
          told.add(listener.write);
          listener.write(`: server closing, reconnect\nretry: ${reconnectMs}\n\n`);
        }
        listener.end();
      }
    }
    this.channels.clear();
  }
}
