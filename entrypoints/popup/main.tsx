import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { prepareSidePanelOpener } from '@/components/platform/side-panel';
import '@/assets/styles/base.css';

const openSidePanel = prepareSidePanelOpener();

render(
  <PopupApp
    openSidePanel={() => openSidePanel().then(() => window.close())}
  />,
  document.getElementById('app')!,
);
