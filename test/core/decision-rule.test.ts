import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import { judgeStoredDecision, type DecisionRuleConfig } from '../../src/core/decision-rule.js';

const NOW = Date.UTC(2026, 10, 30);
const DAY = 86_400_000;

const RULE: DecisionRuleConfig = {
  revision: '2',
  revisionMinor: false,
  cookieLifetimeDays: 365,
  refusalLifetimeDays: 182,
  optionalIds: ['analytics', 'marketing'],
  sellOrShareIds: ['marketing'],
};
const value = (revision: string, ageMs: number, granted: string[], gpc = false) =>
  formatConsentCookie({ revision, time: NOW - ageMs, consentId: 'abcdefgh12345678', granted, ...(gpc ? { gpc } : {}) });

const rules = fc.record({
  revision: fc.constantFrom('1', '2'),
  revisionMinor: fc.boolean(),
  cookieLifetimeDays: fc.constantFrom(1, 30, 365),
  refusalLifetimeDays: fc.constantFrom(1, 182),
  optionalIds: fc.constant<string[]>(['analytics', 'marketing', 'support']),
  sellOrShareIds: fc.subarray<string>(['analytics', 'marketing', 'support']),
});
const decisions = fc.record({
  revision: fc.constantFrom('1', '2', '3'),
  ageMs: fc.integer({ min: -3 * DAY, max: 400 * DAY }),
  granted: fc.subarray(['analytics', 'marketing', 'support']),
  gpc: fc.boolean(),
});
const values = fc.array(
  fc.oneof(
    decisions.map(({ revision, ageMs, granted, gpc }) => value(revision, ageMs, granted, gpc)),
    fc.constantFrom('foreign-value', '1|1|x|y|z', ''),
  ),
  { maxLength: 3 },
);

describe('the decision rule (one for the boot script and the manager)', () => {
  it('counts a decision only when it is readable, not ahead of the clock, within its lifetime and of the revision (or a minor one)', () => {
    fc.assert(
      fc.property(values, rules, fc.boolean(), (stored, rule, gpc) => {
        const judged = judgeStoredDecision(stored, rule, NOW, gpc);
        expect(judged.decision === null).to.equal(judged.askReason !== null);
        if (!judged.decision) return;
        const { previous, decision } = judged;
        expect(previous, 'what counts is the newest readable one').to.not.equal(null);
        expect(previous!.time).to.be.at.most(NOW + DAY);
        const lifetime = previous!.granted.some((id) => rule.optionalIds.includes(id)) ? rule.cookieLifetimeDays : rule.refusalLifetimeDays;
        expect(NOW - previous!.time).to.be.at.most(lifetime * DAY);
        expect(previous!.revision === rule.revision || rule.revisionMinor).to.equal(true);
        expect(judged.minorRevision).to.equal(previous!.revision !== rule.revision);
        for (const id of decision.granted) expect(previous!.granted, 'nothing granted that was not chosen').to.include(id);
      }),
      { numRuns: 3000 },
    );
  });

  it('never lets a grant given before Global Privacy Control outweigh it, and withdraws exactly those categories', () => {
    fc.assert(
      fc.property(values, rules, (stored, rule) => {
        const judged = judgeStoredDecision(stored, rule, NOW, true);
        if (!judged.decision) return;
        if (!judged.previous!.gpc) {
          for (const id of rule.sellOrShareIds) expect(judged.decision.granted).to.not.include(id);
        }
        expect([...judged.decision.granted, ...judged.withdrawnByGpc].sort()).to.deep.equal([...judged.previous!.granted].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the newest readable of several values and names what it passed over', () => {
    const judged = judgeStoredDecision(['junk', value('2', 3 * DAY, []), value('2', DAY, ['analytics']), value('2', -2 * DAY, ['marketing'])], RULE, NOW, false);
    expect(judged.decision?.granted).to.deep.equal(['analytics']);
    expect(judged.problems).to.deep.equal(['several', 'unreadable', 'future']);
  });

  it('says why it asks: first visit, expiry (a refusal sooner than a consent), another revision', () => {
    const ask = (stored: string[], rule = RULE) => judgeStoredDecision(stored, rule, NOW, false).askReason;
    expect(ask([])).to.equal('first-visit');
    expect(ask([value('2', 365 * DAY, ['analytics'])])).to.equal(null);
    expect(ask([value('2', 365 * DAY + 1, ['analytics'])])).to.equal('expired');
    expect(ask([value('2', 182 * DAY + 1, [])])).to.equal('expired');
    expect(ask([value('2', 182 * DAY + 1, ['analytics'])])).to.equal(null);
    expect(ask([value('1', DAY, ['analytics'])])).to.equal('revision');
    expect(ask([value('1', DAY, ['analytics'])], { ...RULE, revisionMinor: true })).to.equal(null);
    expect(ask([value('2', -DAY + 1, ['analytics'])]), 'up to a day ahead is clock skew').to.equal(null);
    expect(ask([value('2', -2 * DAY, ['analytics'])]), 'more is not trusted').to.equal('first-visit');
  });
});
