import { defineBackground } from 'wxt/utils/define-background';
import { setUpCommands } from './set-up-commands';
import { setUpContextMenu } from './set-up-context-menu';
import { setUpMessaging } from './set-up-messaging';
import { setUpSiteAccess } from './set-up-site-access';

// Listeners are added synchronously, at every start of the service worker / event page:
// the browser only wakes the background for events that have a listener by then.
export default defineBackground(() => {
  setUpCommands();
  setUpContextMenu();
  setUpMessaging();
  setUpSiteAccess(); // after setUpContextMenu: adds its entry once the old ones are removed
});
