import { mountSidePanel } from '@/components/panel/mount';
import '@/assets/styles/base.css';
import '@/assets/styles/ui.css';

void mountSidePanel(document.getElementById('app')!);
