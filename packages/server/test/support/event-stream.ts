/** Reads Server-Sent Events through fetch streaming (Node 20 has no EventSource). */
export interface ServerSentEvent {
  event?: string;
  id?: string;
  data: string;
}

export interface EventStreamReader {
  status: number;
  headers: Headers;
  /** The next event (comments skipped), or throws after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerSentEvent>;
  /** Comment lines seen so far (heartbeats). */
  comments: string[];
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queue: ServerSentEvent[] = [];
  const comments: string[] = [];
  const waiters: Array<() => void> = [];
  let done = false;

  void (async () => {
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let split: number;
        while ((split = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const event: ServerSentEvent = { data: '' };
          let hasField = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) (event.event = line.slice(7)), (hasField = true);
            else if (line.startsWith('id: ')) (event.id = line.slice(4)), (hasField = true);
            else if (line.startsWith('data: ')) (event.data += line.slice(6)), (hasField = true);
          }
          if (hasField && event.event) queue.push(event);
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    } finally {
      done = true;
      waiters.splice(0).forEach((wake) => wake());
    }
  })();

  return {
    status: response.status,
    headers: response.headers,
    comments,
    async next(timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        if (done) throw new Error('stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return queue.shift()!;
    },
    close() {
      controller.abort();
    },
  };
}
