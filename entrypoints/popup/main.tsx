import { mountPopup } from '@/components/popup/mount';
import '@/assets/styles/base.css';
import '@/assets/styles/ui.css';

void mountPopup(document.getElementById('app')!);
