import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie, parseConsentCookie } from '../../src/core/cookie-format.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger } from '../helpers.js';

/** Values that look more or less like ours: the fields, mangled. */
const nearMisses = fc
  .tuple(
    fc.constantFrom('1', '2', '', '01', 'x'),
    fc.oneof(fc.constantFrom('1', '2026-11'), fc.string()),
    fc.oneof(fc.integer({ min: 0, max: 99_999_999_999 }).map(String), fc.string()),
    fc.oneof(fc.stringMatching(/^[a-z0-9]{16}$/), fc.string()),
    fc.array(fc.oneof(fc.constantFrom('analytics', 'marketing', 'service', 'ads'), fc.string()), { maxLength: 5 }).map((ids) => ids.join('+')),
    fc.constantFrom([], ['g'], ['x'], ['g', '']),
  )
  .map(([version, revision, seconds, id, granted, extra]) => [version, revision, seconds, id, granted, ...extra].join('|'));

const anyValue = fc.oneof(nearMisses, fc.string(), fc.string({ unit: 'binary' }), fc.string({ maxLength: 5000 }), fc.constant(''));

describe('cookie parser against generated values', () => {
  it('never throws and never grants a category the value does not name', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const parsed = parseConsentCookie(value);
        if (!parsed) return;
        const namedInValue = value.split('|')[4].split('+');
        for (const id of parsed.granted) expect(namedInValue).to.include(id);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads back every value it writes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.stringMatching(/^[A-Za-z0-9]{8,64}$/),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/), { maxLength: 8 }),
        fc.boolean(),
        (revision, seconds, consentId, granted, gpc) => {
          const decision = { revision, time: seconds * 1000, consentId, granted, ...(gpc ? { gpc } : {}) };
          expect(parseConsentCookie(formatConsentCookie(decision))).to.deep.equal(decision);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a manager reading any stored value grants only what the value names, and keeps working', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const manager = createConsentManager({ policyUrl: '/p' }, { storage: createMemoryStorage(value), log: recordingLogger(), gpc: false });
        const granted = Object.entries(manager.getState()).filter(([id, on]) => on && id !== 'service');
        const named = value.split('|')[4]?.split('+') ?? [];
        for (const [id] of granted) expect(named).to.include(id);
        manager.acceptAll();
        expect(manager.getState().analytics).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
