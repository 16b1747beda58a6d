/**
 * The part of the side panel loaded with a dynamic `import()` right after its first render,
 * while the clerk looks for the document: the rules engine and everything that shows its
 * verdict, the page sections, the popup's hand-over, the clipboard and the full settings store (zod). The
 * first screen (./mount.tsx, ./App.tsx, the document search) imports nothing from here but
 * types; `npm run bench` shows the split.
 */
export { decideSituation } from '@/rules/index';
export { DocumentFields } from './DocumentFields';
export { Questions } from './Questions';
export { Contacts, VerdictDetails, VerdictHeadline } from './Verdict';
export { buildSummary } from './summary';
export { verdictLine } from './format';
export { EmphasiseAndFill, PageFields, ReadFromPage, createPageConnection } from '@/components/page-panel/index';
export { receiveHandedOffDocuments } from '@/components/platform/handoff';
export { copyText } from '@/components/platform/clipboard';
export { createSettingsStore } from '@/components/state/settings';
