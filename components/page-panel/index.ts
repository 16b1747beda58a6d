/** The side panel's page sections (mount: see each component) and their shared connection. */
export { createPageConnection, browserPageApi, type PageConnection, type PageApi, type PageState } from './connection';
export { PageFields, type PageFieldsProps } from './PageFields';
export { ReadFromPage, type ReadFromPageProps, type PageFact, type PageFactValues, type ConfirmArgs } from './ReadFromPage';
export { EmphasiseAndFill, type EmphasiseAndFillProps } from './EmphasiseAndFill';
export { kindsToActOn } from './act-on';
