import type { CategoryId, ConsentApi } from 'consent-banner/core';
import type { ReactNode } from 'react';
import { useConsent } from './use-consent.js';

export interface WhenGrantedProps {
  manager: ConsentApi | null;
  /** The category the content needs, e.g. `"marketing"`. */
  category: CategoryId;
  children: ReactNode;
}

/** Renders its children only while `category` is granted: they appear and disappear with each decision. */
export function WhenGranted({ manager, category, children }: WhenGrantedProps) {
  const consent = useConsent(manager);
  return consent?.[category] ? <>{children}</> : null;
}
