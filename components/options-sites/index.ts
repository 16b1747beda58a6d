/** The options page's HIS site sections (mount: see each component). */
export { SiteAccess, type SiteSectionProps } from './SiteAccess';
export { SiteProfiles, type SiteProfilesProps } from './SiteProfiles';
export { browserSitesApi, type SitesApi } from './sites-api';
