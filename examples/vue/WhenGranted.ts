import type { CategoryId, ConsentApi } from 'consent-banner/core';
import { defineComponent, type PropType, type SlotsType, type VNode } from 'vue';
import { useConsent } from './use-consent.js';

/** Renders its default slot only while `category` is granted: it appears and disappears with each decision. */
export const WhenGranted = defineComponent({
  name: 'WhenGranted',
  props: {
    manager: { type: Object as PropType<ConsentApi | null>, default: null },
    /** The category the content needs, e.g. `"marketing"`. */
    category: { type: String as PropType<CategoryId>, required: true },
  },
  slots: Object as SlotsType<{ default: () => VNode[] }>,
  setup(props, { slots }) {
    const consent = useConsent(() => props.manager);
    return () => (consent.value?.[props.category] ? slots.default() : null);
  },
});
