import { postJson } from './post-json.js';
import { recordQueueKey } from './storage-keys.js';

/**
 * While the page stays open, a failed send is tried again after these delays (the server may be restarting
 * or its database down for a moment); after the last, the queue waits for the next page view or `online`.
 */
const QUEUE_RETRY_DELAYS_MS = [5_000, 15_000, 45_000, 120_000];
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 22 base64url characters (132 random bits); getRandomValues works outside secure contexts too, unlike randomUUID. */
function createRecordId(win) {
    return Array.from(win.crypto.getRandomValues(new Uint8Array(22)), (byte) => ID_ALPHABET[byte & 63]).join('');
}
function createQueue(key, win) {
    let memory = [];
    const storage = (() => {
        try {
            return win.localStorage;
        }
        catch {
            return null; // Safari private mode and blocked storage throw: fall back to memory.
        }
    })();
    const read = () => {
        try {
            const parsed = JSON.parse(storage?.getItem(key) ?? 'null');
            if (!Array.isArray(parsed))
                return memory;
            // Records queued by a version without recordId get theirs now, once, and keep it from here on.
            if (parsed.some((record) => !record.recordId)) {
                write(parsed.map((record) => (record.recordId ? record : { ...record, recordId: createRecordId(win) })));
                return memory;
            }
            return parsed;
        }
        catch {
            return memory;
        }
    };
    const write = (records) => {
        memory = records.slice(-50);
        try {
            if (memory.length)
                storage?.setItem(key, JSON.stringify(memory));
            else
                storage?.removeItem(key);
        }
        catch {
            // Quota or blocked storage: memory keeps them for this page view.
        }
    };
    return { read, write };
}
/**
 * Sends a record of every decision to `recordEndpoint`, without ever
 * blocking the page: queued in localStorage first, sent with fetch
 * keepalive, removed from the queue once the server accepts it, and retried
 * a few times while the page stays open, then on the next page view or when
 * the browser comes back online. Each record
 * carries a `recordId` made here when the decision is made, so a retry of a
 * record the server stored (its answer lost) is not stored twice.
 */
function installRecordSender(manager, win, retryDelays = [], queueRetryDelays = QUEUE_RETRY_DELAYS_MS) {
    const endpoint = manager.config.recordEndpoint;
    const queue = createQueue(recordQueueKey(manager.config.cookieName), win);
    let failures = 0;
    let retryTimer;
    const retryLater = () => {
        if (retryTimer !== undefined || failures >= queueRetryDelays.length)
            return;
        retryTimer = win.setTimeout(() => {
            retryTimer = undefined;
            void flush();
        }, queueRetryDelays[failures++]);
    };
    const send = async () => {
        // One at a time, oldest first; stop at the first failure and keep the rest for later.
        for (let [record] = queue.read(); record && endpoint; [record] = queue.read()) {
            if (!(await postJson(endpoint, record, retryDelays)))
                return retryLater();
            failures = 0;
            // Another tab may have sent and dropped it meanwhile: drop it only if it is still first.
            const [head, ...rest] = queue.read();
            if (head?.recordId === record.recordId)
                queue.write(rest);
        }
    };
    // Sends run one after another, each reading the queue afresh, so no record is sent twice or missed.
    let sending = Promise.resolve();
    const flush = () => (sending = sending.then(send));
    if (!endpoint)
        return { flush };
    manager.onRecord((record) => {
        queue.write([...queue.read(), { ...record, recordId: createRecordId(win) }]);
        void flush();
    });
    win.addEventListener('online', () => void flush());
    void flush();
    return { flush };
}

export { createRecordId, installRecordSender };
