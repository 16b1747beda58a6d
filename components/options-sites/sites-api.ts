/** What the options page's site sections need from the browser, replaceable in tests. */
import { copyText } from '@/components/platform/clipboard';
import { hasOriginAccess, onPermissionsChange, removeOriginAccess, requestOriginAccess } from '@/components/platform/content-scripts';
import { onSiteSettingsChange, readSiteSettings, writeEnabledOrigins, writeSiteProfiles, type SiteSettings } from '@/components/platform/site-settings';
import type { SiteProfiles } from '@/components/page/site-profile';

export interface SitesApi {
  read(): Promise<SiteSettings>;
  writeOrigins(origins: readonly string[]): Promise<void>;
  writeProfiles(profiles: SiteProfiles): Promise<void>;
  /** Must be called straight from the click (browsers ask only during a user gesture). */
  requestAccess(origins: readonly string[]): Promise<boolean>;
  hasAccess(origin: string): Promise<boolean>;
  removeAccess(origin: string): Promise<boolean>;
  /** Calls back when origins, profiles, IT's policy or the browser's permissions change. */
  watch(onChange: () => void): () => void;
  copy(text: string): Promise<void>;
}

export const browserSitesApi: SitesApi = {
  read: readSiteSettings,
  writeOrigins: writeEnabledOrigins,
  writeProfiles: writeSiteProfiles,
  requestAccess: requestOriginAccess,
  hasAccess: hasOriginAccess,
  removeAccess: removeOriginAccess,
  watch: (onChange) => {
    const stops = [onSiteSettingsChange(onChange), onPermissionsChange(onChange)];
    return () => stops.forEach((stop) => stop());
  },
  copy: copyText,
};
