import { render } from 'preact';
import { App } from '@/components/panel/App';
import '@/assets/styles/base.css';

render(<App />, document.getElementById('app')!);
