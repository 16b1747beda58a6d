import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/assets/styles/base.css';

render(<OptionsApp />, document.getElementById('app')!);
