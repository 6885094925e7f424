import { parseConsentCookie } from './cookie-format.js';

const DAY = 86_400_000;
/** Clocks differ a little between server and visitor; more than this ahead is not a real decision. */
const CLOCK_SKEW = DAY;
/** How long a decision lasts: a consent to anything optional longer than a refusal. */
function lifetimeDays(config, granted) {
    return granted.some((id) => config.optionalIds.includes(id)) ? config.cookieLifetimeDays : config.refusalLifetimeDays;
}
/**
 * Judges the values stored under the consent cookie's name (the same name may be set for several paths or
 * domains) at time `now`, with or without Global Privacy Control. The newest readable one is the candidate;
 * damaged, foreign and future-dated ones are passed over and named in `problems`.
 */
function judgeStoredDecision(values, config, now, gpc) {
    const problems = values.length > 1 ? ['several'] : [];
    let previous = null;
    for (const value of values) {
        const parsed = parseConsentCookie(value);
        if (!parsed || parsed.time > now + CLOCK_SKEW)
            problems.push(parsed ? 'future' : 'unreadable');
        else if (!previous || parsed.time > previous.time)
            previous = parsed;
    }
    const expired = !!previous && now - previous.time > lifetimeDays(config, previous.granted) * DAY;
    const otherRevision = previous?.revision !== config.revision;
    const counts = !!previous && !expired && (!otherRevision || config.revisionMinor);
    // GPC is an opt-out that a grant given before it was switched on does not outweigh.
    const withdrawnByGpc = counts && gpc && !previous.gpc ? previous.granted.filter((id) => config.sellOrShareIds.includes(id)) : [];
    return {
        previous,
        decision: counts ? { ...previous, granted: previous.granted.filter((id) => !withdrawnByGpc.includes(id)) } : null,
        askReason: counts ? null : !previous ? 'first-visit' : expired ? 'expired' : 'revision',
        minorRevision: counts && otherRevision,
        withdrawnByGpc,
        problems,
    };
}

export { judgeStoredDecision, lifetimeDays };
