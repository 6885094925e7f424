import type { ConsentChangeDetail, ConsentChangeEvent, ConsentManager } from 'consent-banner/core';
import { defineComponent, h, onMounted, type PropType } from 'vue';
import { useConsent } from './use-consent.js';
import { WhenGranted } from './WhenGranted.js';

export const App = defineComponent({
  name: 'App',
  props: {
    /** The page's consent manager; null on the server, where there is no visitor's choice to read. */
    manager: { type: Object as PropType<ConsentManager | null>, default: null },
  },
  emits: {
    /** Every decision, from the banner's `consent-change` event. */
    'consent-change': (_detail: ConsentChangeDetail) => true,
  },
  setup(props, { emit }) {
    const consent = useConsent(() => props.manager);
    // After the first render, so <consent-banner> is in the page to show the banner and send the events.
    onMounted(() => props.manager?.start());

    return () => [
      h('main', [
        h('h1', 'Coffee roastery'),
        h(WhenGranted, { manager: props.manager, category: 'marketing' }, {
          default: () => [h('aside', { class: 'campaign' }, 'Autumn beans: 10% off with the code AUTUMN.')],
        }),
      ]),
      h('footer', [
        consent.value &&
          h('ul', { class: 'consent-choices' },
            Object.entries(consent.value).map(([id, granted]) => h('li', { key: id }, `${id}: ${granted ? 'on' : 'off'}`)),
          ),
        h('button', { type: 'button', onClick: () => props.manager?.showPreferences() }, 'Cookie settings'),
      ]),
      // `manager` is set as a property; onConsentChange listens for `consent-change`.
      h('consent-banner', {
        manager: props.manager,
        onConsentChange: (event: ConsentChangeEvent) => emit('consent-change', event.detail),
      }),
    ];
  },
});
