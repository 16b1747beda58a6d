// First: starts reading the clerk's language while the other modules load.
import { startLanguage } from '@/components/panel/start-language';
import { mountSidePanel } from '@/components/panel/mount';
import '@/assets/styles/base.css';
import '@/assets/styles/ui.css';

void mountSidePanel(document.getElementById('app')!, startLanguage);
