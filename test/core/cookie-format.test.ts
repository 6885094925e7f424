import { expect } from '@open-wc/testing';
import { formatConsentCookie, parseConsentCookie } from '../../src/core/cookie-format.js';

describe('consent cookie format', () => {
  const decision = { revision: '3', time: 1764497075000, consentId: 'k3j9f0a2x1c8q7zm', granted: ['analytics', 'marketing'] };

  it('writes the documented compact format', () => {
    expect(formatConsentCookie(decision)).to.equal('1|3|1764497075|k3j9f0a2x1c8q7zm|analytics+marketing');
  });

  it('reads back what it writes', () => {
    expect(parseConsentCookie(formatConsentCookie(decision))).to.deep.equal(decision);
    const refusal = { ...decision, granted: [] };
    expect(parseConsentCookie(formatConsentCookie(refusal))).to.deep.equal(refusal);
  });

  it('stays under 200 bytes with the built-in categories', () => {
    expect(formatConsentCookie(decision).length).to.be.below(200);
  });

  it('treats foreign, damaged or other-version values as no decision', () => {
    for (const value of [
      undefined,
      '',
      'true',
      '{"analytics":true}',
      '1|3|1764497075|k3j9f0a2x1c8q7zm',
      '2|3|1764497075|k3j9f0a2x1c8q7zm|analytics',
      '1|3|17644970xx|k3j9f0a2x1c8q7zm|analytics',
      '1|3|1764497075|short|analytics',
      '1|3|1764497075|k3j9f0a2x1c8q7zm|Analytics+<script>',
      '1|3|1764497075|k3j9f0a2x1c8q7zm|analytics|extra',
      'x'.repeat(5000),
    ]) {
      expect(parseConsentCookie(value), String(value)).to.equal(null);
    }
  });
});
