import { onMessage } from '@/components/platform/messaging';
import { extensionVersion } from '@/components/platform/runtime';

/** The background's answers to the other parts of the extension (see components/platform/messages.ts). */
export function setUpMessaging(): void {
  onMessage('ping', () => ({ version: extensionVersion() }));
}
