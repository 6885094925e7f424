import type { ConsentManager, ConsentRecord } from './consent-manager.js';
import { postJson } from './post-json.js';
import { recordQueueKey } from './storage-keys.js';

/** Records that could not be sent yet wait here, across page views. */
const MAX_QUEUED = 50;

function createQueue(key: string, win: Window) {
  let memory: ConsentRecord[] = [];
  const storage = (() => {
    try {
      return win.localStorage;
    } catch {
      return null; // Safari private mode and blocked storage throw: fall back to memory.
    }
  })();
  const read = (): ConsentRecord[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
      return Array.isArray(parsed) ? parsed : memory;
    } catch {
      return memory;
    }
  };
  const write = (records: ConsentRecord[]) => {
    memory = records.slice(-MAX_QUEUED);
    try {
      if (memory.length) storage?.setItem(key, JSON.stringify(memory));
      else storage?.removeItem(key);
    } catch {
      // Quota or blocked storage: memory keeps them for this page view.
    }
  };
  return { read, write };
}

/**
 * Sends a record of every decision to `recordEndpoint`, without ever
 * blocking the page: queued in localStorage first, sent with fetch
 * keepalive, removed from the queue once the server accepts it, and retried
 * on the next page view or when the browser comes back online.
 */
export function installRecordSender(manager: ConsentManager, win: Window, retryDelays: number[] = []): { flush(): Promise<void> } {
  const endpoint = manager.config.recordEndpoint;
  const queue = createQueue(recordQueueKey(manager.config.cookieName), win);
  const send = async () => {
    // One at a time, oldest first; stop at the first failure and keep the rest for later.
    for (let [record] = queue.read(); record && endpoint; [record] = queue.read()) {
      if (!(await postJson(endpoint, record, retryDelays))) return;
      // Two decisions can share a millisecond, so drop the sent record by position, not by its fields.
      const [head, ...rest] = queue.read();
      if (head && JSON.stringify(head) === JSON.stringify(record)) queue.write(rest);
    }
  };
  // Sends run one after another, each reading the queue afresh, so no record is sent twice or missed.
  let sending = Promise.resolve();
  const flush = (): Promise<void> => (sending = sending.then(send));

  if (!endpoint) return { flush };
  manager.onRecord((record) => {
    queue.write([...queue.read(), record]);
    void flush();
  });
  win.addEventListener('online', () => void flush());
  void flush();
  return { flush };
}
