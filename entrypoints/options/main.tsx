import { mountOptions } from '@/components/options/mount';
import '@/assets/styles/base.css';
import '@/assets/styles/ui.css';

void mountOptions(document.getElementById('app')!);
